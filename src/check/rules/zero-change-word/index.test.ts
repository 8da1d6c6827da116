import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './index.ts';
import { alter, corpusText, runTextRule, seedText } from '../../testing.ts';

test('zero-change-word: “增加0万元” and “减少0万元，下降0%” are found, once a line (108, 110)', async () => {
  const a = await runTextRule(rule, '108.txt', corpusText('108'));
  assert.ok(a.some((f) => f.evidence[0].line === 30 && f.message.includes('增减额为0')));
  const b = await runTextRule(rule, '110.txt', corpusText('110'));
  assert.deepEqual(
    b.filter((f) => f.evidence[0].line === 29 || f.evidence[0].line === 31).map((f) => f.message),
    ['因公出国(境)费支出的增减额为0，却写作“减少”', '公务用车购置及运行费支出的增减额为0，却写作“减少”'],
  );
});

test('zero-change-word: a change that is not zero, and the seed, pass', async () => {
  assert.deepEqual(await runTextRule(rule, 'seed.txt', seedText()), []);
  const text = alter(corpusText('108'), '增加0万元', '增加0.5万元');
  assert.ok(!(await runTextRule(rule, '108.txt', text)).some((f) => f.evidence[0].line === 30));
});
