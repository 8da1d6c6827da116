import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './index.ts';
import { corpusText, runTextRule } from '../../testing.ts';

test('level-wording: 005, a 区级 budget, calls itself 市级预算主管部门', async () => {
  const f = await runTextRule(rule, '005.txt', corpusText('005'));
  assert.ok(f.length >= 1 && f.every((x) => x.message.includes('市级')));
});

test('level-wording: with 区级 it passes', async () => {
  assert.deepEqual(await runTextRule(rule, '005.txt', corpusText('005').replaceAll('是市级预算主管部门', '是区级预算主管部门')), []);
});
