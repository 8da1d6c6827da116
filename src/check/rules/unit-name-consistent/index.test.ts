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
  assert.deepEqual(
    f.map((x) => x.message.includes('另一单位')),
    [true],
  );
  assert.deepEqual(await runTextRule(rule, '015.txt', corpusText('015')), []);
  // a sentence citing another organ's budget is not a title
  const cited = await runTextRule(
    rule,
    'seed.txt',
    alter(seedText(), '单位预算公开联系人', '根据重庆市财政局2024年预算编制要求，编制本预算。\n单位预算公开联系人'),
  );
  assert.deepEqual(cited, []);
});

test('unit-name-consistent: a title taken from another unit, the body speaking of its own (seed, 013)', async () => {
  const seed = alter(seedText(), '重庆市渝中区科学技术局\n2024年', '上海市黄浦区教育局\n2024年');
  const a = (await runTextRule(rule, 'seed.txt', seed)).map((f) => [f.message, f.evidence.map((e) => e.line)]);
  assert.deepEqual(a, [['标题的单位“上海市黄浦区教育局”在正文中没有出现，正文以“重庆市渝中区科学技术局”自称', [1, 42]]]);
  const b = await runTextRule(rule, '013.txt', alter(corpusText('013'), '江苏省委办公厅2018年度部门预算公开', '上海市黄浦区教育局2018年度部门预算公开'));
  assert.ok(b.some((f) => /正文\d+处以“江苏省委办公厅”自称/.test(f.message)));
  // 103: 青岛市政协 and 中国人民政治协商会议山东省青岛市委员会办公厅 share their city: not another unit
  assert.deepEqual(
    (await runTextRule(rule, '103.txt', corpusText('103'))).filter((f) => f.message.includes('自称')),
    [],
  );
});
