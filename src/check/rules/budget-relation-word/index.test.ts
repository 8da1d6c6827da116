import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './index.ts';
import { alter, checkText, corpusText } from '../../testing.ts';

const mine = <T extends { rule: string }>(f: T[]) => f.filter((x) => x.rule === rule.meta.id);

test('budget-relation-word: 009 as published words every 决算/预算 relation right', async () => {
  assert.deepEqual(mine((await checkText('009.txt', corpusText('009'))).findings), []);
});

test('budget-relation-word: “决算数大于预算数” for 1,511.89 against a budget of 1,560.05 is an error', async () => {
  const text = alter(corpusText('009'), '决算数小于预算数的主要原因', '决算数大于预算数的主要原因', 1);
  const f = mine((await checkText('009.txt', text)).findings);
  assert.equal(f.length, 1);
  assert.equal(f[0].severity, 'error');
  assert.match(f[0].message, /决算数小于预算数，文中写作“大于”/);
});

test('budget-relation-word: “等于” for a difference beyond rounding is an error; “基本持平” within 1 % is not', async () => {
  const equal = alter(corpusText('009'), '决算数小于预算数的主要原因', '决算数等于预算数的主要原因', 1);
  assert.equal(mine((await checkText('009.txt', equal)).findings).length, 1);
  // 信息化建设: 135.25 against 135.90 (0.48 %)
  const flat = alter(corpusText('009'), '支出决算为135.25万元。决算数小于', '支出决算为135.25万元。决算数与预算数基本持平，');
  assert.deepEqual(mine((await checkText('009.txt', flat)).findings), []);
});
