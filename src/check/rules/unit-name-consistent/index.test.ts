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

test('unit-name-consistent: another unit’s name in a title is reported; 015’s 省人大办公厅 abbreviates its unit', async () => {
  const f = await runTextRule(rule, 'seed.txt', alter(seedText(), '单位预算公开联系人', '上海市黄浦区教育局2024年部门预算表\n单位预算公开联系人'));
  assert.deepEqual(f.map((x) => x.message.includes('另一单位')), [true]);
  assert.deepEqual(await runTextRule(rule, '015.txt', corpusText('015')), []);
  // a sentence citing another organ's budget is not a title
  const cited = await runTextRule(rule, 'seed.txt', alter(seedText(), '单位预算公开联系人', '根据重庆市财政局2024年预算编制要求，编制本预算。\n单位预算公开联系人'));
  assert.deepEqual(cited, []);
});
