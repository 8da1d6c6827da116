/** Synthetic layouts: segments, column metrics, PDF runs, grids, continued tables, notes. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { linesOf, type SourceDocument, type SourceLine } from '../../read/document.ts';
import { deriveSegments, detectMetric } from './segments.ts';
import { extractTables, figuresFromTables } from './index.ts';
import { kindOfTitle, isTitleText } from './titles.ts';
import { parseAmount, toWan, unitOf } from './amounts.ts';

const docOf = (text: string, extra: Partial<SourceDocument> = {}): SourceDocument => ({
  file: 't.txt',
  format: 'text',
  lines: linesOf(text, { pages: text.includes('\f') }),
  tables: [],
  ...extra,
});

test('segments: runs of 2+ spaces; one space next to an amount or between header words also separates', () => {
  const texts = (s: string) => deriveSegments(s, 'chars').map((x) => x.text);
  assert.deepEqual(texts('一、财政拨款收入    371,514,655.00 一、一般公共服务支出'), ['一、财政拨款收入', '371,514,655.00', '一、一般公共服务支出']);
  assert.deepEqual(texts('  9746.50 5364.75 4381.74'), ['9746.50', '5364.75', '4381.74']);
  assert.deepEqual(texts('合计        基本支出 项目支出'), ['合计', '基本支出', '项目支出']);
  assert.deepEqual(texts('因 公 出 国 （ 境 ） 费'), ['因 公 出 国 （ 境 ） 费']);
  const s = deriveSegments('科目  名称', 'display');
  assert.deepEqual([s[1].x, s[1].right], [6, 10]);
});

test('amounts and units: exact 元 → 万元', () => {
  assert.equal(toWan(parseAmount('156,211,123')!, '元'), '15621.1123');
  assert.equal(toWan(parseAmount('96,282,213.44')!, '元'), '9628.221344');
  assert.equal(parseAmount('—'), null);
  assert.equal(unitOf('编制部门：某局        单位：元'), '元');
  assert.equal(unitOf('单位:万 元'), '万元');
  assert.equal(unitOf('金额单位：万元'), '万元');
});

test('titles: with or without year and number; kinds of the 预算 and 决算 names', () => {
  const cases: [string, string][] = [
    ['2024年部门财务收支预算总表', 'summary'],
    ['收入支出决算总表', 'summary'],
    ['一、收支预算总表', 'summary'],
    ['表1 部门收支总表', 'summary'],
    ['收入决算表', 'income'],
    ['2025年预算单位支出预算总表', 'expenditure'],
    ['财政拨款收入支出决算总表', 'appropriationSummary'],
    ['一般公共预算财政拨款支出决算表', 'generalExpenditure'],
    ['2025年部门一般公共预算基本支出部门预算经济分类预算表', 'generalBasic'],
    ['财政拨款“三公”经费支出决算表', 'threePublic'],
    ['政府性基金预算财政拨款收入支出决算表', 'fundExpenditure'],
    ['国有资本经营预算财政拨款支出决算表', 'capitalExpenditure'],
    ['一般公共预算机关运行经费支出预算表', 'other'],
  ];
  for (const [title, kind] of cases) {
    assert.ok(isTitleText(title), title);
    assert.equal(kindOfTitle(title), kind, title);
  }
  assert.ok(!isTitleText('本表反映部门年度总体收支预算情况。'));
  assert.ok(!isTitleText('一、收支预算总表情况说明'));
});

const SUMMARY = [
  '                 收支总表',
  '编制部门：测试局                                  单位：元',
  '',
  '          收入                          支出',
  '     项目           预算数          项目          预算数',
  '一、一般公共预算拨款    1,234,500.00 一、一般公共服务支出    1,000,000.00',
  '二、事业收入                          二、教育支出              234,500.00',
  '     收入总计         1,234,500.00       支出总计       1,234,500.00',
].join('\n');

test('a table of contents naming tables is not a table; a two-sided summary is read by side', () => {
  const text = ['目  录', '一、收支总表', '二、支出总表', '', SUMMARY].join('\n');
  const tables = extractTables(docOf(text));
  assert.equal(tables.length, 1);
  const [t] = tables;
  assert.equal(t.kind, 'summary');
  assert.equal(t.unit, '元');
  const edu = t.rows.find((r) => r.name === '二、教育支出')!;
  assert.equal(edu.side, 'expenditure');
  assert.ok(edu.values.includes('23.450000'));
  const f = figuresFromTables(tables, 'budget');
  assert.equal(f['income.total'].value, '123.450000');
  assert.equal(f['income.general'].value, '123.450000');
  assert.equal(f['expenditure.function.教育支出'].value, '23.450000');
  assert.equal(f['income.total'].evidence.line, 12);
});

test('a table continued over pages with its header repeated is one table; text between tables is no row', () => {
  const header = ['功能分类科目编码   功能分类科目名称      合计        基本支出      项目支出', '类   款   项'];
  const text = [
    '            支出总表',
    '                                               单位：万元',
    ...header,
    '201             一般公共服务支出     100.00       60.00       40.00',
    '201   01   01   行政运行           60.00       60.00',
    '\f          支出总表（续）',
    '                                               单位：万元',
    ...header,
    '201   01   02   一般行政管理事务     40.00                   40.00',
    '                合计             100.00       60.00       40.00',
    '  本部门支出主要用于日常运转，其中基本支出六十万元。',
  ].join('\n');
  const tables = extractTables(docOf(text));
  assert.equal(tables.length, 1);
  assert.deepEqual(
    tables[0].rows.map((r) => [r.code ?? '', r.level, r.values.join('|')]),
    [
      ['201', '类', '100.00|60.00|40.00'],
      ['2010101', '项', '60.00|60.00|'],
      ['2010102', '项', '40.00||40.00'],
      ['', 'total', '100.00|60.00|40.00'],
    ],
  );
  assert.equal(tables[0].rows[2].evidence?.page, 2);
  const f = figuresFromTables(tables, 'budget');
  assert.equal(f['expenditure.basic'].value, '60.00');
  assert.equal(f['expenditure.function.一般公共服务支出'].value, '100.00');
});

test('an empty table keeps its 空表说明, and gives 0', () => {
  const text = [
    '       政府性基金预算支出表',
    '                                   单位：万元',
    '   项目          合计    基本支出   项目支出',
    '',
    '   合计',
    '注：本部门没有政府性基金预算拨款安排的支出，故本表无数据。',
  ].join('\n');
  const [t] = extractTables(docOf(text));
  assert.equal(t.kind, 'fundExpenditure');
  assert.match(t.emptyNote!, /故本表无数据/);
  assert.equal(figuresFromTables([t], 'budget')['fund.expenditure'].value, '0');
});

test('text aligned for a CJK editor (2 columns per character) is read with the display metric', () => {
  // 名称 columns padded so that amounts line up only when CJK counts double
  const rows = [
    ['201', '一般公共服务支出', '50.00', '30.00'],
    ['20101', '人大事务', '50.00', '30.00'],
    ['208', '社会保障和就业支出', '7.00', ''],
  ];
  const pad = (s: string, w: number) => s + ' '.repeat(Math.max(2, w - [...s].reduce((n, c) => n + (/[\u4e00-\u9fff]/.test(c) ? 2 : 1), 0)));
  const lines = rows.map(([c, n, a, b]) => pad(c, 8) + pad(n, 24) + ' '.repeat(10 - a.length) + a + (b ? ' '.repeat(10 - b.length) + b : ''));
  const text = [
    '   一般公共预算支出表',
    '                        单位：万元',
    pad('科目编码', 8) + pad('科目名称', 24) + '      合计  基本支出',
    ...lines,
  ].join('\n');
  const doc = docOf(text);
  assert.equal(detectMetric(doc.lines), 'display');
  const [t] = extractTables(doc);
  assert.deepEqual(
    t.rows.map((r) => r.values.join('|')),
    ['50.00|30.00', '50.00|30.00', '7.00|'],
  );
});

test('PDF lines with positioned runs (points) are read the same way', () => {
  const L = (no: number, segs: [number, number, string][]): SourceLine => ({
    no,
    page: 3,
    text: segs.map((s) => s[2]).join(' '),
    segments: segs.map(([x, right, text]) => ({ x, right, text })),
  });
  const lines = [
    L(1, [[300, 480, '2025年部门支出预算总表']]),
    L(2, [
      [60, 250, '编制部门：测试局'],
      [730, 780, '单位：元'],
    ]),
    L(3, [
      [250, 290, '功能分类科目名称'],
      [420, 444, '合计'],
      [540, 588, '基本支出'],
      [680, 728, '项目支出'],
    ]),
    L(4, [
      [61, 85, '201'],
      [160, 256, '一般公共服务支出'],
      [380, 460, '21,601,733.00'],
      [505, 585, '12,291,733.00'],
      [650, 728, '9,310,000.00'],
    ]),
    L(5, [
      [61, 85, '201'],
      [97, 109, '13'],
      [120, 132, '01'],
      [160, 208, '行政运行'],
      [388, 460, '9,389,913.00'],
      [513, 585, '9,389,913.00'],
    ]),
    L(6, [
      [180, 204, '合计'],
      [380, 460, '21,601,733.00'],
      [505, 585, '12,291,733.00'],
      [650, 728, '9,310,000.00'],
    ]),
  ];
  const [t] = extractTables({ file: 't.pdf', format: 'pdf', lines, tables: [] });
  assert.equal(t.kind, 'expenditure');
  assert.deepEqual(
    t.rows.map((r) => [r.code ?? '', r.values.join('|')]),
    [
      ['201', '2160.173300|1229.173300|931.000000'],
      ['2011301', '938.991300|938.991300|'],
      ['', '2160.173300|1229.173300|931.000000'],
    ],
  );
  assert.equal(t.rows[1].evidence?.page, 3);
});

test('native grids (HTML/DOCX/XLSX): merged headers, split codes, 元 converted, sides of a summary', () => {
  const doc = docOf('2025年部门支出预算总表\n单位：元\n\n部门收支总表', {
    format: 'html',
    tables: [
      {
        afterLine: 1,
        rows: [
          ['项目', '项目', '项目', '项目', '支出预算', '支出预算', '支出预算'],
          ['类', '款', '项', '功能分类科目名称', '合计', '基本支出', '项目支出'],
          ['201', '', '', '一般公共服务支出', '156,211,123', '100,000,000', '56,211,123'],
          ['201', '13', '01', '行政运行', '100,000,000', '100,000,000', ''],
          ['', '', '', '合计', '156,211,123', '100,000,000', '56,211,123'],
        ],
      },
      {
        afterLine: 3,
        rows: [
          ['本年收入', '本年收入', '本年支出', '本年支出'],
          ['项目', '预算数', '项目', '预算数'],
          ['一、一般公共预算拨款', '15621.1123', '一、一般公共服务支出', '15621.1123'],
          ['收入总计', '15621.1123', '支出总计', '15621.1123'],
        ],
      },
    ],
  });
  const [e, s] = extractTables(doc);
  assert.equal(e.kind, 'expenditure');
  assert.equal(e.unit, '元');
  assert.deepEqual(e.columns, ['支出预算/合计', '支出预算/基本支出', '支出预算/项目支出']);
  assert.equal(e.rows[1].code, '2011301');
  assert.equal(e.rows[0].values[0], '15621.1123');
  assert.equal(s.kind, 'summary');
  assert.equal(s.rows.find((r) => r.name === '一、一般公共服务支出')?.side, 'expenditure');
  const f = figuresFromTables([e, s], 'budget');
  assert.equal(f['expenditure.project'].value, '5621.1123');
  assert.equal(f['income.total'].value, '15621.1123');
});

test('values printed on the line above their row (tall cells) join that row', () => {
  const text = [
    '                支出决算表',
    '                                                    单位：万元',
    '   科目编码      科目名称       本年支出合计     基本支出     项目支出',
    '                                            1,503.52',
    '201   06   01   行政运行          1,511.89                  8.37',
    '201   06   02   一般行政管理事务     10.00                    10.00',
  ].join('\n');
  const [t] = extractTables(docOf(text));
  assert.deepEqual(
    t.rows.map((r) => r.values.join('|')),
    ['1511.89|1503.52|8.37', '10.00||10.00'],
  );
});

test('national template wording: 附表 numbers, 总体情况表, full-width digits, code and name in one cell, 上年结转（结余）', () => {
  assert.equal(kindOfTitle('部门收入总体情况表'), 'income');
  assert.equal(kindOfTitle('部门支出总体情况表'), 'expenditure');
  const text = [
    '附表1  部门收支总体情况表',
    '                                              单位：万元',
    '       项目            预算数            项目              预算数',
    '一、一般公共预算拨款收入    １２３．４５   一、一般公共服务支出    100.00',
    '上年结转（结余）           10.00        二、教育支出            33.45',
    '     收入总计             133.45          支出总计          133.45',
    '',
    '附表3  部门支出总体情况表',
    '                                              单位：万元',
    '     科目名称               合计      基本支出     项目支出',
    '201一般公共服务支出       100.00       80.00       20.00',
  ].join('\n');
  const tables = extractTables(docOf(text));
  assert.deepEqual(
    tables.map((t) => [t.number, t.kind]),
    [
      ['附表1', 'summary'],
      ['附表3', 'expenditure'],
    ],
  );
  assert.equal(tables[1].rows[0].code, '201');
  assert.equal(tables[1].rows[0].name, '一般公共服务支出');
  const f = figuresFromTables(tables, 'budget');
  assert.equal(f['income.general'].value, '123.45');
  assert.equal(f['income.carryover'].value, '10.00');
  assert.equal(f['income.total'].value, '133.45');
  assert.equal(f['expenditure.project'].value, '20.00');
});

test('元 → 万元 on the digits equals Decimal shift(x, -4)', async () => {
  const { shift } = await import('../../model/decimal.ts');
  const { shiftLeft4 } = await import('./amounts.ts');
  for (const v of ['0', '5', '-5', '12', '1234', '12345', '371514655.00', '96282213.44', '0.01', '-2544.50', '100000000', '7']) {
    assert.equal(shiftLeft4(v), shift(v, -4), v);
  }
});

test('an HTML page: title and unit in paragraphs before each <table>, merged header cells', async () => {
  const { readDocument } = await import('../../read/index.ts');
  const html = `<html><body><div class="nav">首页 | 政务公开</div><div class="article"><h1>某局2025年部门预算</h1>
<p>2025年收入预算100万元。</p><p>表1 2025年部门支出总表</p><p>单位：元</p>
<table><tr><td rowspan="2">科目编码</td><td rowspan="2">科目名称</td><td colspan="3">支出预算</td></tr>
<tr><td>合计</td><td>基本支出</td><td>项目支出</td></tr>
<tr><td>201</td><td>一般公共服务支出</td><td>1,000,000.00</td><td>600,000.00</td><td>400,000.00</td></tr>
<tr><td></td><td>合计</td><td>1,000,000.00</td><td>600,000.00</td><td>400,000.00</td></tr></table>
<p>表2 2025年“三公”经费支出预算表</p><p>单位：万元</p>
<table><tr><td rowspan="2">合计</td><td rowspan="2">因公出国（境）费</td><td colspan="3">公务用车购置及运行费</td><td rowspan="2">公务接待费</td></tr>
<tr><td>小计</td><td>购置费</td><td>运行费</td></tr>
<tr><td>5.50</td><td>0</td><td>4.00</td><td>0</td><td>4.00</td><td>1.50</td></tr></table></div></body></html>`;
  const tables = extractTables(await readDocument('x.html', new TextEncoder().encode(html)));
  assert.deepEqual(
    tables.map((t) => [t.number, t.title, t.kind, t.unit]),
    [
      ['表1', '2025年部门支出总表', 'expenditure', '元'],
      ['表2', '2025年“三公”经费支出预算表', 'threePublic', '万元'],
    ],
  );
  const f = figuresFromTables(tables, 'budget');
  assert.equal(f['expenditure.basic'].value, '60.000000');
  assert.equal(f['threePublic.vehicle'].value, '4.00');
  assert.equal(f['threePublic.reception'].value, '1.50');
});

test('Markdown pipe tables are read as grids', () => {
  const text = [
    '### 表3　部门支出总表',
    '',
    '单位：元',
    '',
    '| 科目编码 | 科目名称 | 合计 | 基本支出 | 项目支出 |',
    '| --- | --- | ---: | ---: | ---: |',
    '| 201 | 一般公共服务支出 | 1,000,000.00 | 600,000.00 | 400,000.00 |',
    '|  | 合计 | 1,000,000.00 | 600,000.00 | 400,000.00 |',
  ].join('\n');
  const tables = extractTables(docOf(text, { format: 'markdown' }));
  assert.deepEqual(
    tables.map((t) => [t.number, t.title, t.kind, t.unit, t.rows.length]),
    [['表3', '部门支出总表', 'expenditure', '元', 2]],
  );
  assert.equal(figuresFromTables(tables, 'budget')['expenditure.project'].value, '40.000000');
});

test('决算 一般公共预算支出表 with 年初预算数 / 全年预算数 / 决算数 and a 完成率 % column', () => {
  const text = [
    '                                                           单位：万元',
    '            一般公共预算财政拨款支出决算表',
    '   科目编码   科目名称        年初预算数    全年预算数     决算数     完成率',
    '   201       一般公共服务支出     120.00       130.00      125.00     96.15%',
    '             合计              120.00       130.00      125.00     96.15%',
  ].join('\n');
  const tables = extractTables(docOf(text));
  assert.equal(tables[0].unit, '万元');
  assert.deepEqual(tables[0].rows[1].values, ['120.00', '130.00', '125.00', '96.15']);
  const f = figuresFromTables(tables, 'final');
  assert.equal(f['general.expenditure'].value, '125.00');
  assert.equal(f['general.expenditure.budget'].value, '120.00');
});

test('page furniture inside a table: running head and “第 1 页 共 2 页” skipped; no 合计 row → the 类 rows summed', () => {
  const text = [
    '        一般公共预算支出表',
    '                                       单位：万元',
    '科目编码   科目名称              合计      基本支出    项目支出',
    '201       一般公共服务支出        50.00      30.00      20.00',
    '                  第 1 页 共 2 页',
    '\f某区2025年部门预算公开文件汇编（部门）',
    '208       社会保障和就业支出       7.00       7.00',
  ].join('\n');
  const [t] = extractTables(docOf(text));
  assert.deepEqual(
    t.rows.map((r) => r.name),
    ['一般公共服务支出', '社会保障和就业支出'],
  );
  const f = figuresFromTables([t], 'budget');
  assert.equal(f['general.expenditure'].value, '57.00');
  assert.equal(f['general.basic'].value, '37.00');
  assert.equal(f['general.project'].value, '20.00');
});

test('tab-separated rows (a sheet pasted as text) are read as grids', () => {
  const text = [
    '2025年部门支出总表',
    '单位：万元',
    '科目编码\t科目名称\t合计\t基本支出\t项目支出',
    '201\t一般公共服务支出\t50.00\t30.00\t20.00',
    '\t合计\t50.00\t30.00\t20.00',
  ].join('\n');
  const tables = extractTables(docOf(text));
  assert.deepEqual(
    tables.map((t) => [t.kind, t.rows.length]),
    [['expenditure', 2]],
  );
  assert.equal(figuresFromTables(tables, 'budget')['expenditure.basic'].value, '30.00');
});
