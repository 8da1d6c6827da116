// Wording variants of amount sentences: each written as departments write them, read to the same figures.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { figuresOfText } from '../../test/helpers.ts';

/** A minimal 预算 explanation around one sentence of the 三公 section. */
const doc = (sentence: string) => `某区某局\n2024年部门预算情况说明\n\n四、“三公”经费情况说明\n\n${sentence}\n`;

const cases: [string, string, Record<string, string>][] = [
  [
    '较上年',
    '2024年公务接待费1.30万元，较上年减少0.20万元。',
    { 'threePublic.reception': '1.30', 'threePublic.reception.change': '-0.20', 'threePublic.reception.prev': '1.50' },
  ],
  [
    '比上年度',
    '公务接待费1.30万元，比上年度增加0.30万元，主要原因是接待任务增加。',
    { 'threePublic.reception.change': '0.30', 'threePublic.reception.prev': '1.00' },
  ],
  ['同比', '公务接待费1.30万元，同比下降0.20万元。', { 'threePublic.reception.change': '-0.20' }],
  ['与上年持平', '公务接待费1.30万元，与上年持平。', { 'threePublic.reception.change': '0', 'threePublic.reception.prev': '1.30' }],
  ['与2023年相比…增长x%', '公务接待费1.30万元，与2023年相比增加0.30万元，增长30%。', { 'threePublic.reception.change': '0.30' }],
  [
    '下降',
    '公务用车运行维护费3.00万元，比2023年下降1.00万元。',
    { 'threePublic.vehicleOperation.change': '-1.00', 'threePublic.vehicleOperation.prev': '4.00' },
  ],
  ['元', '公务接待费13000元，比上年减少2000元。', { 'threePublic.reception': '1.3000', 'threePublic.reception.change': '-0.2000' }],
  ['亿元', '“三公”经费预算1.2亿元，与上年持平。', { 'threePublic.total': '12000.0', 'threePublic.total.change': '0' }],
  ['数字与单位分行', '公务接待费1.30\n万元，与上年相比减少 0.20 万元。', { 'threePublic.reception': '1.30', 'threePublic.reception.change': '-0.20' }],
  ['全角数字', '公务接待费１．３０万元，比上年减少０．２０万元。', { 'threePublic.reception': '1.30', 'threePublic.reception.change': '-0.20' }],
  [
    '本年数小于上年预算数',
    '公务接待费预算支出 156.55 万元，本年数小于上年预算数 29.65 万元。',
    { 'threePublic.reception.change': '-29.65', 'threePublic.reception.prev': '186.20' },
  ],
  [
    '上年预算数在前',
    '因公出国（境）费上年预算数为2.00万元，本年预算数为1.00万元，减少1.00万元。',
    { 'threePublic.abroad': '1.00', 'threePublic.abroad.prev': '2.00', 'threePublic.abroad.change': '-1.00' },
  ],
  [
    '上年预算执行数为',
    '公务接待费2024年预算安排1.30万元，2023年当年预算执行数为1.00万元。',
    { 'threePublic.reception': '1.30', 'threePublic.reception.prev': '1.00' },
  ],
];

for (const [name, sentence, expected] of cases) {
  test(`wording: ${name}`, async () => {
    const f = await figuresOfText(doc(sentence));
    for (const [k, v] of Object.entries(expected)) assert.equal(f[k], v, `${k} in “${sentence}”`);
  });
}

test('a change without an amount of its own belongs to the subject it names', async () => {
  const f = await figuresOfText(
    '某局\n2024年部门预算情况说明\n二、部门收支总体情况\n（一）收入预算：2024年年初预算数447.01万元，其中：一般公共预算拨款447.01万元；收入较去年减少2544.50万元，主要是项目调整。\n',
  );
  assert.equal(f['income.total'], '447.01');
  assert.equal(f['income.total.change'], '-2544.50');
  assert.equal(f['income.total.prev'], '2991.51');
});

test('totals written as 总额 or 预算收入', async () => {
  const f = await figuresOfText(
    '某局\n2024年部门预算情况说明\n二、收支预算总体情况\n2024年收入预算总额为500.00万元，比上年增加20.00万元。部门预算支出500.00万元。\n',
  );
  assert.equal(f['income.total'], '500.00');
  assert.equal(f['income.total.change'], '20.00');
  assert.equal(f['expenditure.total'], '500.00');
});

test('“无…” statements give 0 for the fund, never a missing figure', async () => {
  const f = await figuresOfText('某局\n2024年部门预算情况说明\n三、部门预算情况说明\n2024年无使用政府性基金预算拨款安排的支出。\n');
  assert.equal(f['fund.expenditure'], '0');
});

test('a figure the text does not state is absent, not 0', async () => {
  const f = await figuresOfText(doc('公务接待费1.30万元。'));
  assert.equal(f['threePublic.reception'], '1.30');
  assert.equal('threePublic.reception.change' in f, false);
  assert.equal('threePublic.abroad' in f, false);
});
