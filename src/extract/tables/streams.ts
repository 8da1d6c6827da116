/**
 * Tables a web page printed one cell per line, as portals flatten them when a page is copied or converted:
 * “项 目 | / 预 算 数 | / 合 计 | / 30.8 |” (a cell and its bar on one line) or “年度 / | / 合计 / | / …” (the bar on
 * a line of its own; two bars in a row are an empty cell). The cells are read back into rows: the header is
 * what precedes the first row label followed by an amount, and each row is a label and as many amounts as the
 * first row has. A header one cell longer than a row names a group over the columns after it (“公车购置及运行
 * 维护费 / 合计 / 车辆购置 / 车辆运行”).
 */
import type { SourceLine, SourceTable } from '../../read/document.ts';

const BAR_ONLY = /^\s*\|\s*$/;
const CELL_BAR = /^\s*(.*?)\s*\|\s*$/;
const AMOUNT = /^-?[\d,]+(\.\d+)?%?$/;
/** A line that can be one cell: short, no sentence punctuation. */
const CELL_TEXT = /^[^。；;，,]{1,40}$/;

const compact = (s: string) => s.replace(/\s+/g, '');
const isValue = (c: string) => c === '' || AMOUNT.test(c);

/** The cells of a run of cell lines starting at `from`, and where the run ends. */
function cellsOf(lines: readonly SourceLine[], from: number): { cells: string[]; end: number; bars: number } {
  const cells: string[] = [];
  let pending: string | undefined;
  let bars = 0;
  let i = from;
  for (; i < lines.length; i++) {
    const t = lines[i].text.trim();
    if (!t) continue;
    if (BAR_ONLY.test(t)) {
      cells.push(pending ?? '');
      pending = undefined;
      bars++;
      continue;
    }
    const m = CELL_BAR.exec(t);
    if (m && !m[1].includes('|') && CELL_TEXT.test(m[1] || 'x')) {
      if (pending !== undefined) break;
      cells.push(compact(m[1]));
      bars++;
      continue;
    }
    // a text line is a cell only when a bar follows it
    if (pending !== undefined || !CELL_TEXT.test(t) || t.includes('|')) break;
    pending = compact(t);
  }
  if (pending !== undefined) i--;
  return { cells, end: i, bars };
}

/** Rows from a cell stream, or undefined when the cells do not make a table. */
export function gridOf(cells: string[]): string[][] | undefined {
  const first = cells.findIndex((c, k) => c !== '' && !AMOUNT.test(c) && k > 0 && AMOUNT.test(cells[k + 1] ?? ''));
  if (first < 1) return undefined;
  const header = cells.slice(0, first);
  let n = 0;
  while (first + 1 + n < cells.length && isValue(cells[first + 1 + n]) && !(cells[first + 1 + n] === '' && n >= header.length - 1)) n++;
  if (n < 1) return undefined;
  const rows: string[][] = [];
  for (let k = first; k + n < cells.length + 1 && k < cells.length; k += n + 1) {
    const row = cells.slice(k, k + n + 1);
    if (row.length < n + 1 || isValue(row[0]) || !row.slice(1).every(isValue)) break;
    rows.push(row);
  }
  if (rows.length < 2) return undefined;
  if (header.length === n + 1) return [header, ...rows];
  if (header.length !== n + 2) return undefined;
  // one group header: the cell before a 合计/小计, spanning the columns after it
  const g = header.findIndex((_, k) => k > 0 && /^(合计|小计)$/.test(header[k + 1] ?? ''));
  if (g < 1) return undefined;
  const children = header.slice(g + 1);
  const top = [...header.slice(0, g), ...children.map(() => header[g])];
  const leaf = [...header.slice(0, g), ...children];
  return [top, leaf, ...rows];
}

/** The cell-stream tables of a document, and its lines with those tables blanked. */
export function streamTables(lines: readonly SourceLine[]): { tables: SourceTable[]; lines: readonly SourceLine[] } {
  const tables: SourceTable[] = [];
  let out: SourceLine[] | undefined;
  if (!lines.some((l) => l.text.includes('|'))) return { tables, lines };
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i].text.trim();
    if (!t || !(BAR_ONLY.test(lines[i + 1]?.text ?? '') || CELL_BAR.test(t))) continue;
    const { cells, end, bars } = cellsOf(lines, i);
    const grid = bars >= 6 ? gridOf(cells) : undefined;
    if (!grid) continue;
    // the line above names the table where no “…表” title does (“2016年决算数与2015年决算数对比情况”)
    const above = lines
      .slice(Math.max(0, i - 3), i)
      .map((l) => l.text.trim())
      .filter(Boolean)
      .at(-1);
    const caption = above && above.length <= 40 && !/[。；]/.test(above) ? above : undefined;
    const headerRows = grid.findIndex((r) => r.slice(1).some((c) => AMOUNT.test(c)));
    tables.push({ rows: grid, afterLine: Math.max(0, i - 1), page: lines[i].page, headerRows, ...(caption ? { caption } : {}) });
    out ??= [...lines];
    for (let k = i; k < end; k++) out[k] = { ...out[k], text: '' };
    i = end - 1;
  }
  return { tables, lines: out ?? lines };
}
