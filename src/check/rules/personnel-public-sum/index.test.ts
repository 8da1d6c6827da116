import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './index.ts';
import { alter, checkText, clone, corpusText, runRule, seedModel } from '../../testing.ts';

function withSplit(personnel: string, publicFunds: string) {
  const d = clone(seedModel());
  const g = d.appropriation.general;
  g.personnel = { ...g.basic!, value: personnel, change: undefined, prev: undefined };
  g.publicFunds = { ...g.basic!, value: publicFunds, change: undefined, prev: undefined };
  return d;
}

test('personnel-public-sum: 229.75 + 43.26 = 273.01 passes', () => {
  assert.deepEqual(runRule(rule, withSplit('229.75', '43.26')), []);
});

test('personnel-public-sum: a split that misses the basic expenditure is an error; 0.01 off is info', () => {
  const f = runRule(rule, withSplit('219.75', '43.26'));
  assert.equal(f.length, 1);
  assert.equal(f[0].severity, 'error');
  assert.equal(f[0].figures.difference, '10.00');
  assert.equal(runRule(rule, withSplit('229.76', '43.26'))[0].severity, 'info');
});

test('personnel-public-sum: 009 states 基本支出 2,336.91 = 人员经费 2,152.26 + 公用经费 184.65 in its text; altered, it breaks', async () => {
  const { disclosure } = await checkText('009.txt', corpusText('009'));
  assert.equal(disclosure.appropriation.general.personnel?.value, '2152.26');
  assert.deepEqual(
    runRule(rule, disclosure).filter((x) => x.severity !== 'info'),
    [],
  );
  const text = alter(corpusText('009'), '其中：人员经费2152.26万元', '其中：人员经费2162.26万元');
  const f = runRule(rule, (await checkText('009.txt', text)).disclosure);
  assert.deepEqual(
    f.map((x) => x.severity),
    ['error'],
  );
});
