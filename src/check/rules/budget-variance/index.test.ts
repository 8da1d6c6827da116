import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './index.ts';
import { clone, runRule, seedModel } from '../../testing.ts';

/** The seed's 三公 total as a 决算 against its 年初预算, with the sentence that states the difference. */
function final(text: string, value: string, budget: string) {
  const d = clone(seedModel());
  d.identity.kind = 'final';
  const f = d.threePublic.total!;
  f.value = value;
  f.budget = budget;
  delete f.reason;
  f.evidence = [{ file: 'seed.txt', line: 54, text }];
  return d;
}

test('budget-variance: a difference from the budget that fits passes; one that does not is an error', () => {
  const ok = final('2024年“三公”经费支出9.07万元，较年初预算数减少10.93万元，主要原因是厉行节约', '9.07', '20');
  assert.deepEqual(runRule(rule, ok), []);
  const wrong = final('2024年“三公”经费支出9.07万元，较年初预算数减少11.93万元，主要原因是厉行节约', '9.07', '20');
  const f = runRule(rule, wrong);
  assert.equal(f.length, 1);
  assert.equal(f[0].severity, 'error');
  assert.match(f[0].message, /差额应为-10.93万元，文中为-11.93万元/);
});

test('budget-variance: above the budget without a reason is a warning, with a reason it passes', () => {
  const f = runRule(rule, final('2024年“三公”经费支出25万元，较年初预算数增加5万元', '25', '20'));
  assert.deepEqual(f.map((x) => x.severity), ['warning']);
  assert.deepEqual(runRule(rule, final('2024年“三公”经费支出25万元，较年初预算数增加5万元，主要原因是追加接待任务', '25', '20')), []);
});
