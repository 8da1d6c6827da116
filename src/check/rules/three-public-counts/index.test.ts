import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './index.ts';
import { alter, checkText, corpusText } from '../../testing.ts';

const mine = <T extends { rule: string }>(f: T[]) => f.filter((x) => x.rule === rule.meta.id);

test('three-public-counts: 010 gives the 批次 and 人次 of its 公务接待 (0.39 万元)', async () => {
  const { disclosure, findings } = await checkText('010.txt', corpusText('010'));
  assert.equal(disclosure.threePublic.reception?.value, '0.39');
  assert.deepEqual(mine(findings), []);
});

test('three-public-counts: 010 without its 接待批次 sentence is reported', async () => {
  const text = alter(corpusText('010'), '接待 2 批次、26 人次，其中：接待外宾 0 批次、0 人次。', '接待工作。');
  const f = mine((await checkText('010.txt', text)).findings);
  assert.deepEqual(
    f.map((x) => x.path),
    ['threePublic.reception'],
  );
});
