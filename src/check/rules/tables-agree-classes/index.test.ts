import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './index.ts';
import { alter, corpusText, runTextRule } from '../../testing.ts';

const SUMMARY_ROW = '四、卫生健康支出                   881,803.00';

test('tables-agree-classes: 001’s classes agree across the 收支总表, 支出总表, 财政拨款收支总表 and 一般公共预算支出表', async () => {
  assert.deepEqual(await runTextRule(rule, '001.txt', corpusText('001')), []);
});

test('tables-agree-classes: 010 prints 卫生健康支出 as 236.63 in the two 总表 and 236.64 in the function tables (real)', async () => {
  const f = await runTextRule(rule, '010.txt', corpusText('010'));
  const health = f.filter((x) => x.message.startsWith('卫生健康支出'));
  assert.equal(health.length, 2);
  assert.ok(health.every((x) => x.severity === 'warning' && x.figures.difference === '-0.01'));
  assert.ok(f.some((x) => x.message.startsWith('城乡社区支出') && /3845\.25.*3845\.24/.test(x.message)));
});

test('tables-agree-classes: 001’s 收支总表 卫生健康支出 altered beyond rounding is an error naming both tables', async () => {
  const text = alter(corpusText('001'), SUMMARY_ROW, SUMMARY_ROW.replace('881,803.00', '981,803.00'));
  const f = await runTextRule(rule, '001.txt', text);
  assert.deepEqual(
    f.map((x) => [x.severity, x.evidence.map((e) => e.line)]),
    [['error', [149, 220]]],
  );
  assert.match(
    f[0].message,
    /^卫生健康支出（收支总表与支出总表）：2025年部门财务收支预算总表「卫生健康支出」为98\.1803万元，2025年部门支出预算总表「卫生健康支出」（合计）为88\.1803万元/,
  );
});

test('tables-agree-classes: 012 (江苏, no 政府性基金): the 财政拨款支出预算表 class altered no longer equals the 一般公共预算支出预算表', async () => {
  const ROW = '208                 社会保障和就业支出               2,000.39';
  assert.deepEqual(await runTextRule(rule, '012.txt', corpusText('012')), []);
  const f = await runTextRule(rule, '012.txt', alter(corpusText('012'), ROW, ROW.replace('2,000.39', '2,003.39')));
  assert.deepEqual(
    f.map((x) => [x.severity, x.evidence.map((e) => e.line), x.figures.difference]),
    [['error', [487, 644], '3.00']],
  );
  assert.match(f[0].message, /^社会保障和就业支出（财政拨款全部为一般公共预算）：财政拨款支出预算表「社会保障和就业支出」为2003\.39万元/);
});

test('tables-agree-classes: 024 (江苏, income all 财政拨款, nothing carried): the 收支总表 class altered differs from the 财政拨款支出预算表', async () => {
  const ROW = '四、公共安全支出           23,513.11';
  assert.deepEqual(await runTextRule(rule, '024.txt', corpusText('024')), []);
  const f = await runTextRule(rule, '024.txt', alter(corpusText('024'), ROW, ROW.replace('23,513.11', '23,531.11')));
  assert.deepEqual(
    f.map((x) => [x.severity, x.evidence.map((e) => e.line), x.figures.difference]),
    [['error', [256, 345], '18.00']],
  );
  assert.match(f[0].message, /^公共安全支出（收入全部为财政拨款）：/);
});

test('tables-agree-classes: 012 has 财政专户管理资金 income, so its 收支总表 classes are not compared with the 财政拨款 table', async () => {
  const ROW = '八、社会保障和就业支出                         2,000.39';
  const f = await runTextRule(rule, '012.txt', alter(corpusText('012'), ROW, ROW.replace('2,000.39', '2,003.39')));
  assert.deepEqual(f, []);
});
