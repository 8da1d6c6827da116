import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './index.ts';
import { alter, runTextRule, seedText } from '../../testing.ts';

test('placeholder-residue: the seed has none', async () => {
  assert.deepEqual(await runTextRule(rule, 'seed.txt', seedText()), []);
});

test('placeholder-residue: XX and 某某 planted in the seed are found on their lines', async () => {
  let text = alter(seedText(), '重庆市渝中区科学技术局是区政府工作部门', 'XX局是区政府工作部门');
  text = alter(text, '单位预算公开联系人：王亚', '单位预算公开联系人：某某');
  const f = await runTextRule(rule, 'seed.txt', text);
  assert.deepEqual(
    f.map((x) => x.evidence[0].line),
    [42, 78],
  );
});

test('placeholder-residue: a count left blank (“得分 分”, “设备 台(套)”) is found', async () => {
  const text = alter(seedText(), '所属各预算单位共有车辆1辆', '所属各预算单位共有单价100万元以上设备 台(套)，绩效自评平均得分 分');
  assert.equal((await runTextRule(rule, 'seed.txt', text)).length, 2);
});
