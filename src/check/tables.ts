/**
 * Reading one figure out of a standard table (disclosure.tables) for the cross-table rules (勾稽 XT): the table of a
 * kind, its total row, a side row of a two-sided table (收支总表), a column by its header, the 功能类 rows; and the
 * comparison of two cells that state the same figure. Values are Decimal strings in 万元 (exact).
 */
import { add, compare, trim, type Decimal } from '../model/decimal.ts';
import type { Evidence, Table, TableRow } from '../model/index.ts';
import { columnOf, hasValues, rowLabel, tableOf } from '../model/table-access.ts';
import type { Draft } from './engine.ts';
import { compareEqual, compareSum, figuresOf, money, type Comparison } from './tolerance.ts';
import { locate } from './text.ts';
import type { SourceDocument } from '../read/document.ts';
import { misread } from './table-sums.ts';

/** One figure read from a table: where (table, row, column) and what. */
export interface Cell {
  table: Table;
  row: TableRow;
  /** the column it was read from (-1 when it sums several rows or columns) */
  col: number;
  value: Decimal;
  /** rows it adds up, when the figure is a sum of several (决算 人员经费合计 + 公用经费合计) */
  rows?: TableRow[];
}

/** The total row of a one-sided table (合计/总计, or the only row of a table printed as one line). */
export function totalRow(t: Table): TableRow | undefined {
  const filled = (r: TableRow) => r.values.some((v) => v !== null);
  return (
    t.rows.find((r) => r.level === 'total' && /^(合计|总计)$/.test(rowLabel(r.name)) && filled(r)) ??
    (t.rows.length === 1 && !t.rows[0].name.trim() && filled(t.rows[0]) ? t.rows[0] : undefined)
  );
}

/** The first row of a side (两栏 tables: 收支总表, 财政拨款收支总表) whose label matches, optionally before a row. */
export function sideRow(t: Table, side: 'income' | 'expenditure', re: RegExp, before?: TableRow): TableRow | undefined {
  const end = before ? t.rows.indexOf(before) : t.rows.length;
  return t.rows.slice(0, end < 0 ? t.rows.length : end).find((r) => (r.side ?? side) === side && re.test(rowLabel(r.name)));
}

const CARRY = /结转|结余/;
const ZERO = /^-?0(\.0*)?$/;

/** The grand total row of a side of a 收支总表 (收入总计 / 支出合计 / 总计: with 上年结转, 结转下年). */
export function grandRow(t: Table, side: 'income' | 'expenditure'): TableRow | undefined {
  return sideRow(t, side, side === 'income' ? /^收入(总计|合计)$|^总计$/ : /^支出(总计|合计)$|^总计$/);
}

/**
 * This year's total row of a side of a 收支总表: 本年收入合计 / 本年支出合计 (预算 also 当年…小计); in a 预算 that
 * prints none, the grand total when no 结转 row carries an amount (then it is this year's).
 */
export function yearRow(t: Table, side: 'income' | 'expenditure', kind: 'budget' | 'final'): TableRow | undefined {
  const word = side === 'income' ? '收入' : '支出';
  const year = sideRow(t, side, new RegExp(kind === 'final' ? `^本年${word}合计$` : `^(本年|当年)${word}(合计|小计)$`));
  if (year || kind === 'final') return year;
  const carried = t.rows.some((r) => (r.side ?? side) === side && CARRY.test(r.name) && r.values.some((v) => v !== null && !ZERO.test(v)));
  return carried ? undefined : grandRow(t, side);
}

/** The first value a row prints (the 合计 / 预算数 / 决算数 of its side). */
export function firstCell(t: Table, r: TableRow | undefined): Cell | undefined {
  const col = r ? r.values.findIndex((v) => v !== null) : -1;
  return r && col >= 0 ? { table: t, row: r, col, value: r.values[col]! } : undefined;
}

/**
 * The value of a row in a column. A blank cell in a row that prints other values is 0 (TOT-11); a row that prints
 * nothing gives nothing (it may not have been read).
 */
export function cellAt(t: Table, r: TableRow | undefined, col: number): Cell | undefined {
  if (!r || col < 0 || col >= r.values.length || !r.values.some((v) => v !== null)) return undefined;
  return { table: t, row: r, col, value: r.values[col] ?? '0' };
}

/** A table printed without any value (空表, 本表无数据): its total is 0. */
export function emptyTotal(t: Table): Cell | undefined {
  if (hasValues(t)) return undefined;
  return { table: t, row: t.rows[0] ?? { name: '合计', values: [] }, col: -1, value: '0' };
}

/** A fund table's 本年支出 合计 (政府性基金 / 国有资本经营 / 一般公共预算 function tables): 0 when printed empty. */
export function fundTableTotal(t: Table | undefined): Cell | undefined {
  if (!t) return undefined;
  const r = totalRow(t);
  const col = columnOf(t, /^(合计|小计|金额)$|本年支出(合计|小计)$/, /年初|上年|全年/);
  return (col >= 0 ? cellAt(t, r, col) : undefined) ?? firstCell(t, r) ?? emptyTotal(t);
}

/**
 * All 财政拨款 is 一般公共预算: the 政府性基金 table is published and spends nothing, and so does the 国有资本经营
 * table where there is one (then a 财政拨款 table and its 一般公共预算 table state the same figures).
 */
export function onlyGeneralFunds(tables: readonly Table[]): boolean {
  const fund = fundTableTotal(tableOf(tables, 'fundExpenditure'));
  const capitalTable = tableOf(tables, 'capitalExpenditure');
  const capital = fundTableTotal(capitalTable);
  const zero = (c: Cell | undefined) => !!c && ZERO.test(c.value);
  return zero(fund) && (!capitalTable || zero(capital));
}

/** 功能类 rows by name: the 3-digit coded rows of a function table, or the 支出 side rows of a 收支总表 named …支出. */
export function classRows(t: Table, side?: 'expenditure'): Map<string, TableRow> {
  const out = new Map<string, TableRow>();
  for (const r of t.rows) {
    const name = rowLabel(r.name);
    const isClass = side
      ? r.side === side && r.level !== 'total' && /支出$/.test(name) && !NOT_CLASS.test(name)
      : r.level === '类' && /^\d{3}$/.test(r.code ?? '') && !!name;
    if (isClass && !out.has(name)) out.set(name, r);
  }
  return out;
}

const NOT_CLASS = /基本支出|项目支出|本年支出|当年支出|支出(合计|总计|小计)|机动经费|结转|结余|^合计$|^总计$/;

/** Several cells of one table added up (人员经费合计 + 公用经费合计). */
export function sumCells(cells: (Cell | undefined)[]): Cell | undefined {
  const cs = cells.filter((c): c is Cell => !!c);
  if (!cs.length) return undefined;
  if (cs.length === 1) return cs[0];
  return { table: cs[0].table, row: cs[0].row, col: -1, value: add(...cs.map((c) => c.value)), rows: cs.map((c) => c.row) };
}

export function evidenceOfCell(c: Cell): Evidence[] {
  return (c.rows ?? [c.row]).map((r) => {
    const row = [r.code, r.name.trim()].filter(Boolean).join(' ');
    return {
      ...(r.evidence ?? c.table.evidence ?? { text: r.name }),
      table: c.table.title,
      ...(row ? { row } : {}),
      ...(c.col >= 0 && c.table.columns[c.col] ? { column: c.table.columns[c.col] } : {}),
      text: r.evidence?.text ?? (r.name || c.table.title),
    };
  });
}

/** How a cell is named in a message: 表名「行」（列）. */
export function describe(c: Cell, what?: string): string {
  const row = (c.rows ?? [c.row])
    .map((r) => rowLabel(r.name))
    .filter(Boolean)
    .join('＋');
  const col = c.col >= 0 ? c.table.columns[c.col]?.replace(/\//g, '') : undefined;
  return `${c.table.title}${row ? `「${row}」` : ''}${what ?? (col && !/^(金额|预算数|决算数|项目)$/.test(col) ? `（${col}）` : '')}`;
}

export interface AgreeOptions {
  /** what the figure is, for the message (“本年收入合计”) */
  what: string;
  /** severity of a disagreement beyond rounding (the caller knows how sure the reading of the two tables is) */
  far: 'error' | 'warning';
  suggestion?: string;
}

/** An amount for a message: 万元 with at least two decimals, the trailing zeros of a 元 conversion dropped. */
export const show = (d: Decimal) => money(trim(d));

/** A difference within rounding: between two printings of one figure a slip; against a sum of rounded parts, rounding. */
const roundingNote = (a: Cell, others: Cell[]) =>
  others.length > 1 || a.rows || others.some((o) => o.rows) ? '（在各项四舍五入范围内，但两表应一致）' : '（在四舍五入范围内，但同一数字应一致）';

function draft(c: Comparison, a: Cell, others: Cell[], opts: AgreeOptions, parts: string): Draft[] {
  if (c.verdict === 'exact') return [];
  // one figure printed twice is the same number: even a difference within rounding is a slip of one of the tables;
  // a table whose own sums largely fail was not read right, and a disagreement with it is no more than a warning
  // (more lenient than table-sums: the cell in question may itself break two or three of its table's sums)
  const readRight = [a, ...others].every((x) => !misread(x.table, { floor: 4, share: 0.2 }));
  const severity = c.verdict === 'far' && readRight ? opts.far : 'warning';
  return [
    {
      severity,
      message: `${opts.what}：${describe(a)}为${show(a.value)}万元，${parts}为${show(c.expected)}万元，相差${show(c.difference)}万元${c.verdict === 'rounding' ? roundingNote(a, others) : ''}`,
      evidence: [a, ...others].flatMap(evidenceOfCell),
      figures: figuresOf(c),
      suggestion: opts.suggestion ?? '核对两张表中的同一数字，更正有误的一处',
    },
  ];
}

/** Two tables state the same figure: equal (exactly, or within the rounding of both)? */
export function agree(a: Cell | undefined, b: Cell | undefined, opts: AgreeOptions): Draft[] {
  if (!a || !b) return [];
  return draft(compareEqual(a.value, b.value, 0), a, [b], opts, describe(b));
}

/** A figure of one table equals the sum of figures of other tables (财政拨款支出合计 = Σ fund tables). */
export function agreeSum(a: Cell | undefined, parts: (Cell | undefined)[], opts: AgreeOptions): Draft[] {
  const ps = parts.filter((p): p is Cell => !!p);
  if (!a || ps.length < 2) return [];
  const c = compareSum(
    a.value,
    ps.map((p) => p.value),
    0,
  );
  return draft(c, a, ps, opts, ps.map((p) => describe(p)).join('＋'));
}

/** a ≤ b (within rounding)? The comparison when a exceeds b beyond rounding. */
export function exceeds(a: Decimal, b: Decimal): Comparison | undefined {
  const c = compareEqual(a, b, 0);
  return c.verdict === 'far' && compare(a, b) > 0 ? c : undefined;
}

/** Evidence for a table's 空表说明: the note's own line when the text shows it (near the table), else the table's. */
export function emptyNoteEvidence(t: Table, docs: SourceDocument[], near?: Evidence): Evidence {
  const note = t.emptyNote ?? '';
  const at = locate(docs, t.evidence ?? near, note.replace(/\s+/g, '').slice(0, 12), 200);
  return { ...(at ?? { text: '' }), table: t.title, text: note };
}
