import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './index.ts';
import { checkText, corpusText, runRule } from '../../testing.ts';

test('reason-mismatch: 005 item 15 (职业年金) gives the reason of 事业单位离退休', async () => {
  const { disclosure } = await checkText('005.txt', corpusText('005'));
  const f = runRule(rule, disclosure);
  assert.ok(f.some((x) => x.message.includes('职业年金') && x.message.includes('事业单位离退休')));
});

test('reason-mismatch: with its own reason it passes', async () => {
  const { disclosure } = await checkText('005.txt', corpusText('005'));
  for (const c of disclosure.appropriation.general.byFunction) if (c.name.includes('职业年金')) c.figure.reason = '机关事业单位职业年金缴费支出经费增加';
  assert.ok(!runRule(rule, disclosure).some((x) => x.message.includes('职业年金')));
});

test('reason-mismatch: 011 item 8 (住房公积金) is described with the uses of 事业单位医疗', async () => {
  const { disclosure } = await checkText('011.txt', corpusText('011'));
  const f = runRule(rule, disclosure).filter((x) => x.message.includes('用途'));
  assert.deepEqual(
    f.map((x) => x.evidence[0].line),
    [555],
  );
});
