import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './index.ts';
import { alter, checkText, clone, runRule, seedModel, seedText } from '../../testing.ts';

const mine = <T extends { rule: string }>(f: T[]) => f.filter((x) => x.rule === rule.meta.id);

test('basic-project-sum: seed 273.01 + 174.00 = 447.01', async () => {
  assert.deepEqual(mine((await checkText('seed.txt', seedText())).findings), []);
  assert.deepEqual(runRule(rule, seedModel()), []);
});

test('basic-project-sum: a basic expenditure altered in the seed is an error', async () => {
  const f = mine((await checkText('seed.txt', alter(seedText(), '其中：基本支出273.01万元', '其中：基本支出283.01万元'))).findings);
  assert.equal(f.length, 1);
  assert.equal(f[0].severity, 'error');
  assert.equal(f[0].evidence[0].line, 49);
});

test('basic-project-sum: a stated reserve (预留机动经费) is part of the total', () => {
  const d = clone(seedModel());
  const g = d.appropriation.general;
  g.expenditure = { ...g.expenditure!, value: '457.01' };
  assert.equal(runRule(rule, d)[0]?.severity, 'error');
  g.reserve = { ...g.basic!, value: '10.00' };
  assert.deepEqual(runRule(rule, d), []);
});
