import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clone, runRule, seedModel } from './testing.ts';
import threePublicSum from './rules/three-public-sum/index.ts';
import budgetBalanced from './rules/budget-balanced/index.ts';
import { implausible, kindDoubt } from './confidence.ts';

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

test('reading confidence: the evidence speaks against a reading (a count, a 预算数 in a 决算, a comparison base, a pair)', () => {
  const fig = (value: string, text: string, unit: '万元' | '次' = '万元', extra = {}) => ({
    value,
    unit,
    origin: 'narrative' as const,
    evidence: [{ file: 'x.txt', line: 1, text }],
    ...extra,
  });
  assert.match(implausible(fig('4527', '公务接待费支出117万元，主要用于国内公务接待427批，4527人次。'), '公务接待费', 'final')!, /不是金额/);
  assert.equal(implausible(fig('117', '公务接待费支出117万元，主要用于国内公务接待427批，4527人次。'), '公务接待费', 'final'), undefined);
  const sentence = '“三公”经费支出预算为30.8万元，支出决算为25.7万元，完成预算的83.44%';
  assert.equal(implausible(fig('30.8', sentence), '“三公”经费', 'final'), '决算文件中此数为预算数');
  assert.equal(implausible(fig('25.7', sentence), '“三公”经费', 'final'), undefined);
  assert.match(implausible(fig('1174', '支出决算汇总数为1134万元，较上年1174万元减少40万元'), '“三公”经费', 'final')!, /比较的基数/);
  assert.match(implausible(fig('15', '公务接待费117万元（接待15批次），较上年增加13.63万元', '次', { change: '13.63' }), '接待', 'final')!, /数量与金额/);
  assert.match(implausible(fig('2062.79', '收入、支出总计各增加1412.7万元、2062.79万元'), '收入、支出总计各', 'final')!, /成对/);
});

test('reading confidence: the text doubts the kind read when a 预算 says 决算 three times, or a 决算 never does', () => {
  assert.match(kindDoubt('budget', ['2021年“三公”经费决算数…决算情况…支出决算']) ?? '', /3处写“决算”/);
  assert.equal(kindDoubt('budget', ['2023年预算执行数（决算数）']), undefined);
  assert.match(kindDoubt('final', ['2017年“三公”经费支出1360.13万元']) ?? '', /没有“决算”/);
});
