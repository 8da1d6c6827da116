import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './index.ts';
import { checkText, clone, corpusText, runRule, seedModel } from '../../testing.ts';

function final(budget: string, completionRate: string) {
  const d = clone(seedModel());
  d.identity.kind = 'final';
  d.appropriation.general.expenditure = { ...d.appropriation.general.expenditure!, budget, completionRate };
  return d;
}

test('completion-rate: 447.01 of 500.00 is 89.40%', () => {
  assert.deepEqual(runRule(rule, final('500.00', '89.40')), []);
});

test('completion-rate: a wrong rate, and a rate on a zero 年初预算 (011), are errors', async () => {
  assert.equal(runRule(rule, final('500.00', '79.40'))[0].severity, 'error');
  assert.ok(runRule(rule, final('0', '95.89'))[0].message.includes('年初预算为0'));
  const f = runRule(rule, (await checkText('011.txt', corpusText('011'))).disclosure);
  assert.ok(f.some((x) => x.severity === 'error' && x.message.includes('95.89%')));
});
