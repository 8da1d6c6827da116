import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './index.ts';
import { alter, checkText, clone, runRule, seedModel, seedText } from '../../testing.ts';

const mine = <T extends { rule: string }>(f: T[]) => f.filter((x) => x.rule === rule.meta.id);

test('performance-within-project: seed 174.00 under targets = 项目支出 174.00', async () => {
  assert.deepEqual(mine((await checkText('seed.txt', seedText())).findings), []);
});

test('performance-within-project: more than the project spending is an error; less with “均实行” a warning', async () => {
  const more = mine((await checkText('seed.txt', alter(seedText(), '涉及一般公共预算财政拨款174.00万元', '涉及一般公共预算财政拨款184.00万元'))).findings);
  assert.deepEqual(
    more.map((x) => [x.severity, x.evidence[0].line]),
    [['error', 60]],
  );
  const d = clone(seedModel());
  d.performance.amount = { ...d.performance.amount!, value: '164.00' };
  assert.deepEqual(
    runRule(rule, d).map((x) => x.severity),
    ['warning'],
  );
  d.performance.allProjects = false;
  assert.deepEqual(runRule(rule, d), []);
});
