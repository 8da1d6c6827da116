/**
 * One table of a layout text (pdftotext -layout, or PDF lines with positioned runs) read into a Table:
 * header lines merged into columns, rows with code/name/level/values, two- and three-sided summary tables
 * split into sides, values printed a line above their label (wrapped cells) joined to their row, wrapped
 * names joined, repeated headers on continuation pages skipped, and the 空表说明 kept.
 */
import type { Segment, SourceLine } from '../../read/document.ts';
import type { Table, TableRow } from '../../model/table.ts';
import { isPercent, parseAmount, toWan, unitOf } from './amounts.ts';
import type { Block } from './blocks.ts';
import { isProse } from './blocks.ts';
import { assignColumns, buildColumns, isLabelHeader, type Column } from './header.ts';
import { compactName, isTotalName, levelOfCode, NUMBERED, splitLine, type RawRow } from './rows.ts';
import { segmentsOf, type Metric } from './segments.ts';
import { cleanTitle, isEmptyNote, isNoteLine, kindOfTitle } from './titles.ts';

const META = /(编制)?(部门|单位)\s*[:：]|^\s*单位\s*[:：]|金额单位/;
const HEADING_STOP = /(情况)?说明$|^第[一二三四五六七八九十]+部分|^附[件表]?[:：]?$/;
/** A table's number printed on its own line before the next title (公开 04 表, 表十一, 附表3). */
const TABLE_NUMBER = /^(部门)?(公开|附)?\s*\d{1,2}\s*表$|^(附)?表\s*[\d一二三四五六七八九十]+$/;
const FOOTER = /^[-—–－_]*\s*(第\s*)?\d{1,3}\s*(页)?\s*[-—–－_]*$|^第\s*\d{1,3}\s*页\s*[，,/／]?\s*共\s*\d{1,3}\s*页$|^\d{1,3}\s*[/／]\s*\d{1,3}$/;

interface Pending {
  segs: Segment[];
  line: number;
}

interface DataLine {
  segs: Segment[];
  line: number;
  adjacent: boolean;
  /** the line's code/labels/amounts, as split once */
  split: ReturnType<typeof splitLine>;
}

interface Ctx {
  lines: readonly SourceLine[];
  metric: Metric;
}

export function readBlock(block: Block, ctx: Ctx): Table {
  const { title, number } = cleanTitle(block.title);
  const kind = kindOfTitle(title);
  const header: Segment[][] = [];
  const headerTexts = new Set<string>();
  const dataLines: DataLine[] = [];
  let emptyNote: string | undefined;
  let inNotes = false;
  let noteLines = 0;
  let dataStarted = false;
  let lastNonBlank = -1;
  for (let i = block.start; i < block.end; i++) {
    const line = ctx.lines[i];
    const text = line.text;
    if (!text.trim()) continue;
    const adjacent = lastNonBlank === i - 1;
    const pageStart = lastNonBlank >= 0 && line.page !== undefined && ctx.lines[lastNonBlank].page !== line.page;
    lastNonBlank = i;
    if (isFooter(ctx.lines, i)) continue;
    if (isNoteLine(text) || (inNotes && (isEmptyNote(text) || (isProse(text) && ++noteLines <= 4)))) {
      inNotes = true;
      if (isEmptyNote(text)) emptyNote = emptyNote ? `${emptyNote}${text.trim()}` : text.trim();
      continue;
    }
    if (inNotes || isProse(text) || (text.includes('表') && TABLE_NUMBER.test(text.trim().replace(/\s+/g, '')))) break;
    const all = segmentsOf(line, ctx.metric);
    const segs = /[:：]|单位/.test(text) ? all.filter((s) => !META.test(s.text)) : all;
    if (!segs.length) continue;
    if (unitOf(text) && segs.length === 0) continue;
    const { code, labels, amounts } = splitLine(segs);
    const labelText = labels.map((l) => compactName(l.text));
    // a repeated header line (not a lone character: “款” may end a wrapped name)
    const onlyHeaderWords =
      !code && !amounts.length && !(labelText.length === 1 && labelText[0].length === 1) && labelText.every((t) => headerTexts.has(t) || isLabelHeader(t));
    if (!dataStarted) {
      const single = labels.length === 1 && !amounts.length && !code;
      const isData =
        Boolean(code) ||
        amounts.some((a) => /\d/.test(a.text)) ||
        (labels.length > 0 && NUMBERED.test(compactName(labels[0].text))) ||
        (single && /^(合计|总计)$/.test(labelText[0]));
      if (!isData) {
        if (HEADING_STOP.test(compactName(text)) && header.length) break;
        header.push(segs);
        labelText.forEach((t) => headerTexts.add(t));
        continue;
      }
      dataStarted = true;
    } else if (onlyHeaderWords) continue;
    // a running head at the top of the next page (no code, no amount, not a numbered row) is no row
    else if (pageStart && !code && !amounts.length && labelText.join('').length > 8 && !NUMBERED.test(labelText[0]) && !isTotalName(labelText[0])) continue;
    else if (!code && !amounts.length && HEADING_STOP.test(compactName(text))) break;
    dataLines.push({ segs, line: i, adjacent, split: { code, labels, amounts } });
  }
  const summary = kind === 'summary' || kind === 'appropriationSummary';
  const columns = buildColumns(header, { sided: summary });
  const twoColumn = !summary && repeatedLabels(columns);
  const sides = summary || twoColumn ? sideBoundaries(dataLines.map((d) => d.segs), twoColumn) : [0];
  const headerRights = sides.map((_, k) => columns.filter((c) => !c.label && sideOfCol(c, sides) === k).at(-1)?.right);
  const raw = collectRows(dataLines, sides, twoColumn, headerRights);
  const rows = valueRows(raw, columns, sides, block, ctx, title, summary);
  const table: Table = {
    kind,
    title,
    unit: block.unit,
    columns: columns.filter((c) => !c.label || sides.length > 1).map((c) => c.name),
    rows,
    evidence: { line: ctx.lines[block.titleLine].no, page: ctx.lines[block.titleLine].page, text: block.title.trim() },
  };
  if (number) table.number = number;
  if (emptyNote) table.emptyNote = emptyNote;
  if (!table.evidence?.page) delete table.evidence?.page;
  return table;
}

function isFooter(lines: readonly SourceLine[], i: number): boolean {
  const t = lines[i].text.trim();
  if (t.length > 16) return false;
  if (!FOOTER.test(t)) return false;
  if (/[-—–－_页第]/.test(t)) return true;
  const page = lines[i].page;
  if (page === undefined) return false;
  const near = (d: number) => {
    for (let j = i + d; j >= 0 && j < lines.length; j += d) if (lines[j].text.trim()) return lines[j].page;
    return undefined;
  };
  return near(1) !== page || near(-1) !== page;
}

/**
 * The x where each side of a multi-sided table starts (收入 | 支出 [| 支出用途]): the labels printed after an
 * amount on the same line start a new side; they cluster by position.
 */
/** A table printed in two column groups (基本支出决算表: 科目编码 科目名称 决算数 | 科目编码 科目名称 决算数). */
function repeatedLabels(columns: readonly Column[]): boolean {
  const seen = new Set<string>();
  for (const c of columns) {
    if (!c.label) continue;
    const leaf = c.name.split('/').at(-1)!;
    if (seen.has(leaf)) return true;
    seen.add(leaf);
  }
  return false;
}

const AMOUNT_LIKE = /^[-−]?[\d,，.]+%?$|^[-—–－]+$/;
const NUMBER_TEXT = /^[-−]?[\d,，.]+%?$/;
const CODE_TOKEN = /^[1-9]\d{2}(?:\d{2}){0,2}$/;

function sideBoundaries(lines: readonly Segment[][], codes: boolean): number[] {
  const starts: number[] = [];
  for (const segs of lines) {
    let seenAmount = false;
    for (const s of segs) {
      const t = s.text.trim();
      const labels = AMOUNT_LIKE.test(t) ? [] : [s];
      const code = codes && CODE_TOKEN.test(t);
      if (code && seenAmount) starts.push(s.x);
      else if (labels.length && seenAmount && !isTotalName(s.text) && !/^[（(]?[1-9]\d*[.．、)）]/.test(s.text)) starts.push(s.x);
      if (!labels.length && !code && /\d/.test(s.text)) seenAmount = true;
    }
  }
  if (!starts.length) return [0];
  starts.sort((a, b) => a - b);
  const clusters: number[][] = [[starts[0]]];
  const gap = 12 * charUnit(lines);
  for (const x of starts.slice(1)) {
    const c = clusters.at(-1)!;
    if (x - c.at(-1)! > gap) clusters.push([x]);
    else c.push(x);
  }
  return [0, ...clusters.map((c) => c[0])];
}

/** Width of one character column: 1 for layout text, the font size for PDF points. */
export function charUnit(lines: readonly Segment[][]): number {
  const w: number[] = [];
  for (const segs of lines) for (const s of segs) if (s.text.length >= 2) w.push((s.right - s.x) / [...s.text].length);
  w.sort((a, b) => a - b);
  return w.length ? Math.max(0.5, w[Math.floor(w.length / 2)]) : 1;
}

function sideOf(s: Segment, sides: readonly number[], isLabel: boolean, labelX: readonly number[]): number {
  let k = 0;
  for (let j = 1; j < sides.length; j++) {
    // a label a little left of the side's usual start still belongs to it (left-aligned text drifts)
    const edge = isLabel ? (labelX[j - 1] + sides[j]) / 2 + (sides[j] - labelX[j - 1]) / 4 : sides[j];
    if ((isLabel ? s.x : (s.x + s.right) / 2) >= edge) k = j;
  }
  return k;
}

function collectRows(
  data: DataLine[],
  sides: readonly number[],
  codes = false,
  headerRights: readonly (number | undefined)[] = [],
): RawRow[] {
  const rows: RawRow[] = [];
  const prev: (RawRow | undefined)[] = sides.map(() => undefined);
  const pending: Pending[][] = sides.map(() => []);
  const labelX = sides.map((x) => x);
  // usual start of each side's labels
  for (const { segs } of data) {
    const first = segs[0];
    if (first && !/\d/.test(first.text)) labelX[0] = Math.min(labelX[0], first.x);
  }
  const rights = sides.length > 1 ? sideRights(data, sides, labelX).map((r, k) => r ?? headerRights[k]) : [];
  for (const { segs, line, adjacent, split: pre } of data) {
    const parts = splitSides(segs, sides, labelX, rights, codes);
    parts.forEach((segsOfSide, k) => {
      if (!segsOfSide.length) return;
      const split = sides.length === 1 && !codes ? pre : splitLine(segsOfSide, codes || sides.length > 1);
      const { code, amounts } = split;
      // header words printed on a data line (“类 款 项   2,336.91”) are no row label
      const headerWords = amounts.length > 0 && split.labels.length > 0 && split.labels.every((l) => isLabelHeader(l.text));
      const labels = headerWords ? [] : split.labels;
      const name = labels.map((l) => compactName(l.text)).join('');
      const p0 = prev[k];
      // a code printed alone, its name and amount on the next line (two-column 基本支出表)
      if (!code && labels.length && p0 && p0.code && !p0.name && !p0.amounts.length && p0.line >= line - 2) {
        p0.name = name;
        p0.nameX = labels[0].x;
        p0.amounts.push(...amounts);
        p0.line = line;
        absorb(p0, pending[k], undefined);
        pending[k] = [];
        return;
      }
      // a name printed on the line above its code
      if (code && !labels.length && p0 && !p0.code && !p0.amounts.length && p0.name && p0.line >= line - 1 && rows.at(-1) === p0) {
        p0.code = code;
        p0.amounts.push(...amounts);
        p0.line = line;
        absorb(p0, pending[k], undefined);
        pending[k] = [];
        return;
      }
      if (!code && !labels.length) {
        pending[k].push({ segs: amounts, line });
        return;
      }
      const p = prev[k];
      const near = p && (adjacent || line - p.line <= 3);
      const wrapped = p && near && p.line >= line - 3 && !code && (!amounts.length || !p.amounts.length) && isContinuation(name, p, labels[0]);
      if (wrapped) {
        p.name += name;
        p.amounts.push(...amounts);
        p.line = Math.max(p.line, line);
        absorb(p, pending[k], undefined);
        pending[k] = [];
        return;
      }
      const row: RawRow = { code, name, amounts: [...amounts], nameX: labels[0]?.x, line, side: k };
      (row as RawRow & { firstLine: number }).firstLine = line;
      absorb(row, pending[k], rows.at(-1));
      pending[k] = [];
      rows.push(row);
      prev[k] = row;
    });
  }
  pending.forEach((left, k) => {
    if (!left.length) return;
    const row: RawRow = { name: '', amounts: [], line: left[0].line, side: k };
    absorb(row, left, undefined);
    rows.push(row);
  });
  return rows;
}

/**
 * The runs of a line by side: a label starts its side's row; amounts after it join it when they stand in
 * its side (or, for a centred total label, anywhere to its right); other amounts go by position.
 */
function splitSides(
  segs: readonly Segment[],
  sides: readonly number[],
  labelX: readonly number[],
  rights: readonly (number | undefined)[] = [],
  codes = false,
): Segment[][] {
  const parts: Segment[][] = sides.map(() => []);
  if (sides.length === 1) {
    parts[0] = [...segs];
    return parts;
  }
  let current = -1;
  let total = false;
  for (const s of segs) {
    const isLabel = !NUMBER_TEXT.test(s.text.trim()) || (codes && CODE_TOKEN.test(s.text.trim()));
    let k = sideOf(s, sides, isLabel, labelX);
    if (isLabel) {
      if (k < current) k = current;
      if (k === current && parts[k].some((p) => NUMBER_TEXT.test(p.text.trim()) && !(codes && CODE_TOKEN.test(p.text.trim())))) {
        k = Math.min(current + 1, sides.length - 1);
      }
      current = k;
      total = isTotalName(s.text);
    } else if (current >= 0 && (k === current || (total && k > current) || nearer(s, current, k, rights))) k = current;
    parts[k].push(s);
  }
  return parts;
}

const COMPLETE = /(支出|收入|经费|拨款|资金|合计|小计|总计|结余|分配|费|事务|管理|运行|补贴|医疗|预算)$/;
const ENDING = /(支出|收入|经费|拨款|资金|费|金|入|出|款|务|理|贴|疗|算|计)$/;

/**
 * A label-only line that finishes the previous row's wrapped name (“…缴费” + “支出”, “…机动经” + “费”): the
 * previous name is cut mid-word and the two together end like a row name.
 */
/** An amount printed a little right of its column: nearer its label's side's amounts than the next side's. */
function nearer(s: Segment, current: number, k: number, rights: readonly (number | undefined)[]): boolean {
  const here = rights[current];
  const there = rights[k];
  return k > current && here !== undefined && there !== undefined && Math.abs(s.right - here) < Math.abs(s.right - there);
}

/** Where each side's amounts usually end (their right edge), from lines that place them plainly. */
function sideRights(data: readonly { segs: Segment[] }[], sides: readonly number[], labelX: readonly number[]): (number | undefined)[] {
  const all: number[][] = sides.map(() => []);
  for (const { segs } of data) {
    splitSides(segs, sides, labelX).forEach((part, k) => {
      for (const s of part) if (NUMBER_TEXT.test(s.text.trim()) && sideOf(s, sides, false, labelX) === k) all[k].push(s.right);
    });
  }
  return all.map((r) => (r.length ? r.sort((a, b) => a - b)[Math.floor(r.length / 2)] : undefined));
}

function isContinuation(name: string, p: RawRow, seg: Segment | undefined): boolean {
  if (!p.name) return true;
  // “当年收入” + “小计”: a total label wrapped after its subject
  if (/^(小计|合计)$/.test(name) && /(收入|支出)$/.test(p.name) && !p.amounts.length && !p.code) return true;
  if (NUMBERED.test(name) || isTotalName(name) || name.length > 8) return false;
  if (COMPLETE.test(p.name) || !ENDING.test(name)) return false;
  return seg === undefined || p.nameX === undefined || Math.abs(seg.x - p.nameX) <= 12 * 4;
}

/** Amounts printed on lines above a row (cells taller than one line) join it where its cells are empty. */
function absorb(row: RawRow, pending: Pending[], before: RawRow | undefined): void {
  for (const p of pending) {
    for (const a of p.segs) {
      const clash = (r: RawRow) => r.amounts.some((b) => a.x < b.right + 1 && b.x < a.right + 1);
      if (!clash(row)) row.amounts.push(a);
      else if (before && !clash(before)) before.amounts.push(a);
    }
  }
  row.amounts.sort((a, b) => a.x - b.x);
}

function valueRows(raw: RawRow[], columns: Column[], sides: readonly number[], block: Block, ctx: Ctx, title: string, summary: boolean): TableRow[] {
  const multi = sides.length > 1;
  let cols = columns.filter((c) => !c.label);
  if (!cols.length) cols = synthesize(raw);
  const outCols = multi ? columns.filter((c) => !c.label || multi) : cols;
  const valueIdx = outCols.map((c, i) => (c.label ? -1 : i));
  const sideCols = sides.map((_, k) =>
    outCols.map((c, i) => ({ c, i })).filter(({ c }) => !c.label && (!multi || sideOfCol(c, sides) === k)),
  );
  const refined = refine(raw, sideCols);
  return raw.map((r) => {
    const k = r.side ?? 0;
    const scols = refined[k];
    const values: (string | null)[] = outCols.map(() => null);
    const at = assignColumns(r.amounts, scols.map((s) => s.pos));
    r.amounts.forEach((a, n) => {
      const j = at[n];
      if (j < 0) return;
      const v = parseAmount(a.text);
      values[scols[j].i] = v === null ? null : isPercent(a.text) ? v : toWan(v, block.unit);
    });
    void valueIdx;
    const line = ctx.lines[r.line];
    const firstLine = ctx.lines[(r as RawRow & { firstLine?: number }).firstLine ?? r.line];
    const row: TableRow = {
      name: r.name,
      values,
      evidence: { line: firstLine.no, page: firstLine.page, table: title, row: [r.code, r.name].filter(Boolean).join(' '), text: firstLine.text.trim() },
    };
    if (!row.evidence?.page) delete row.evidence?.page;
    void line;
    if (r.code) row.code = r.code;
    const level = r.code ? levelOfCode(r.code) : isTotalName(r.name) ? 'total' : 'item';
    if (level) row.level = level;
    if (multi && summary) row.side = k === 0 ? 'income' : 'expenditure';
    return row;
  });
}

function sideOfCol(c: Column, sides: readonly number[]): number {
  let k = 0;
  const cx = (c.x + c.right) / 2;
  for (let j = 1; j < sides.length; j++) if (cx >= sides[j]) k = j;
  return k;
}

/** Columns from the amounts themselves when the header names none: one per cluster of right edges. */
function synthesize(raw: RawRow[]): Column[] {
  const rights = raw.flatMap((r) => r.amounts.map((a) => a.right)).sort((a, b) => a - b);
  const cols: Column[] = [];
  for (const x of rights) {
    const last = cols.at(-1);
    if (last && x - last.right <= 2) last.right = x;
    else cols.push({ name: `列${cols.length + 1}`, x: x - 1, right: x, label: false });
  }
  return cols;
}

/**
 * Column positions from the rows that fill every column of their side: the amounts' own positions are
 * better than header centres (numbers are right-aligned, headers centred and wrapped).
 */
function refine(raw: RawRow[], sideCols: { c: Column; i: number }[][]): { i: number; pos: { x: number; right: number } }[][] {
  return sideCols.map((scols, k) => {
    const sums = scols.map(() => ({ x: 0, right: 0, n: 0 }));
    for (const r of raw) {
      if ((r.side ?? 0) !== k || r.amounts.length !== scols.length) continue;
      r.amounts.forEach((a, j) => {
        sums[j].x += a.x;
        sums[j].right += a.right;
        sums[j].n++;
      });
    }
    return scols.map(({ c, i }, j) => ({
      i,
      pos: sums[j].n >= 1 ? { x: sums[j].x / sums[j].n, right: sums[j].right / sums[j].n } : { x: c.x, right: c.right },
    }));
  });
}
