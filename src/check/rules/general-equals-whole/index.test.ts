import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './index.ts';
import { alter, checkText, corpusText, runRule } from '../../testing.ts';

const mine = <T extends { rule: string }>(f: T[]) => f.filter((x) => x.rule === rule.meta.id);
const TOTAL = '支出总计     91,016,775.35   22,473,997.81    2,132,777.54 66,410,000.00';

test('general-equals-whole: 004 (all income 一般公共预算) states one split of 基本支出 in 收支总表 and 基本支出表', async () => {
  const { disclosure, findings } = await checkText('004.txt', corpusText('004'));
  assert.equal(disclosure.expenditure.personnel?.value, disclosure.appropriation.general.personnel?.value, 'both stated, so compared');
  assert.deepEqual(mine(findings), []);
});

test('general-equals-whole: 004 with 人员经费 and 公用经费 moved in 收支总表 disagrees with the 基本支出表', async () => {
  const text = alter(corpusText('004'), TOTAL, TOTAL.replace('22,473,997.81    2,132,777.54', '22,373,997.81    2,232,777.54'));
  const f = mine((await checkText('004.txt', text)).findings);
  assert.deepEqual(
    f.map((x) => [x.severity, x.evidence[0].line, x.path]),
    [
      ['error', 153, 'expenditure.personnel'],
      ['error', 153, 'expenditure.publicFunds'],
    ],
  );
  assert.equal(f[0].figures.difference, '-10.000000');
});

test('general-equals-whole: 008 as published (人员经费 20,374,181 元 in 收支总表, 20,272,981 in 基本支出表)', async () => {
  const f = mine((await checkText('008.txt', corpusText('008'))).findings);
  assert.deepEqual(
    f.map((x) => x.evidence[0].line),
    [122, 122],
  );
});

test('general-equals-whole: a unit with 事业收入 is not held to it', async () => {
  const text = alter(corpusText('004'), TOTAL, TOTAL.replace('22,473,997.81    2,132,777.54', '22,373,997.81    2,232,777.54'));
  const { disclosure } = await checkText('004.txt', text);
  assert.equal(runRule(rule, disclosure).length, 2);
  disclosure.income.business = { value: '5.00', unit: '万元', origin: 'narrative', evidence: [{ text: '事业收入5.00万元' }] };
  assert.deepEqual(runRule(rule, disclosure), []);
});

test('general-equals-whole: a 收支总表 split that does not add up to its 基本支出 (misread columns) is not compared', async () => {
  const { disclosure } = await checkText('008.txt', corpusText('008'));
  disclosure.expenditure.personnel = { ...disclosure.expenditure.personnel!, value: '2137.4181' };
  assert.deepEqual(runRule(rule, disclosure), []);
});
