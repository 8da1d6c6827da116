import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clone, runRule, seedModel } from './testing.ts';
import threePublicSum from './rules/three-public-sum/index.ts';
import budgetBalanced from './rules/budget-balanced/index.ts';

/** The seed model with the reception figure raised so that the 三公 total no longer adds up (an error). */
function broken() {
  const d = clone(seedModel());
  d.threePublic.reception!.value = '1.80';
  return d;
}

test('reading confidence: an error on figures read with certainty stays an error', () => {
  const [f] = runRule(threePublicSum, broken());
  assert.equal(f.severity, 'error');
  assert.doesNotMatch(f.message, /请人工核对/);
});

test('reading confidence: an error resting on an uncertain figure becomes a warning naming the doubt, evidence kept', () => {
  const d = broken();
  d.threePublic.reception!.reading = { shape: '金额+增减', certain: false, doubt: '主语承上句' };
  const [f] = runRule(threePublicSum, d);
  const [certain] = runRule(threePublicSum, broken());
  assert.equal(f.severity, 'warning');
  assert.match(f.message, /（请人工核对：公务接待费：主语承上句）$/);
  assert.deepEqual(f.evidence, certain.evidence);
});

test('reading confidence: a rule for one kind of document is a warning when the kind was guessed', () => {
  const d = clone(seedModel());
  d.appropriation.general.expenditure!.value = '500.00';
  d.income.total!.value = '500.00';
  const sure = runRule(budgetBalanced, d).filter((f) => f.severity === 'error');
  assert.ok(sure.length > 0, 'the unbalanced budget is an error when the kind is certain');
  d.identity.reading = { shape: '标题', certain: false, doubt: '标题未写明预算或决算' };
  const doubted = runRule(budgetBalanced, d);
  assert.equal(doubted.filter((f) => f.severity === 'error').length, 0);
  assert.ok(doubted.some((f) => f.message.endsWith('（请人工核对：标题未写明预算或决算）')));
});
