import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './index.ts';
import { alter, clone, corpusText, runRule, runTextRule, seedModel } from '../../testing.ts';

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
  assert.deepEqual(
    f.map((x) => x.severity),
    ['warning'],
  );
  assert.deepEqual(runRule(rule, final('2024年“三公”经费支出25万元，较年初预算数增加5万元，主要原因是追加接待任务', '25', '20')), []);
});

test('budget-variance: the percentage of a difference from the budget is of the budget (131: 17.54 ÷ 74.90 = 23.42%)', async () => {
  const pct = (f: { message: string; severity: string }[]) => f.filter((x) => x.message.includes('幅度') && x.severity !== 'info');
  assert.deepEqual(pct(await runTextRule(rule, '131.txt', corpusText('131'))), []);
  const f = pct(await runTextRule(rule, '131.txt', alter(corpusText('131'), '下降23.42%', '下降26.42%')));
  assert.deepEqual(
    f.map((x) => [x.severity, x.message]),
    [['error', '公务用车购置及运行费与年初预算相差的幅度应为23.42%（17.54 ÷ 74.90），文中为26.42%']],
  );
});
