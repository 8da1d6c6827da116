import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './index.ts';
import { alter, BUDGET_WITH_LAST_FINAL, checkText, corpusText, seedText } from '../../testing.ts';

const mine = <T extends { rule: string }>(f: T[]) => f.filter((x) => x.rule === rule.meta.id);

test('document-year-consistent: the seed and 009 as published pass', async () => {
  assert.deepEqual(mine((await checkText('seed.txt', seedText())).findings), []);
  assert.deepEqual(mine((await checkText('009.txt', corpusText('009'))).findings), []);
});

test('document-year-consistent: a part title naming last year in a 2024 决算 is found', async () => {
  const text = alter(corpusText('009'), '第三部分上海市普陀区财政局2024年度部门决算情况', '第三部分上海市普陀区财政局2023年度部门决算情况');
  const f = mine((await checkText('009.txt', text)).findings);
  assert.equal(f.length, 1);
  assert.match(f[0].message, /2023年/);
});

test('document-year-consistent: 决算 assets “截至” the year before is found', async () => {
  const text = alter(corpusText('009'), '截至2024年12月31日', '截至2023年12月31日');
  assert.equal(mine((await checkText('009.txt', text)).findings).length, 1);
});

test('document-year-consistent: a budget’s part on the year before’s 决算 is no wrong year; a budget title not updated is', async () => {
  const { disclosure, findings } = await checkText('notice.txt', BUDGET_WITH_LAST_FINAL);
  assert.equal(disclosure.identity.kind, 'budget');
  assert.deepEqual(mine(findings), []);
  const stale = alter(BUDGET_WITH_LAST_FINAL, '二、2024年“三公”经费决算情况', '二、2024年“三公”经费预算情况');
  assert.equal(mine((await checkText('notice.txt', stale)).findings).length, 1);
});
