import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './index.ts';
import { alter, checkText, clone, runRule, seedModel, seedText } from '../../testing.ts';

const mine = <T extends { rule: string }>(f: T[]) => f.filter((x) => x.rule === rule.meta.id);

test('income-sources-sum: the seed’s single source equals the total', async () => {
  assert.deepEqual(runRule(rule, seedModel()), []);
  assert.deepEqual(mine((await checkText('seed.txt', seedText())).findings), []);
});

test('income-sources-sum: sources that exceed the total are an error', () => {
  const d = clone(seedModel());
  d.income.other = { ...d.income.general!, value: '20.00' };
  const f = runRule(rule, d);
  assert.equal(f.length, 1);
  assert.equal(f[0].severity, 'error');
  assert.equal(f[0].figures.difference, '-20.00');
});

test('income-sources-sum: a complete list that falls short is an error; within rounding it is info', () => {
  const d = clone(seedModel());
  d.income.general = { ...d.income.general!, value: '400.00' };
  d.income.business = { ...d.income.general!, value: '30.00' };
  d.income.other = { ...d.income.general!, value: '17.00' };
  assert.deepEqual(
    runRule(rule, d).map((x) => x.severity),
    ['info'],
    '447.00 vs 447.01 is within the rounding of three terms',
  );
  d.income.other.value = '7.00';
  assert.equal(runRule(rule, d)[0].severity, 'error');
});

test('income-sources-sum: an extra source planted in the seed text', async () => {
  const text = alter(seedText(), '其中：一般公共预算拨款447.01万元；', '其中：一般公共预算拨款447.01万元，其他收入20.00万元；');
  const f = mine((await checkText('seed.txt', text)).findings);
  assert.deepEqual(
    f.map((x) => [x.severity, x.evidence[0].line]),
    [['error', 45]],
  );
});
