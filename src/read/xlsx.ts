/**
 * XLSX (the standard tables as departments fill them in Excel or WPS): each visible sheet becomes a native
 * table (merged cells repeated into every position they cover) and lines (title rows, the 编制部门/单位 row,
 * notes, and the table rows themselves, cells separated by tabs as the HTML reader does). Numbers are written
 * as Excel prints them: the stored binary double is first taken to 15 significant digits (as Excel does), then
 * rounded half-up to the decimals of the cell's number format — 447.01000000000005 reads "447.01", never a
 * float artefact. The ZIP is checked first (zip-guard.ts).
 */
import { round, shift } from '../model/decimal.ts';
import { ReadError, type SourceDocument, type SourceLine, type SourceTable } from './document.ts';
import { guardZip, limitXml } from './zip-guard.ts';

/** A finite number as a plain decimal string of at most 15 significant digits (no exponent). */
export function decimalOf(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  const s = v.toLocaleString('en-US', { useGrouping: false, maximumSignificantDigits: 15 });
  return s === '-0' ? '0' : s;
}

interface NumberFormat {
  decimals: number;
  grouping: boolean;
  percent: boolean;
  prefix: string;
  suffix: string;
  /** no digit placeholder at all: General, @, or text */
  general: boolean;
}

/** The parts of an Excel number format that decide how a number prints (its first, positive section). */
export function parseNumFmt(fmt: string | undefined): NumberFormat {
  const plain: NumberFormat = { decimals: 0, grouping: false, percent: false, prefix: '', suffix: '', general: true };
  if (!fmt || /^general$/i.test(fmt) || fmt === '@') return plain;
  const section = fmt.split(';')[0];
  // literal text: "..." and \x kept; _x (padding) and *x (fill) dropped; [Red], [$-804], [>100] dropped
  const tokens: { lit: boolean; s: string }[] = [];
  for (let i = 0; i < section.length; i++) {
    const c = section[i];
    if (c === '"') {
      const end = section.indexOf('"', i + 1);
      tokens.push({ lit: true, s: section.slice(i + 1, end < 0 ? undefined : end) });
      i = end < 0 ? section.length : end;
    } else if (c === '\\') tokens.push({ lit: true, s: section[++i] ?? '' });
    else if (c === '_' || c === '*') i++;
    else if (c === '[') i = Math.max(i, section.indexOf(']', i));
    else tokens.push({ lit: false, s: c });
  }
  const code = tokens
    .filter((t) => !t.lit)
    .map((t) => t.s)
    .join('');
  const first = tokens.findIndex((t) => !t.lit && /[0#?]/.test(t.s));
  if (first < 0) return plain;
  let last = first;
  tokens.forEach((t, i) => {
    if (!t.lit && /[0#?.,%]/.test(t.s)) last = Math.max(last, i);
  });
  const number = code.match(/[0#?][0#?,.]*/)?.[0] ?? '';
  const dot = number.indexOf('.');
  return {
    decimals: dot < 0 ? 0 : (number.slice(dot + 1).match(/[0#?]/g) ?? []).length,
    grouping: /[0#?],[0#?]/.test(number),
    percent: code.includes('%'),
    prefix: tokens
      .slice(0, first)
      .map((t) => t.s)
      .join('')
      .trim(),
    suffix: tokens
      .slice(last + 1)
      .filter((t) => t.lit || !/[%]/.test(t.s))
      .map((t) => t.s)
      .join('')
      .trim(),
    general: false,
  };
}

const group = (int: string) => int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** A number as Excel prints it under numFmt (exact decimal rounding, half away from zero). */
export function formatNumber(v: number, numFmt?: string): string {
  const f = parseNumFmt(numFmt);
  let d = decimalOf(v);
  if (!/^-?\d+(\.\d+)?$/.test(d)) return d;
  if (f.general) return d;
  if (f.percent) d = shift(d, 2);
  d = round(d, f.decimals);
  if (/^-0(\.0+)?$/.test(d)) d = d.slice(1);
  const negative = d.startsWith('-');
  const [int, frac] = (negative ? d.slice(1) : d).split('.');
  const body = (f.grouping ? group(int) : int) + (frac ? '.' + frac : '');
  return `${negative ? '-' : ''}${f.prefix}${body}${f.percent ? '%' : ''}${f.suffix}`;
}

type CellValue = import('exceljs').CellValue;

const pad = (n: number) => String(n).padStart(2, '0');

/** The printed text of a cell value. */
export function cellText(value: CellValue, numFmt?: string): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return formatNumber(value, numFmt);
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return '';
    const date = `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
    if (numFmt && /年/.test(numFmt)) return `${value.getUTCFullYear()}年${value.getUTCMonth() + 1}月${/d/.test(numFmt) ? `${value.getUTCDate()}日` : ''}`;
    return date;
  }
  if (typeof value === 'object') {
    const o = value as unknown as Record<string, unknown>;
    if (Array.isArray(o.richText)) return (o.richText as { text?: string }[]).map((r) => r.text ?? '').join('');
    // eslint-disable-next-line @typescript-eslint/no-base-to-string -- exceljs gives the error as a string ('#N/A')
    if ('error' in o) return String(o.error ?? '');
    if ('result' in o || 'formula' in o || 'sharedFormula' in o) {
      const r = o.result as CellValue | undefined;
      return r === undefined || (typeof r === 'object' && r !== null && 'error' in (r as object)) ? '' : cellText(r, numFmt);
    }
    if ('text' in o) return cellText(o.text as CellValue, numFmt);
  }
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- the objects exceljs gives were handled above
  return String(value);
}

/** More cells than any budget table; a sheet claiming more is cut (its used range is read only this far). */
const MAX_ROWS = 20_000;
const MAX_COLS = 200;
/** The worksheets and shared strings of a workbook: exceljs holds about 20 bytes in memory per byte of them (bench/limits.ts). */
export const MAX_XLSX_XML = 24 * 1024 * 1024;
/** Cells covered by merged ranges in the whole workbook: exceljs makes an object for every one of them. */
export const MAX_MERGED_CELLS = 200_000;

/** Column letters → number (A → 1, XFD → 16384). */
const columnNumber = (letters: string) => [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);

/**
 * Merged ranges are checked in the sheets' XML before exceljs loads them: it expands a merge into every cell it
 * covers, and one range C10:XFD1048576 in a 2 KB file is 17 billion cells.
 */
function checkMerges(file: string, sheets: { name: string; data?: Uint8Array }[]): void {
  let covered = 0;
  for (const sheet of sheets) {
    if (!sheet.data) continue;
    const xml = new TextDecoder().decode(sheet.data);
    for (const m of xml.matchAll(/<(?:\w+:)?mergeCell\b[^>]*?\bref="([A-Z]{1,3})(\d{1,7}):([A-Z]{1,3})(\d{1,7})"/g)) {
      const rows = Math.abs(Number(m[4]) - Number(m[2])) + 1;
      const cols = Math.abs(columnNumber(m[3]) - columnNumber(m[1])) + 1;
      const range = `${m[1]}${m[2]}:${m[3]}${m[4]}`;
      if (Math.max(Number(m[2]), Number(m[4])) > MAX_ROWS || Math.max(columnNumber(m[1]), columnNumber(m[3])) > MAX_COLS) {
        throw new ReadError(
          file,
          `a merged range ${range} (${rows} rows × ${cols} columns) reaches beyond any budget table (${MAX_ROWS} rows, ${MAX_COLS} columns): refused`,
        );
      }
      covered += rows * cols;
      if (covered > MAX_MERGED_CELLS)
        throw new ReadError(file, `merged ranges cover more than ${MAX_MERGED_CELLS} cells: far more than any budget table, refused`);
    }
  }
}

interface Cell {
  /** printed text, trimmed */
  text: string;
  /** printed text with its leading indentation (paragraph cells) */
  raw: string;
  /** address of the merge's top-left cell (the cell itself when not merged) */
  master: string;
}

const clean = (s: string) => s.replace(/\r\n?/g, '\n').replace(/[ \t\u00a0]+$/gm, '');

export async function readXlsx(file: string, bytes: Uint8Array): Promise<SourceDocument> {
  const isSheet = (name: string) => /^xl\/worksheets\/[^/]+\.xml$/i.test(name);
  const entries = guardZip(file, bytes, isSheet);
  if (!entries.some((e) => e.name === 'xl/workbook.xml')) throw new ReadError(file, 'not an Excel workbook (the archive has no xl/workbook.xml)');
  limitXml(file, entries, /^xl\/(worksheets\/[^/]+|sharedStrings)\.xml$/i, MAX_XLSX_XML, 'the workbook');
  checkMerges(
    file,
    entries.filter((e) => isSheet(e.name)),
  );
  const ExcelJS = (await import('exceljs')).default;
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch (e) {
    throw new ReadError(file, `the Excel workbook cannot be read (${(e as Error).message})`);
  }
  const lines: SourceLine[] = [];
  const tables: SourceTable[] = [];
  const push = (text: string, page: number) => lines.push({ no: lines.length + 1, page, text });
  let sheetNo = 0;
  for (const ws of wb.worksheets) {
    if (ws.state === 'hidden' || ws.state === 'veryHidden') continue;
    sheetNo++;
    const grid: Cell[][] = [];
    const lastRow = Math.min(ws.actualRowCount ? ws.rowCount : 0, MAX_ROWS);
    let width = 0;
    for (let r = 1; r <= lastRow; r++) {
      const row = ws.getRow(r);
      const cells: Cell[] = [];
      const n = Math.min(row.cellCount, MAX_COLS);
      for (let c = 1; c <= n; c++) {
        const cell = row.getCell(c);
        const src = cell.isMerged ? cell.master : cell;
        const raw = clean(cellText(src.value, src.numFmt)).replace(/^\n+|\s+$/g, '');
        cells.push({ text: raw.trim(), raw, master: src.address });
      }
      while (cells.length && !cells[cells.length - 1].text) cells.pop();
      width = Math.max(width, cells.length);
      grid.push(cells);
    }
    const rows = grid.filter((r) => r.some((c) => c.text));
    if (!rows.length) continue;
    // Distinct non-empty cells of a row (a merged cell counts once).
    const masters = (r: Cell[]) => new Set(r.filter((c) => c.text).map((c) => c.master)).size;
    const isHeading = (r: Cell[]) => masters(r) <= 2 && r.some((c) => /单位[:：]|编制(部门|单位)[:：]/.test(c.text));
    const first = rows.findIndex((r) => masters(r) >= 2 && !isHeading(r));
    let last = -1;
    rows.forEach((r, i) => {
      if (masters(r) >= 2) last = i;
    });
    // In lines a merged cell is written once, at its first row (a paragraph merged down 15 rows is one paragraph).
    const seen = new Set<string>();
    const lineOf = (r: Cell[]) => r.filter((c) => c.text && !seen.has(c.master) && seen.add(c.master)).map((c) => c.raw);
    const emitLines = (rs: typeof rows) => {
      for (const r of rs) {
        const cells = lineOf(r);
        if (!cells.length) continue;
        // a single cell may hold a whole paragraph or several (narrative sheets): one line per paragraph line
        if (cells.length === 1)
          for (const l of cells[0].split('\n')) {
            if (l.trim()) push(l, sheetNo);
          }
        else push(cells.map((c) => c.trim().replace(/\s*\n\s*/g, '')).join('\t'), sheetNo);
      }
    };
    if (first < 0) {
      emitLines(rows);
      continue;
    }
    emitLines(rows.slice(0, first));
    const body = rows.slice(first, last + 1);
    tables.push({
      rows: body.map((r) => Array.from({ length: width }, (_, i) => (r[i]?.text ?? '').replace(/\s*\n\s*/g, ''))),
      afterLine: lines.length,
      page: sheetNo,
      caption: ws.name,
    });
    emitLines(body);
    emitLines(rows.slice(last + 1));
  }
  return { file, format: 'xlsx', lines, tables, pages: sheetNo };
}
