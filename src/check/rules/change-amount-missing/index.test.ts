import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './index.ts';
import { alter, checkText, corpusText, seedText } from '../../testing.ts';

const mine = <T extends { rule: string }>(f: T[]) => f.filter((x) => x.rule === rule.meta.id);

test('change-amount-missing: 024 says 公务用车购置 and 公务接待费 fell without saying by how much', async () => {
  const f = mine((await checkText('024.txt', corpusText('024'))).findings);
  assert.deepEqual(
    f.map((x) => x.evidence[0].line),
    [738, 742, 746],
  );
});

test('change-amount-missing: with the amount stated it passes', async () => {
  const text = alter(corpusText('024'), '本年数小于上年预算数\n的主要原因', '本年数小于上年预算数 20 万元，\n主要原因');
  const f = mine((await checkText('024.txt', text)).findings);
  assert.deepEqual(
    f.map((x) => x.evidence[0].line),
    [738, 746],
  );
});

test('change-amount-missing: the seed states every change with its amount', async () => {
  assert.deepEqual(mine((await checkText('seed.txt', seedText())).findings), []);
});
