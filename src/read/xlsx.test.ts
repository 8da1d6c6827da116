import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import ExcelJS from 'exceljs';
import { readDocument } from './index.ts';
import { decimalOf, formatNumber } from './xlsx.ts';
import { CORPUS_ORIGINAL } from '../../test/shared.ts';

test('numbers print as Excel prints them, without float artefacts', () => {
  assert.equal(decimalOf(447.01000000000005), '447.01');
  assert.equal(decimalOf(0.1 + 0.2), '0.3');
  assert.equal(decimalOf(-0), '0');
  assert.equal(formatNumber(447.01000000000005, '#,##0.00'), '447.01');
  assert.equal(formatNumber(37151.4655, '#,##0.00'), '37,151.47');
  assert.equal(formatNumber(1.005, '0.00'), '1.01'); // the double is 1.00499999999999989…; Excel shows 1.01
  assert.equal(formatNumber(447.015, '0.00'), '447.02');
  assert.equal(formatNumber(21601733, '#,##0.00_ '), '21,601,733.00');
  assert.equal(formatNumber(21601733, '#,##0_ ;[Red]-#,##0 '), '21,601,733');
  assert.equal(formatNumber(-2544.5, '#,##0.00'), '-2,544.50');
  assert.equal(formatNumber(0.1234, '0.00%'), '12.34%');
  assert.equal(formatNumber(12.5, '0.00"万元"'), '12.50万元');
  assert.equal(formatNumber(1234.5), '1234.5');
  assert.equal(formatNumber(1234.5, 'General'), '1234.5');
  assert.equal(formatNumber(-0.001, '0.00'), '0.00');
});

async function sample(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('部门支出总表');
  ws.mergeCells('A1:D1');
  ws.getCell('A1').value = '2025年部门支出预算总表';
  ws.mergeCells('A2:C2');
  ws.getCell('A2').value = '编制部门：上海市普陀区商务委员会';
  ws.getCell('D2').value = '单位：元';
  ws.mergeCells('A3:A4');
  ws.getCell('A3').value = '科目编码';
  ws.mergeCells('B3:B4');
  ws.getCell('B3').value = '科目名称';
  ws.mergeCells('C3:D3');
  ws.getCell('C3').value = '支出预算';
  ws.getCell('C4').value = '合计';
  ws.getCell('D4').value = '基本支出';
  const rows: [string, string, number, number | { formula: string; result: number }][] = [
    ['201', '一般公共服务支出', 447.01000000000005, 12291733],
    ['20113', '商贸事务', 0.1 + 0.2, { formula: 'C6*2', result: 0.6000000000000001 }],
  ];
  rows.forEach((r, i) => {
    const row = ws.getRow(5 + i);
    row.values = r as ExcelJS.CellValue[];
    row.getCell(3).numFmt = '#,##0.00';
    row.getCell(4).numFmt = '#,##0.00_ ';
  });
  ws.getCell('A8').value = '注：本表金额单位为元。';
  const hidden = wb.addWorksheet('helper');
  hidden.getCell('A1').value = 'secret';
  hidden.state = 'hidden';
  const notes = wb.addWorksheet('编制说明');
  notes.mergeCells('A1:A5');
  notes.getCell('A1').value = { richText: [{ text: '    2025年收入预算' }, { text: '37,151.47万元。\n' }, { text: '    支出预算37,151.47万元。' }] };
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

test('an XLSX sheet reads back as a table with merged cells repeated and exact printed numbers', async () => {
  const d = await readDocument('sample.xlsx', await sample());
  assert.equal(d.format, 'xlsx');
  assert.equal(d.tables.length, 1, 'the hidden sheet and the narrative sheet give no table');
  const t = d.tables[0];
  assert.equal(t.caption, '部门支出总表');
  assert.deepEqual(t.rows, [
    ['科目编码', '科目名称', '支出预算', '支出预算'],
    ['科目编码', '科目名称', '合计', '基本支出'],
    ['201', '一般公共服务支出', '447.01', '12,291,733.00'],
    ['20113', '商贸事务', '0.30', '0.60'],
  ]);
  const texts = d.lines.map((l) => l.text);
  // title and unit rows come before the table, notes after; merged cells once per line
  assert.deepEqual(texts.slice(0, 2), ['2025年部门支出预算总表', '编制部门：上海市普陀区商务委员会\t单位：元']);
  assert.equal(t.afterLine, 2);
  assert.equal(texts[2], '科目编码\t科目名称\t支出预算');
  assert.ok(texts.includes('注：本表金额单位为元。'));
  assert.ok(!texts.some((l) => l.includes('secret')), 'hidden sheets are not read');
  // the narrative cell merged over five rows is read once, one line per paragraph line
  assert.deepEqual(
    texts.filter((l) => l.includes('37,151.47')),
    ['    2025年收入预算37,151.47万元。', '    支出预算37,151.47万元。'],
  );
  assert.equal(d.pages, 2);
});

test('the corpus workbooks read (templates and check sheets)', async () => {
  for (const f of ['007.xlsx', '008.xlsx', 't-department-budget-template.xlsx', 't-unit-budget-template.xlsx']) {
    const file = path.join(CORPUS_ORIGINAL, f);
    const d = await readDocument(f, new Uint8Array(readFileSync(file)));
    assert.ok(d.lines.length > 10, f);
    assert.ok(d.tables.length >= 1, f);
    for (const t of d.tables)
      assert.ok(
        t.rows.every((r) => r.length === t.rows[0].length),
        `${f}: rectangular rows`,
      );
  }
  const tpl = await readDocument('t.xlsx', new Uint8Array(readFileSync(path.join(CORPUS_ORIGINAL, 't-department-budget-template.xlsx'))));
  const captions = tpl.tables.map((t) => t.caption);
  assert.ok(captions.includes('部门收支总表') && captions.includes('部门支出总表'), captions.join(','));
  const income = tpl.tables.find((t) => t.caption === '部门收入总表')!;
  assert.deepEqual(income.rows[2].slice(0, 4), ['类', '款', '项', '功能分类科目名称']);
  assert.deepEqual(income.rows[3].slice(0, 4), ['205', '', '', '教育支出']);
});
