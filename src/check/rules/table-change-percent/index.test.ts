import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './index.ts';
import { corpusText, runRule, runTextRule, seedModel } from '../../testing.ts';
import type { Table } from '../../../model/index.ts';

test('table-change-percent: 105’s 2015/2016 table, 车辆购置 beyond rounding (error), 车辆运行 by a last digit (warning)', async () => {
  const f = await runTextRule(rule, '105.txt', corpusText('105'));
  assert.deepEqual(
    f.map((x) => [x.severity, x.evidence[0].line, x.figures?.expected]),
    [
      ['error', 61, '-49.32'],
      ['warning', 63, '-24.90'],
    ],
  );
});

const table = (rows: Table['rows'], columns: string[], unit: Table['unit'] = '万元'): Table => ({
  kind: 'threePublic',
  title: '“三公”经费对比表',
  unit,
  columns,
  rows,
});

test('table-change-percent: years as columns with an 增减% column; a 元 table’s percentages read back', () => {
  const d = seedModel();
  d.tables = [
    table(
      [
        { name: '因公出国（境）费', values: ['10.00', '12.00', '-16.67'] },
        { name: '公务接待费', values: ['8.00', '10.00', '-25.00'] },
      ],
      ['2024年预算数', '2023年预算数', '增减%'],
    ),
  ];
  assert.deepEqual(
    runRule(rule, d).map((x) => [x.severity, x.message]),
    [['error', '“三公”经费对比表：公务接待费增减幅度应为-20.00%（（8.00 − 10.00）÷ 10.00），表中为-25.00%']],
  );
  // in 元 the reader divides every cell by 10 000, the percentages too
  d.tables = [table([{ name: '公务接待费', values: ['0.0008', '0.0010', '-0.0020'] }], ['本年', '上年', '增长率'], '元')];
  assert.equal(runRule(rule, d).length, 0);
});

test('table-change-percent: a table whose percentages mostly fail was misread: nothing said', () => {
  const d = seedModel();
  d.tables = [
    table(
      [
        { name: '2023年', values: ['10', '20', '30'] },
        { name: '2024年', values: ['11', '22', '33'] },
        { name: '增减%', values: ['50', '60', '10'] },
      ],
      ['合计', '甲', '乙'],
    ),
  ];
  assert.deepEqual(runRule(rule, d), []);
  d.tables[0].rows = [
    { name: '2023年', values: ['10.00', '20.00', '30.00'] },
    { name: '2024年', values: ['11.00', '22.00', '33.00'] },
    { name: '增减%', values: ['10.00', '10.00', '10.05'] },
  ];
  assert.deepEqual(
    runRule(rule, d).map((x) => x.severity),
    ['warning'],
  );
});
