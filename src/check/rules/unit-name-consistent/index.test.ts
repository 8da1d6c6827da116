import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './index.ts';
import { alter, corpusText, runTextRule, seedText } from '../../testing.ts';

test('unit-name-consistent: the seed and 007 name their unit consistently', async () => {
  assert.deepEqual(await runTextRule(rule, 'seed.txt', seedText()), []);
  assert.deepEqual(await runTextRule(rule, '007.txt', corpusText('007')), []);
});

test('unit-name-consistent: 010’s table header omits 普陀区; a seed title altered likewise', async () => {
  assert.ok((await runTextRule(rule, '010.txt', corpusText('010'))).some((x) => x.message.includes('上海市规划和自然资源局')));
  const f = await runTextRule(rule, 'seed.txt', alter(seedText(), '单位预算公开联系人', '重庆市科学技术局2024年部门预算表\n单位预算公开联系人'));
  assert.equal(f.length, 1);
});
