/**
 * Tables the input format carries as grids (HTML <table>, DOCX tables, XLSX sheets): the same Table as
 * for layout text. Header rows are the rows above the first data row; a column's name joins its distinct
 * header cells top-down (merged cells are repeated in the grid); code cells (类/款/项 or joined) make the
 * code; summary tables split into their 收入/支出 sides at each label column.
 */
import type { SourceDocument, SourceTable } from '../../read/document.ts';
import type { Table, TableRow } from '../../model/table.ts';
import { isAmountCell, parseAmount, toWan, unitOf, type TableUnit } from './amounts.ts';
import { isLabelHeader } from './header.ts';
import { compactName, isTotalName, levelOfCode, NUMBERED } from './rows.ts';
import { cleanTitle, isEmptyNote, isTitleText, kindOfTitle } from './titles.ts';

const CODE = /^\d{2,7}$/;
const PLACEHOLDER = /^[…．.。]+$/;

export function nativeTables(doc: SourceDocument): Table[] {
  const out: Table[] = [];
  for (const t of doc.tables) {
    const table = readGrid(t, doc);
    if (table) out.push(table);
  }
  return out;
}

function titleOf(t: SourceTable, doc: SourceDocument, grid: string[][]): { text: string; line?: number; titleRows: number } | undefined {
  // a title inside the grid: a first row whose cells are all the same title (merged across)
  let titleRows = 0;
  let text: string | undefined;
  for (const row of grid.slice(0, 3)) {
    const cells = [...new Set(row.map((c) => c.trim()).filter(Boolean))];
    if (cells.length === 1 && isTitleText(cells[0])) {
      text = cells[0];
      titleRows++;
    } else if (cells.every((c) => unitOf(c) || /^(编制)?(部门|单位)[:：]/.test(c))) titleRows += text ? 1 : 0;
    else break;
  }
  if (text) return { text, titleRows };
  for (let i = t.afterLine; i >= Math.max(0, t.afterLine - 4); i--) {
    const line = doc.lines[i]?.text.trim();
    if (line && isTitleText(line)) return { text: line, line: i, titleRows: 0 };
  }
  if (t.caption && isTitleText(t.caption)) return { text: t.caption, titleRows: 0 };
  if (t.caption) return { text: t.caption, titleRows: 0 };
  return undefined;
}

function unitNear(t: SourceTable, doc: SourceDocument, grid: string[][], titleLine: number | undefined): TableUnit | undefined {
  for (const row of grid.slice(0, 4))
    for (const c of row) {
      const u = unitOf(c);
      if (u) return u;
    }
  for (let i = t.afterLine; i >= Math.max(0, titleLine ?? t.afterLine); i--) {
    const u = doc.lines[i] && unitOf(doc.lines[i].text);
    if (u) return u;
  }
  return undefined;
}

function isDataRow(row: string[]): boolean {
  const first = compactName(row.find((c) => c.trim()) ?? '');
  return (
    row.some((c) => isAmountCell(c) && /\d/.test(c) && !CODE.test(c.trim())) ||
    CODE.test(first) ||
    NUMBERED.test(first) ||
    (/^(合计|总计)$/.test(first) && row.every((c) => !c.trim() || isAmountCell(c) || compactName(c) === first))
  );
}

function readGrid(t: SourceTable, doc: SourceDocument): Table | undefined {
  const grid = t.rows.map((r) => r.map((c) => (c ?? '').toString()));
  const found = titleOf(t, doc, grid);
  if (!found) return undefined;
  const { title, number } = cleanTitle(found.text);
  const kind = kindOfTitle(title) === 'other' && isThreePublicHeader(grid) ? 'threePublic' : kindOfTitle(title);
  const unit = unitNear(t, doc, grid, found.line) ?? '万元';
  const body = grid.slice(found.titleRows).filter((r) => !r.every((c) => !c.trim() || unitOf(c) || /^(编制)?(部门|单位)[:：]/.test(c.trim())));
  let h = t.headerRows ?? body.findIndex(isDataRow);
  if (h < 0) h = body.length;
  const header = body.slice(0, h);
  const width = Math.max(0, ...body.map((r) => r.length));
  const names = Array.from({ length: width }, (_, j) => columnName(header, j));
  const data = body.slice(h);
  const label = names.map((n, j) => isLabelColumn(n, data, j));
  const sided = kind === 'summary' || kind === 'appropriationSummary';
  const groups = sideGroups(label, sided);
  const rows: TableRow[] = [];
  let emptyNote: string | undefined;
  for (const [ri, r] of data.entries()) {
    const joined = r.join('');
    if (isEmptyNote(joined) && r.filter((c) => c.trim()).length <= 2) {
      emptyNote = [...new Set(r.map((c) => c.trim()).filter(Boolean))].join('');
      continue;
    }
    groups.forEach((g, k) => {
      const row = rowOf(r, g, label, names, unit, sided ? k : -1, width);
      if (!row) return;
      row.evidence = {
        page: t.page,
        table: title,
        row: [row.code, row.name].filter(Boolean).join(' '),
        text: [...new Set(r.filter((c) => c.trim()))].join(' | '),
      };
      if (t.page === undefined) delete row.evidence.page;
      if (t.headerRows !== undefined && doc.lines[t.afterLine + 1]) row.evidence.line = doc.lines[t.afterLine + 1].no;
      void ri;
      rows.push(row);
    });
  }
  const columns = sided ? names : names.filter((_, j) => !label[j]);
  if (!sided) for (const r of rows) r.values = r.values.filter((_, j) => !label[j]);
  const table: Table = { kind, title, unit, columns, rows };
  if (number) table.number = number;
  if (emptyNote) table.emptyNote = emptyNote;
  const evLine = found.line !== undefined ? doc.lines[found.line] : undefined;
  table.evidence = { text: found.text, ...(evLine ? { line: evLine.no } : {}), ...(t.page ? { page: t.page } : {}) };
  if (!rows.length && !emptyNote && !header.length) return undefined;
  return table;
}

/** A grid whose header (or first column) names the “三公” items is a “三公” table whatever its caption says. */
function isThreePublicHeader(grid: string[][]): boolean {
  const head = [...grid.slice(0, 3).flat(), ...grid.map((r) => r[0] ?? '')].map(compactName).join('|');
  return /因公出国/.test(head) && /接待/.test(head) && /车/.test(head);
}

function columnName(header: string[][], j: number): string {
  const parts: string[] = [];
  for (const row of header) {
    const c = compactName(row[j] ?? '');
    if (c && parts.at(-1) !== c) parts.push(c);
  }
  return parts.join('/');
}

function isLabelColumn(name: string, data: string[][], j: number): boolean {
  const leaf = name.split('/').at(-1) ?? '';
  if (leaf && isLabelHeader(leaf)) return true;
  if (/名称|编码|项目$/.test(leaf)) return true;
  const cells = data.map((r) => (r[j] ?? '').trim()).filter(Boolean);
  return cells.length > 0 && cells.every((c) => !isAmountCell(c) || CODE.test(c)) && cells.some((c) => !isAmountCell(c));
}

/** Column index groups: one per side (a run of label columns then its value columns). */
function sideGroups(label: boolean[], sided: boolean): number[][] {
  const all = label.map((_, j) => j);
  if (!sided) return [all];
  const groups: number[][] = [];
  label.forEach((isLabel, j) => {
    if (isLabel && (j === 0 || !label[j - 1])) groups.push([]);
    if (!groups.length) groups.push([]);
    groups.at(-1)!.push(j);
  });
  return groups;
}

function rowOf(r: string[], cols: number[], label: boolean[], names: string[], unit: TableUnit, side: number, width: number): TableRow | undefined {
  let code = '';
  let name = '';
  const values: (string | null)[] = new Array(width).fill(null);
  let any = false;
  for (const j of cols) {
    const c = (r[j] ?? '').trim();
    if (label[j]) {
      const joined = /^([1-9]\d{2}(?:\d{2}){0,2})\s*([\u4e00-\u9fff].*)$/.exec(c);
      if (joined && !code && !name) {
        code = joined[1];
        name = compactName(joined[2]);
      } else if (CODE.test(c) && (!code || c.length === 2)) code += c;
      else if (c && !PLACEHOLDER.test(c) && !name && !/^(类|款|项)$/.test(c)) name = compactName(c);
      continue;
    }
    if (!c) continue;
    const v = isAmountCell(c) ? parseAmount(c) : null;
    if (v !== null) {
      values[j] = toWan(v, unit);
      any = true;
    }
  }
  void names;
  if (!name && !code && !any) return undefined;
  if (PLACEHOLDER.test(name) || (!name && !code && !any)) return undefined;
  const row: TableRow = { name, values };
  if (code && code.length >= 3) {
    row.code = code;
    const level = levelOfCode(code);
    if (level) row.level = level;
  } else row.level = isTotalName(name) ? 'total' : 'item';
  if (side >= 0) row.side = side === 0 ? 'income' : 'expenditure';
  return row;
}
