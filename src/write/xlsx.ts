/**
 * XLSX (exceljs): one sheet per standard table, a first sheet with the narrative. Each table sheet has the title
 * row, the unit row, the merged header rows, then the rows: amounts are numbers with the 0.00 format, written
 * as values (no formulas: exceljs has no formula engine and a formula without its result reads back empty).
 */
import ExcelJS from 'exceljs';
import { scaleOf, toNumber } from '../model/index.ts';
import { headerGrid, type HeaderCell, type WrittenDoc, type WrittenTable } from './doc.ts';

const thin = { style: 'thin' as const, color: { argb: 'FF000000' } };
const box = { top: thin, left: thin, bottom: thin, right: thin };
const FONT = '宋体';

/** Excel sheet names: at most 31 characters, none of []:*?/\ . */
function sheetName(t: WrittenTable, used: Set<string>): string {
  const base = `${t.number ? `${t.number} ` : ''}${t.title}`.replace(/[[\]:*?/\\]/g, '').slice(0, 31);
  let name = base;
  for (let i = 2; used.has(name); i++) name = `${base.slice(0, 28)}(${i})`;
  used.add(name);
  return name;
}

/** Place header cells on the grid starting at (row, col), merging spans. */
function putHeader(ws: ExcelJS.Worksheet, grid: HeaderCell[][], top: number, left: number, depth: number): void {
  const taken = new Set<string>();
  grid.forEach((row, i) => {
    let col = left;
    for (const c of row) {
      while (taken.has(`${top + i}:${col}`)) col++;
      const rowSpan = i === 0 && c.rowSpan === grid.length ? depth : c.rowSpan;
      const r2 = top + i + rowSpan - 1;
      const c2 = col + c.colSpan - 1;
      for (let r = top + i; r <= r2; r++) for (let k = col; k <= c2; k++) taken.add(`${r}:${k}`);
      if (r2 > top + i || c2 > col) ws.mergeCells(top + i, col, r2, c2);
      const cell = ws.getCell(top + i, col);
      cell.value = c.text;
      col = c2 + 1;
    }
  });
}

function tableSheet(ws: ExcelJS.Worksheet, t: WrittenTable): void {
  const left = headerGrid(t.labels, t.columns);
  const right = t.twoSided ? headerGrid(t.twoSided.rightLabels, t.twoSided.rightColumns) : [];
  const leftWidth = t.labels.length + t.columns.length;
  const width = leftWidth + (t.twoSided ? t.twoSided.rightLabels.length + t.twoSided.rightColumns.length : 0);
  ws.mergeCells(1, 1, 1, width);
  ws.getCell(1, 1).value = t.title;
  ws.getCell(1, 1).font = { name: '黑体', size: 16 };
  ws.getCell(1, 1).alignment = { horizontal: 'center' };
  ws.mergeCells(2, 1, 2, width);
  ws.getCell(2, 1).value = `单位：${t.unit}`;
  ws.getCell(2, 1).alignment = { horizontal: 'right' };
  let top = 3;
  if (t.twoSided) {
    ws.mergeCells(3, 1, 3, leftWidth);
    ws.getCell(3, 1).value = t.twoSided.left;
    ws.mergeCells(3, leftWidth + 1, 3, width);
    ws.getCell(3, leftWidth + 1).value = t.twoSided.right;
    top = 4;
  }
  const depth = Math.max(left.length, right.length, 1);
  putHeader(ws, left, top, 1, depth);
  if (t.twoSided) putHeader(ws, right, top, leftWidth + 1, depth);
  const headerEnd = top + depth - 1;
  for (let r = 3; r <= headerEnd; r++) {
    ws.getRow(r).height = 30; // room for headers that wrap to two lines
    for (let c = 1; c <= width; c++) {
      const cell = ws.getCell(r, c);
      cell.font = { name: '黑体', size: 10.5 };
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      cell.border = box;
    }
  }
  let r = headerEnd + 1;
  const put = (col: number, v: string | null, numeric: boolean) => {
    const cell = ws.getCell(r, col);
    if (v !== null && v !== '') {
      if (numeric) {
        cell.value = toNumber(v);
        cell.numFmt = scaleOf(v) > 2 ? `0.${'0'.repeat(scaleOf(v))}` : '0.00';
      } else cell.value = v;
    }
    cell.border = box;
    cell.font = { name: FONT, size: 10.5 };
    cell.alignment = numeric ? { horizontal: 'right', vertical: 'middle' } : { vertical: 'middle', wrapText: true };
  };
  for (const row of t.rows) {
    let c = 1;
    if (t.twoSided || t.labels.length === 1) put(c++, row.name, false);
    else if (t.labels.length === 2) {
      put(c++, row.code ?? '', false);
      put(c++, row.name, false);
    }
    for (const v of row.values) put(c++, v, true);
    if (t.twoSided) {
      put(c++, row.right?.name ?? '', false);
      for (const v of row.right?.values ?? t.twoSided.rightColumns.map(() => null)) put(c++, v, true);
    }
    if (row.level === 'total') for (let k = 1; k <= width; k++) ws.getCell(r, k).font = { name: FONT, size: 10.5, bold: true };
    r++;
  }
  if (t.emptyNote) {
    ws.mergeCells(r, 1, r, width);
    ws.getCell(r, 1).value = t.emptyNote;
  }
  // widths: labels wide, amounts 14
  const kinds: number[] = [];
  if (t.twoSided) kinds.push(30, ...t.columns.map(() => 14), 30, ...t.twoSided.rightColumns.map(() => 14));
  else kinds.push(...(t.labels.length === 2 ? [12, 30] : t.labels.length === 1 ? [30] : []), ...t.columns.map(() => 14));
  kinds.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.views = [{ state: 'frozen', ySplit: headerEnd }];
  ws.pageSetup = {
    paperSize: 9,
    orientation: width > 6 ? 'landscape' : 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: `${top}:${headerEnd}`,
  };
}

export async function renderXlsx(doc: WrittenDoc): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'yusuan';
  const used = new Set<string>();
  const text = wb.addWorksheet(sheetName({ title: '情况说明' } as WrittenTable, used));
  text.getColumn(1).width = 120;
  let r = 1;
  for (const line of doc.title) {
    text.getCell(r, 1).value = line;
    text.getCell(r++, 1).font = { name: '黑体', size: 16 };
  }
  for (const b of doc.blocks) {
    if (b.t === 'heading' || b.t === 'para') {
      const cell = text.getCell(r++, 1);
      cell.value = b.text;
      cell.alignment = { wrapText: true, vertical: 'top' };
      cell.font = { name: b.t === 'heading' ? '黑体' : '仿宋', size: 12 };
    }
  }
  for (const b of doc.blocks) if (b.t === 'table') tableSheet(wb.addWorksheet(sheetName(b.table, used)), b.table);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
