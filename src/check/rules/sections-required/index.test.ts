import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './index.ts';
import { alter, runTextRule, seedText } from '../../testing.ts';

test('sections-required: the seed has every part', async () => {
  assert.deepEqual(await runTextRule(rule, 'seed.txt', seedText()), []);
});

test('sections-required: the procurement paragraph and the contact line removed from the seed', async () => {
  let text = alter(seedText(), '（二）政府采购情况。所属各预算单位政府采购预算总额5.00万元：政府采购货物预算5.00万元；其中一般公共预算拨款政府采购5.00万元：政府采购货物预算5.00万元。', '');
  text = alter(text, '单位预算公开联系人：王亚  联系方式： 023-63765282', '');
  const f = await runTextRule(rule, 'seed.txt', text);
  assert.deepEqual(f.map((x) => x.message), ['缺少“政府采购情况”部分', '缺少“联系人及联系方式”部分']);
});
