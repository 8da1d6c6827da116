import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './index.ts';
import { checkText, corpusText, runRule } from '../../testing.ts';

test('table-empty-note: 007’s empty fund tables say so and are empty', async () => {
  const { disclosure } = await checkText('007.txt', corpusText('007'));
  assert.ok(disclosure.tables.some((t) => t.emptyNote));
  assert.deepEqual(runRule(rule, disclosure), []);
});

test('table-empty-note: 005’s 三公 table says “无…故本表为空表” yet shows 47.91 万元', async () => {
  const { disclosure } = await checkText('005.txt', corpusText('005'));
  const f = runRule(rule, disclosure);
  assert.equal(f.length, 1);
  assert.ok(f[0].message.includes('三公'));
});
