import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './index.ts';
import { alter, checkText, corpusText } from '../../testing.ts';

const mine = <T extends { rule: string }>(f: T[]) => f.filter((x) => x.rule === rule.meta.id);

test('item-name-matches-table: 024 names a 项 “一般行政事务管理” that the tables call 一般行政管理事务', async () => {
  const f = mine((await checkText('024.txt', corpusText('024'))).findings);
  assert.ok(f.some((x) => /一般行政事务管理.*一般行政管理事务/.test(x.message)));
});

test('item-name-matches-table: with the name as in the tables it passes', async () => {
  let text = corpusText('024');
  while (text.includes('一般行政事务管理（项）')) text = alter(text, '一般行政事务管理（项）', '一般行政管理事务（项）');
  assert.deepEqual(mine((await checkText('024.txt', text)).findings), []);
});

test('item-name-matches-table: 005 (names as in its tables) passes', async () => {
  assert.deepEqual(mine((await checkText('005.txt', corpusText('005'))).findings), []);
});
