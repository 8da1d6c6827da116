import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './index.ts';
import { alter, runTextRule, seedText } from '../../testing.ts';

test('fund-none-stated: the seed says it has no 政府性基金 spending', async () => {
  assert.deepEqual(await runTextRule(rule, 'seed.txt', seedText()), []);
});

test('fund-none-stated: that sentence removed from the seed', async () => {
  const f = await runTextRule(rule, 'seed.txt', alter(seedText(), '2024年无使用政府性基金预算拨款安排的支出。', ''));
  assert.equal(f.length, 1);
  assert.ok(f[0].message.includes('政府性基金'));
});

test('fund-none-stated: a “三公” notice is not asked about the funds', async () => {
  const notice = '某县某局2023年“三公”经费预算情况说明\n2023年“三公”经费预算为10.00万元，比上年减少1.00万元，主要原因是压减公务接待。\n';
  assert.deepEqual(await runTextRule(rule, 'notice.txt', notice), []);
});
