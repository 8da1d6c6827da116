/**
 * The figure keys (shared/spec/figures.tsv) that the standard tables give: totals, income by source,
 * basic/project, expenditure by function class, the appropriation tables, 三公, 机关运行经费 and 政府采购.
 * 决算 conventions: income.total = 本年收入合计, expenditure.total = 本年支出合计, `.budget` = 年初预算/预算数.
 */
import { abs, add, compare, sub, type Decimal } from '../../model/decimal.ts';
import type { Evidence } from '../../model/evidence.ts';
import type { Table, TableRow } from '../../model/table.ts';
import { columnOf, hasValues, rowLabel, tableOf } from '../../model/table-access.ts';
import type { FigureKey, FlatKey } from '../../model/figure-keys.ts';

export interface TableFigure {
  value: Decimal;
  evidence: Evidence;
}

/** Figures by flat key: a key that is not in the figure catalogue (src/model/figure-keys.ts) does not compile. */
type Out = { [K in FlatKey]?: TableFigure };

const plainOf = new WeakMap<TableRow, string>();
/** rowLabel of a row, computed once. */
function plainRow(r: TableRow): string {
  let p = plainOf.get(r);
  if (p === undefined) {
    p = rowLabel(r.name);
    plainOf.set(r, p);
  }
  return p;
}

/** The first column matching the first pattern that any column matches. */
function firstCol(t: Table, res: readonly RegExp[], exclude?: RegExp): number {
  for (const re of res) {
    const i = columnOf(t, re, exclude);
    if (i >= 0) return i;
  }
  return -1;
}

/** The first value column of a row's side (合计/预算数/决算数/金额). */
function firstValue(_t: Table, r: TableRow): { value: Decimal; col: number } | undefined {
  const i = r.values.findIndex((v) => v !== null);
  return i < 0 ? undefined : { value: r.values[i]!, col: i };
}

function put(out: Out, key: FlatKey, t: Table, r: TableRow, col: number, value?: Decimal | null): void {
  const v = value ?? r.values[col];
  if (v === null || v === undefined || key in out) return;
  out[key] = {
    value: v,
    evidence: { ...(r.evidence ?? { text: r.name }), table: t.title, row: [r.code, r.name].filter(Boolean).join(' '), column: t.columns[col] },
  };
}

function putFirst(out: Out, key: FlatKey, t: Table | undefined, r: TableRow | undefined): void {
  if (!t || !r) return;
  const f = firstValue(t, r);
  if (f) put(out, key, t, r, f.col);
}

const totalRow = (t: Table): TableRow | undefined =>
  t.rows.find((r) => r.level === 'total' && /^(合计|总计)$/.test(rowLabel(r.name)) && r.values.some((v) => v !== null)) ??
  t.rows.find((r) => r.level === 'total' && r.values.some((v) => v !== null)) ??
  (t.rows.length === 1 || t.rows.every((r) => !r.name) ? t.rows.find((r) => r.values.some((v) => v !== null)) : undefined) ??
  classSum(t);

/**
 * A function table printed without its 合计 row (cut off, or never printed): the sum of its 类 rows, column by
 * column, with the table title as evidence.
 */
function classSum(t: Table): TableRow | undefined {
  const classes = t.rows.filter((r) => r.level === '类' && r.code?.length === 3 && r.values.some((v) => v !== null));
  if (!classes.length || t.rows.some((r) => r.level === 'total')) return undefined;
  const values = t.columns.map((_, j) => {
    const vs = classes.map((r) => r.values[j]).filter((v): v is Decimal => v !== null && v !== undefined);
    return vs.length ? add(...vs) : null;
  });
  return { name: '合计', level: 'total', values, evidence: { ...(t.evidence ?? { text: t.title }), row: '类 rows summed' } };
}

function sideRow(t: Table | undefined, side: 'income' | 'expenditure', ...res: RegExp[]): TableRow | undefined {
  if (!t) return undefined;
  for (const re of res) {
    const r = t.rows.find((x) => (x.side ?? side) === side && re.test(plainRow(x)) && x.values.some((v) => v !== null));
    if (r) return r;
  }
  return undefined;
}

export function figuresFromTables(tables: Table[], kind: 'budget' | 'final'): Record<string, TableFigure> {
  const out: Out = {};
  summaryFigures(out, tables, kind);
  expenditureFigures(out, tables);
  generalFigures(out, tables);
  emptyFundFigures(out, tables);
  threePublicFigures(out, tables, kind);
  otherFigures(out, tables);
  return out as Record<string, TableFigure>;
}

/** A 收入总表 listed by source (江苏: 收入总计 / 一般公共预算资金 / … / 其他收入), not by function code. */
function incomeSourceFigures(out: Out, tables: readonly Table[]): void {
  const t = tables.find((x) => x.kind === 'income' && x.rows.length && x.rows.every((r) => !r.code));
  if (!t) return;
  const find = (re: RegExp) => t.rows.find((r) => re.test(rowLabel(r.name)) && r.values.some((v) => v !== null));
  putFirst(out, 'income.business', t, find(/^事业收入$/));
  putFirst(out, 'income.operating', t, find(/^(事业单位)?经营收入$/));
  putFirst(out, 'income.other', t, find(/^其他收入$/));
}

function summaryFigures(out: Out, tables: readonly Table[], kind: 'budget' | 'final'): void {
  const s = tableOf(tables, 'summary');
  incomeSourceFigures(out, tables);
  if (!s) return;
  const totalIn = kind === 'final' ? [/^本年收入合计$/, /^收入合计$/] : [/^收入总计$/, /^收入合计$/, /^(本年|当年)收入(合计|小计)$/, /^总计$/];
  const totalOut = kind === 'final' ? [/^本年支出合计$/, /^支出合计$/] : [/^支出总计$/, /^支出合计$/, /^(本年|当年)支出(合计|小计)$/, /^总计$/];
  putFirst(out, 'income.total', s, sideRow(s, 'income', ...totalIn));
  putFirst(out, 'expenditure.total', s, sideRow(s, 'expenditure', ...totalOut));
  putFirst(out, 'income.general', s, sideRow(s, 'income', /^一般公共预算(资金|拨款|拨款收入|财政拨款收入|财政拨款)?$/));
  putFirst(out, 'income.fund', s, sideRow(s, 'income', /^政府性基金(预算)?(资金|拨款|拨款收入|财政拨款收入|财政拨款)?$/));
  putFirst(out, 'income.capital', s, sideRow(s, 'income', /^国有资本经营(预算)?(资金|拨款|拨款收入|财政拨款收入|财政拨款)?$/));
  putFirst(out, 'income.business', s, sideRow(s, 'income', /^事业收入$/));
  putFirst(out, 'income.operating', s, sideRow(s, 'income', /^(事业单位)?经营收入$/));
  putFirst(out, 'income.other', s, sideRow(s, 'income', /^其他收入$/));
  putFirst(out, 'income.carryover', s, sideRow(s, 'income', /^(上年结转|年初结转)(和结余|结余|[（(]结余[)）])?(资金)?$/));
  putFirst(out, 'expenditure.basic', s, sideRow(s, 'expenditure', /^基本支出$/));
  putFirst(out, 'expenditure.project', s, sideRow(s, 'expenditure', /^项目支出$/));
  putSplit(out, 'expenditure', s, sideRow(s, 'expenditure', ...totalOut));
}

/** 人员经费 and 公用经费 of 基本支出, where a table gives them as columns (model keys, not printed figure keys). */
function putSplit(out: Out, prefix: 'expenditure' | 'general', t: Table | undefined, total: TableRow | undefined): void {
  if (!t || !total) return;
  for (const [key, re] of [
    ['personnel', /人员经费$/],
    ['publicFunds', /公用经费$/],
  ] as const) {
    const c = columnOf(t, re);
    if (c >= 0) put(out, `${prefix}.${key}`, t, total, c);
  }
}

const NOT_CLASS = /基本支出|项目支出|本年支出|支出(合计|总计|小计)|机动经费|结转|结余|^合计$|^总计$/;

function expenditureFigures(out: Out, tables: readonly Table[]): void {
  const e = tableOf(tables, 'expenditure');
  if (e) {
    const total = totalRow(e);
    if (total) {
      const c = firstCol(e, [/决算数$/, /合计$/, /^金额$/], /年初|上年|全年/);
      put(out, 'expenditure.total', e, total, c >= 0 ? c : (firstValue(e, total)?.col ?? 0));
      const b = columnOf(e, /基本支出$/);
      const p = columnOf(e, /项目支出$/);
      if (b >= 0) put(out, 'expenditure.basic', e, total, b);
      if (p >= 0) put(out, 'expenditure.project', e, total, p);
      putSplit(out, 'expenditure', e, total);
    }
    for (const r of e.rows) if (r.level === '类' && r.name) putFirst(out, `expenditure.function.${rowLabel(r.name)}`, e, r);
  }
  if (Object.keys(out).some((k) => k.startsWith('expenditure.function.'))) return;
  const s = tableOf(tables, 'summary');
  for (const r of s?.rows ?? []) {
    const name = rowLabel(r.name);
    if (r.side !== 'expenditure' || !/支出$/.test(name) || NOT_CLASS.test(name)) continue;
    putFirst(out, `expenditure.function.${name}`, s!, r);
  }
}

function generalFigures(out: Out, tables: readonly Table[]): void {
  const a = tableOf(tables, 'appropriationSummary');
  putFirst(out, 'general.income', a, sideRow(a, 'income', /^一般公共预算(资金|拨款|拨款收入|财政拨款收入|财政拨款)?$/));
  const g = tableOf(tables, 'generalExpenditure');
  const total = g && totalRow(g);
  if (g && total) {
    const c = firstCol(g, [/决算数$/, /合计$/, /^金额$/, /预算数$/], /年初|上年|全年/);
    put(out, 'general.expenditure', g, total, c >= 0 ? c : (firstValue(g, total)?.col ?? 0));
    const b = columnOf(g, /基本支出$/);
    const p = columnOf(g, /项目支出$/);
    if (b >= 0) put(out, 'general.basic', g, total, b);
    if (p >= 0) put(out, 'general.project', g, total, p);
    putSplit(out, 'general', g, total);
    const budget = columnOf(g, /年初预算/);
    if (budget >= 0) put(out, 'general.expenditure.budget', g, total, budget);
  }
  // 用途 side of the appropriation summary (江苏: 一、基本支出 二、项目支出)
  putFirst(out, 'general.basic', a, sideRow(a, 'expenditure', /^基本支出$/));
  putFirst(out, 'general.project', a, sideRow(a, 'expenditure', /^项目支出$/));
  const gb = tableOf(tables, 'generalBasic', /一般公共预算/);
  const gbt = gb && totalRow(gb);
  if (gb && gbt && gb.columns.length <= 3) putFirst(out, 'general.basic', gb, gbt);
  putSplit(out, 'general', gb, gbt);
}

/** 政府性基金 / 国有资本经营 tables: their total, or 0 where the table is printed empty. */
function emptyFundFigures(out: Out, tables: readonly Table[]): void {
  for (const [kind, key] of [
    ['fundExpenditure', 'fund.expenditure'],
    ['capitalExpenditure', 'capital.expenditure'],
  ] as const) {
    const t = tableOf(tables, kind);
    if (!t) continue;
    const total = totalRow(t);
    if (total) {
      const c = columnOf(t, /^(合计|金额|小计)$|本年支出\/?(合计|小计)$/);
      put(out, key, t, total, c >= 0 && total.values[c] !== null ? c : firstValue(t, total)!.col);
      continue;
    }
    if (!hasValues(t)) {
      const r = t.rows[0] ?? { name: '', values: [] };
      out[key] = {
        value: '0',
        evidence: { ...(r.evidence ?? t.evidence ?? { text: t.title }), table: t.title, text: t.emptyNote ?? t.evidence?.text ?? t.title },
      };
    }
  }
}

/** The “三公” items by the names tables give them, rows or columns. */
const THREE_PUBLIC_ITEMS: [FigureKey, RegExp, RegExp?][] = [
  ['threePublic.total', /^合计$|^总计$|三公[^/]*合计$/],
  ['threePublic.abroad', /因公出国/],
  ['threePublic.vehicle', /(公务用车|公车)(费|购置及运行(维护)?费)$/],
  ['threePublic.vehiclePurchase', /购置费?$/, /小计$/],
  ['threePublic.vehicleOperation', /运行(维护)?费?$/, /购置及运行(维护)?费?$|小计$/],
  ['threePublic.reception', /公务接待/],
];

/**
 * A “三公” table printed with the items as rows and 预算数/决算数 as columns (a page's small table): each row
 * gives its item's figure, and in a 决算 its budget.
 */
function itemRows(out: Out, t: Table, kind: 'budget' | 'final'): boolean {
  const col = (re: RegExp) => t.columns.findIndex((c) => re.test(c));
  const finalCol = col(/决算/);
  const budgetCol = col(/预算/);
  const valueCol = kind === 'final' ? finalCol : budgetCol >= 0 ? budgetCol : t.columns.length === 1 ? 0 : -1;
  if (valueCol < 0 || t.columns.length > 3) return false;
  const name = (r: Table['rows'][number]) => rowLabel(r.name).replace(/^(其中[:：]?|\d+[.、])/, '');
  const named = THREE_PUBLIC_ITEMS.map(([key, re, not]) => [key, t.rows.find((r) => re.test(name(r)) && !(not && not.test(name(r))))] as const);
  if (named.filter(([, r]) => r).length < 3) return false;
  // trusted only where the rows add up: a layout misread into rows would not
  const at = (k: FigureKey) => named.find(([key]) => key === k)?.[1]?.values[valueCol] ?? '0';
  const total = named[0][1]?.values[valueCol];
  if (total == null || compare(abs(sub(total, add(at('threePublic.abroad'), at('threePublic.vehicle'), at('threePublic.reception')))), '0.015') > 0)
    return false;
  // a blank cell is 0, except where both parts of the 公务用车 item are blank under an amount: not broken down
  const rowOf = (k: FigureKey) => named.find(([key]) => key === k)?.[1];
  const notBrokenDown = (c: number) =>
    VEHICLE_PARTS.every((k) => rowOf(k)?.values[c] == null) && compare(rowOf('threePublic.vehicle')?.values[c] ?? '0', '0') !== 0;
  const putCell = (key: FlatKey, r: TableRow, c: number) => {
    if (!(VEHICLE_PARTS.some((k) => key.startsWith(k)) && notBrokenDown(c))) put(out, key, t, r, c, r.values[c] ?? '0');
  };
  for (const [key, r] of named) {
    if (!r) continue;
    putCell(key, r, valueCol);
    if (kind === 'final' && budgetCol >= 0 && budgetCol !== valueCol) putCell(`${key}.budget`, r, budgetCol);
  }
  return true;
}

/** The two parts of 公务用车购置及运行维护费. */
const VEHICLE_PARTS: FigureKey[] = ['threePublic.vehiclePurchase', 'threePublic.vehicleOperation'];

/** Rows by year (“2015年”, “2016年”): the latest is the figure, the one before it last year's. */
function yearRows(t: Table): { row: Table['rows'][number]; prev?: Table['rows'][number] } | undefined {
  const years = t.rows.map((r) => ({ r, y: /^(20\d\d)\s*年度?$/.exec(rowLabel(r.name))?.[1] })).filter((x) => x.y);
  if (years.length < 2) return undefined;
  years.sort((a, b) => Number(b.y) - Number(a.y));
  return { row: years[0].r, prev: years.find((x) => Number(x.y) === Number(years[0].y) - 1)?.r };
}

function threePublicFigures(out: Out, tables: readonly Table[], kind: 'budget' | 'final'): void {
  const t = tableOf(tables, 'threePublic');
  if (!t) return;
  if (t.rows.some((r) => r.values.some((v) => v !== null)) && itemRows(out, t, kind)) return;
  const byYear = yearRows(t);
  // rows 预算数 / 决算数 (the standard 决算 table): the 决算数 row is the figure, the 预算数 row its budget
  const rowNamed = (re: RegExp) => t.rows.find((r) => re.test(rowLabel(r.name)) && r.values.some((v) => v !== null));
  const finalRow = kind === 'final' ? rowNamed(/^决算数?$/) : undefined;
  const budgetRow = finalRow ? rowNamed(/^预算数?$/) : undefined;
  const row = byYear?.row ?? finalRow ?? t.rows.find((r) => r.values.some((v) => v !== null));
  if (!row) {
    if (t.emptyNote) out['threePublic.total'] = { value: '0', evidence: { ...(t.evidence ?? { text: t.title }), text: t.emptyNote } };
    return;
  }
  const paired = t.columns.some((c) => /\/(预算数|决算数)$/.test(c));
  const cols = (suffix: 'value' | 'budget') =>
    t.columns
      .map((name, i) => ({ name, i }))
      .filter(({ name }) => !paired || (suffix === 'budget' ? /预算数$/.test(name) : /决算数$/.test(name)) || (kind === 'budget' && /预算数$/.test(name)));
  for (const suffix of paired ? (['value', 'budget'] as const) : (['value'] as const)) {
    const cs = cols(suffix);
    const item = (n: string) => n.replace(/\/(预算数|决算数)$/, '').replace(/\//g, '');
    const find = (re: RegExp, not?: RegExp) => cs.find(({ name }) => re.test(item(name)) && !(not && not.test(item(name))));
    const abroad = find(/因公出国/);
    const smalls = cs.filter(({ name }) => /小计$/.test(item(name)));
    const vehicle = find(/(公务用车|公车)购置及运行(维护)?费(合计)?$/) ?? smalls.find((c) => !abroad || c.i > abroad.i);
    const purchase = find(/购置费?$/, /小计$|合计$/);
    const operation = find(/运行(维护)?费?$/, /购置及运行(维护)?费?$|小计$|合计$/);
    const reception = find(/公务接待/);
    const meetingLike = cs.some(({ name }) => /会议费|培训费/.test(item(name)));
    const total = (meetingLike ? smalls.find((c) => abroad && c.i < abroad.i) : undefined) ?? (meetingLike ? undefined : find(/^合计$|三公[^/]*合计$/));
    const sfx = suffix === 'budget' ? '.budget' : '';
    const each: [FigureKey, { i: number } | undefined][] = [
      ['threePublic.total', total],
      ['threePublic.abroad', abroad],
      ['threePublic.vehicle', vehicle],
      ['threePublic.vehiclePurchase', purchase],
      ['threePublic.vehicleOperation', operation],
      ['threePublic.reception', reception],
    ];
    for (const [key, c] of each) if (c) put(out, `${key}${sfx}`, t, row, c.i, row.values[c.i] ?? '0');
    const prev = byYear?.prev;
    if (prev && !sfx) for (const [key, c] of each) if (c && prev.values[c.i] != null) put(out, `${key}.prev`, t, prev, c.i, prev.values[c.i]!);
    if (budgetRow && !sfx)
      for (const [key, c] of each) if (c && budgetRow.values[c.i] != null) put(out, `${key}.budget`, t, budgetRow, c.i, budgetRow.values[c.i]!);
    const oc = find(/机关运行经费/);
    if (oc && !sfx) put(out, 'operatingCost', t, row, oc.i, row.values[oc.i] ?? '0');
  }
}

/** 机关运行经费 and 政府采购 tables, where published. */
function otherFigures(out: Out, tables: readonly Table[]): void {
  const oc = tables.find((t) => t.kind === 'other' && /机关运行经费/.test(t.title) && hasValues(t));
  const ocTotal = oc && totalRow(oc);
  if (oc && ocTotal) putFirst(out, 'operatingCost', oc, ocTotal);
  const pr = tables.find((t) => /政府采购/.test(t.title) && hasValues(t));
  if (!pr) return;
  const prTotal = totalRow(pr);
  if (prTotal) putFirst(out, 'procurement.total', pr, prTotal);
  for (const [key, re] of [
    ['procurement.goods', /^货物[A-Z]?$|^货物(类|采购)?$/],
    ['procurement.works', /^工程[A-Z]?$|^工程(类|采购)?$/],
    ['procurement.services', /^服务[A-Z]?$|^服务(类|采购)?$/],
  ] as const) {
    putFirst(
      out,
      key,
      pr,
      pr.rows.find((r) => re.test(rowLabel(r.name))),
    );
  }
}
