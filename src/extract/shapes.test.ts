// The sentence, title and table shapes of pages from many regions (docs/phrasing.md), one example each, written for
// the test: identity, statements and their assignment, flattened tables. Table-driven, like wording.test.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readDocument } from '../read/index.ts';
import { extract } from './index.ts';
import { flattenFigures } from '../model/index.ts';

const parse = async (text: string) => extract([await readDocument('page.txt', new TextEncoder().encode(text))]);

/** A 三公 notice of a 决算 around the given lines. */
const final = (body: string) => `某县某局\n2022年度“三公”经费决算情况说明\n${body}\n`;
/** … of a 预算. */
const budget = (body: string) => `某县某局2023年“三公”经费预算情况说明\n${body}\n`;

const identities: [string, string, { unit: string | null; kind?: string; year?: number; scope?: string; content?: string }][] = [
  [
    'title wrapped over three lines',
    '某市某区人民法院\n2019年度一般公共预算财政拨款\n“三公”经费决算情况说明\n一、…。',
    { unit: '某市某区人民法院', kind: 'final', year: 2019, content: 'threePublic' },
  ],
  [
    'a site menu as a bulleted list above a title that opens with the year',
    '  • 设为首页\n  • 加入收藏\n  • 无障碍阅读\n  • 长者版\n2024年度某区某局预算公开\n\n2024年度某区某局预算公开情况说明\n目 录\n一、部门主要职责',
    { unit: '某区某局', kind: 'budget', year: 2024 },
  ],
  [
    'a bare 县本级 in a report’s heading: the place the title names is the unit',
    '某某县2023年政府决算\n\n目 录\n第一部分\n关于2023年县本级财政决算和2024年上半年全县预算执行情况的报告',
    { unit: '某某县', kind: 'final', year: 2023 },
  ],
  [
    'page furniture before the title',
    '当前位置：首页 > 政务公开 > 预决算\n索引号：000-2020-01\n发布日期：2021-05-06\n打印 关闭\n某县某局2020年部门预算公开\n一、部门职责\n主要职责是……。',
    { unit: '某县某局', kind: 'budget', year: 2020 },
  ],
  ['a 本级 aggregate', '2021年区本级“三公”经费预算表\n经汇总，2021年区本级“三公”经费预算为100万元。', { unit: '区本级', scope: 'aggregate' }],
  [
    '经…汇总 names the whole',
    '经某县财政局汇总，2018年县级“三公”经费财政拨款支出50.00万元，比上年减少支出5.00万元。',
    { unit: '某县', kind: 'final', scope: 'aggregate' },
  ],
  [
    'no unit named',
    '一、机关运行经费支出情况说明\n2019年度机关运行经费支出10.00万元，比2018年增加1.00万元。\n二、政府采购支出情况说明',
    { unit: null, content: 'excerpt' },
  ],
  [
    'a sector in the title, the office in the body',
    '某省交通运输部门2022年“三公”经费预算情况说明\n交通运输厅2022年“三公”经费预算数为10.00万元。',
    { unit: '交通运输厅' },
  ],
  [
    'a table of function codes is no title, a fund’s name no 预算',
    '经某县财政局汇总，2018年县级“三公”经费财政拨款支出50.00万元，比上年减少支出5.00万元。\n表：政府性基金预算财政拨款支出表\n功能分类科目编码  科目名称  金额\n2080505  机关事业单位基本养老保险缴费支出\n注：本单位无政府性基金预算财政拨款支出，本表为空表。',
    { unit: '某县', kind: 'final', scope: 'aggregate' },
  ],
  [
    'a part heading, no unit named',
    '第二部分 2022年度单位决算情况说明\n一、收入支出决算总体情况说明\n2022年本年收入合计100.00万元。',
    { unit: null, kind: 'final', year: 2022, content: 'excerpt' },
  ],
  [
    '决算 from its wording alone',
    '某县某局2019年“三公”经费情况\n2019年“三公”经费年初预算为10.00万元，支出决算为8.00万元，完成年初预算的80%。',
    { unit: '某县某局', kind: 'final' },
  ],
];

for (const [name, text, want] of identities) {
  test(`identity: ${name}`, async () => {
    const id = (await parse(text)).identity;
    assert.equal(id.unit, want.unit);
    for (const k of ['kind', 'year', 'scope', 'content'] as const) if (want[k] !== undefined) assert.equal(id[k], want[k], k);
  });
}

const figures: [string, string, Record<string, string | undefined>][] = [
  [
    '决算: 预算为 … 决算为',
    final('“三公”经费支出预算为20.0万元，支出决算为15.0万元，完成预算的75%。'),
    { 'threePublic.total': '15.0', 'threePublic.total.budget': '20.0' },
  ],
  [
    '决算: a budget listed item by item',
    final('“三公”经费预算为20万元，其中：公务接待费8万元，公务用车运行维护费12万元。“三公”经费支出共计15万元。'),
    { 'threePublic.total': '15', 'threePublic.reception.budget': '8', 'threePublic.vehicleOperation.budget': '12' },
  ],
  [
    '决算: 较预算数 … then 较上年',
    final('“三公”经费支出15万元，较预算数20万元减少5万元，下降25%，较上年18万元减少3万元，下降16.7%。'),
    { 'threePublic.total.budget': '20', 'threePublic.total.prev': '18', 'threePublic.total.change': '-3' },
  ],
  [
    '决算: a budget stated by its difference',
    final('公务接待费支出决算6.00万元。公务接待费支出决算比预算数减少2.00万元，主要原因是压减接待。'),
    { 'threePublic.reception.budget': '8.00' },
  ],
  ['减少支出', final('“三公”经费财政拨款支出40.00万元，比上年减少支出4.00万元。'), { 'threePublic.total.change': '-4.00', 'threePublic.total.prev': '44.00' }],
  ['无变化 without a comparison word', budget('公务接待费预算2.00万元；公务接待费预算无变化。'), { 'threePublic.reception.change': '0' }],
  ['amounts in 万 without 元', budget('“三公”经费预算3万，与上年预算相比减少1万。'), { 'threePublic.total': '3', 'threePublic.total.change': '-1' }],
  [
    'an earlier year as subject',
    budget('2023年“三公”经费预算拨入30万元，2022年“三公”经费预算拨入35万元，与上年对比减少5万元。'),
    { 'threePublic.total': '30', 'threePublic.total.prev': '35', 'threePublic.total.change': '-5' },
  ],
  [
    '收入…，支出… counterparts',
    '某校\n2021年财政预算公开情况说明\n一、收支预算情况\n2021年预算内收入安排100.00万元，支出100.00万元。2020年预算内收入安排90.00万元，支出90.00万元。\n',
    { 'income.total': '100.00', 'income.total.prev': '90.00', 'expenditure.total': '100.00', 'expenditure.total.prev': '90.00' },
  ],
  [
    'an item heading, its sentence after',
    budget('（一）公务接待费。支出预算1.50万元，与2022年相比持平。'),
    { 'threePublic.reception': '1.50', 'threePublic.reception.change': '0' },
  ],
  [
    '全部为: a part named in passing',
    final('公务用车购置及运行维护费决算5.0万元，全部为公务用车运行维护费5.0万元，与2021年持平。'),
    { 'threePublic.vehicle.change': '0', 'threePublic.vehicleOperation': '5.0', 'threePublic.vehiclePurchase': '0' },
  ],
  [
    'short item names',
    budget('出国费0万元，公车运行费3万元，接待费2万元。'),
    { 'threePublic.abroad': '0', 'threePublic.vehicleOperation': '3', 'threePublic.reception': '2' },
  ],
  [
    'vehicles held and bought',
    final('2022年本部门公务用车保有12辆，购置公务用车0辆；新购入公务用车一辆。'),
    { 'assets.vehicles': '12', 'assets.vehicles.purchase': '0' },
  ],
  ['分别为: one subject per amount', final('2022年公务用车购置数及保有量分别为2辆和30辆。'), { 'assets.vehicles.purchase': '2', 'assets.vehicles': '30' }],
  [
    'counts in an aside leave the comparisons to the money',
    final('公务接待费决算122万元（接待15批次、4527人次），较上年144万元减少22万元，下降15.28%。'),
    { 'threePublic.reception': '122', 'threePublic.reception.prev': '144', 'threePublic.reception.change': '-22' },
  ],
  ['a count is never money', final('公务接待费决算1.20万元，国内公务接待10批次，120人次。'), { 'threePublic.reception': '1.20' }],
  [
    'a 类-款 label',
    '某区某局\n2020年部门决算编制说明\n三、一般公共预算财政拨款支出决算情况\n1、“公共安全支出-法院”900.0万元，与上年决算相比增加100.0万元。\n',
    { 'expenditure.function.公共安全支出': '900.0', 'expenditure.function.公共安全支出.prev': '800.0' },
  ],
  [
    'an item stated as none',
    budget('“三公”经费预算2万元。其中：没有公出国(境)费用；公务接待费2万元；没有公务用车购置费。'),
    { 'threePublic.abroad': '0', 'threePublic.vehiclePurchase': '0', 'threePublic.reception': '2' },
  ],
  [
    'none in either year',
    budget('因公出国(境)经费为0。与上年预算相比，上年与本年均无因公出国(境)情况。'),
    { 'threePublic.abroad': '0', 'threePublic.abroad.prev': '0' },
  ],
  [
    '完成…预算X的Y%, and a comparison with an earlier year than the last',
    final(
      '某局2022年度“三公”经费财政拨款支出决算为50.00万元，完成全年预算80.00万元的62.5%，比上年决算数增加10.00万元，增长25%；比2019年(疫情前)决算数减少20.00万元，降低28.6%。',
    ),
    { 'threePublic.total': '50.00', 'threePublic.total.change': '10.00', 'threePublic.total.prev': '40.00' },
  ],
  [
    'an item with its own 支出决算为, after a remark in brackets',
    final(
      '其中：因公出国(境)费支出决算为2.00万元，完成预算2.00万元的100%，比上年决算数增加2.00万元，增长--(基数为0，不可比)；公务接待费支出决算为8.00万元，完成预算10.00万元的80%，比上年决算数增加1.00万元。',
    ),
    {
      'threePublic.abroad': '2.00',
      'threePublic.abroad.budget': '2.00',
      'threePublic.reception': '8.00',
      'threePublic.reception.budget': '10.00',
      'threePublic.reception.change': '1.00',
    },
  ],
  [
    '按同口径同比',
    final('2022年“三公”经费决算支出数为100.00万元，按同口径同比减少6.00万元，下降5.7%。'),
    { 'threePublic.total': '100.00', 'threePublic.total.change': '-6.00' },
  ],
  [
    '基本持平 is no change of 0',
    budget('2023年“三公”经费预算为40.00万元，与2022年预算基本持平。'),
    { 'threePublic.total': '40.00', 'threePublic.total.change': undefined, 'threePublic.total.prev': undefined },
  ],
  [
    '收、支…各是A、B, then 各增加, then 各增长',
    '某县某局2022年部门预算公开\n2022年收入、支出预算总计各是400.50、410.00万元。与2021年相比，收、支总计各增加100.50万元、90.00万元，各增长33.5%、28.1%。',
    { 'income.total': '400.50', 'expenditure.total': '410.00', 'income.total.change': '100.50', 'expenditure.total.change': '90.00' },
  ],
  [
    'table: a cell and its bar per line, items as rows',
    final(
      '单位:万元\n项 目 |\n预 算 数 |\n决 算 数 |\n合 计 |\n10 |\n9 |\n因公出国(境)费 |\n0 |\n0 |\n公务接待费 |\n4 |\n5 |\n公务用车购置及运行维护费 |\n6 |\n4 |',
    ),
    { 'threePublic.total': '9', 'threePublic.total.budget': '10', 'threePublic.reception': '5', 'threePublic.vehicle.budget': '6' },
  ],
  [
    'table: bars on lines of their own, years as rows',
    final(
      '2022年决算数与2021年决算数对比情况\n年度\n|\n合计\n|\n因公出国(境)经费\n|\n公务接待费\n|\n公车购置及运行维护费\n|\n2021年\n|\n30\n|\n2\n|\n8\n|\n20\n|\n2022年\n|\n25\n|\n1\n|\n9\n|\n15\n|',
    ),
    { 'threePublic.total': '25', 'threePublic.total.prev': '30', 'threePublic.reception.prev': '8', 'threePublic.abroad': '1' },
  ],
  [
    'a 三公 table whose 公务用车 parts are both blank under an amount: not broken down, not 0',
    final(
      '一、“三公”经费支出决算表\n单位:万元\n项 目 |\n预 算 数 |\n决 算 数 |\n合 计 |\n5 |\n2.40 |\n因公出国(境)费 |\n|\n|\n公务接待费 |\n2 |\n0.90 |\n公务用车购置及运行维护费 |\n3 |\n1.50 |\n其中:公务用车运行维护费 |\n|\n|\n公务用车购置费 |\n|\n|',
    ),
    {
      'threePublic.total': '2.40',
      'threePublic.abroad': '0',
      'threePublic.vehicle': '1.50',
      'threePublic.vehicleOperation': undefined,
      'threePublic.vehiclePurchase': undefined,
      'threePublic.vehicleOperation.budget': undefined,
    },
  ],
  [
    'the year before’s figure named with 的: 较2024年的X万元减少Y万元',
    budget('2023年“三公”经费预算总额为80万元，较2022年的90万元减少10万元，下降11.1%。'),
    { 'threePublic.total': '80', 'threePublic.total.prev': '90', 'threePublic.total.change': '-10' },
  ],
  [
    'a page that opens mid-sentence: its first sentence has lost its subject and is left out',
    '19816.81元，项目支出0元。主要用于人员经费保障。\n2. 项目支出469500元，同比增加70100元，主要原因是新增设备购置。\n2024年一般公共预算基本支出2476260.58元。',
    { 'general.project': '46.9500' },
  ],
  [
    'an economic class in the spending narrative is no function class',
    budget('一、支出预算情况\n支出预算66.95万元，其中：社会保障和就业支出20.00万元，工资福利支出1.20万元，商品和服务支出42.60万元，资本性支出3.15万元。'),
    {
      'expenditure.function.社会保障和就业支出': '20.00',
      'expenditure.function.工资福利支出': undefined,
      'expenditure.function.商品和服务支出': undefined,
      'expenditure.function.资本性支出': undefined,
    },
  ],
];

for (const [name, text, want] of figures) {
  test(`shape: ${name}`, async () => {
    const f = flattenFigures(await parse(text));
    for (const [k, v] of Object.entries(want)) assert.equal(f[k], v, `${k} in “${text.replace(/\n/g, ' / ')}”`);
    if (name === 'a count is never money')
      assert.ok(!Object.values(f).includes('120') && !Object.values(f).includes('10'), 'counts stay out of the money figures');
  });
}

test('shape: parts in brackets leave the comparison to the whole', async () => {
  const d = await parse(
    final('“三公”经费支出2364万元。公务用车购置及运行费995万元(其中公务用车购置费38万元,公务用车运行维护费958万元),比上年决算数下降26.24%。'),
  );
  assert.equal(d.threePublic.vehicle?.changePercent, '-26.24');
  assert.equal(d.threePublic.vehicleOperation?.value, '958');
  assert.equal(d.threePublic.vehicleOperation?.changePercent, undefined);
});

test('shape: a sentence that opens on a comparison after a 其中 list compares the whole, not the list’s last item', async () => {
  const d = await parse(
    budget(
      '2023年“三公”经费预算为14.00万元，其中：因公出国（境）费0万元，公务用车运行维护费14.00万元，公务接待费0万元。与上年预算相比增长16.67%，其中公务用车运行维护费增加2.00万元。',
    ),
  );
  assert.equal(d.threePublic.total?.changePercent, '16.67');
  assert.equal(d.threePublic.reception?.changePercent, undefined);
  assert.equal(d.threePublic.vehicleOperation?.change, '2.00');
});
