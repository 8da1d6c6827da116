import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './index.ts';
import { alter, checkText, seedText } from '../../testing.ts';

const mine = <T extends { rule: string }>(f: T[]) => f.filter((x) => x.rule === rule.meta.id);

test('budget-balanced: the seed’s income and expenditure are both 447.01', async () => {
  assert.deepEqual(mine((await checkText('seed.txt', seedText())).findings), []);
});

test('budget-balanced: an appropriation spending altered in the seed is unbalanced', async () => {
  const text = alter(seedText(), '一般公共预算财政拨款支出447.01万元', '一般公共预算财政拨款支出457.01万元');
  const f = mine((await checkText('seed.txt', text)).findings);
  assert.equal(f.length, 1);
  assert.equal(f[0].severity, 'error');
  assert.equal(f[0].evidence[0].line, 49);
});
