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
