/**
 * The standard tables of a disclosure (domain.md §1a.4): the 预算 set (部门收支总表 … 国有资本经营预算支出表)
 * and the 决算 set (收入支出决算总表 … 国有资本经营预算财政拨款收入支出决算表). A table the model carries in
 * `tables` is laid out as published; otherwise it is built from the model's figures: rows by classification
 * code, totals computed, cells the model does not state left blank. A fund table with nothing in it keeps its
 * 空表说明 when the model says the fund has none.
 */
import {
  add,
  equal,
  isZero,
  shift,
  sub,
  trim,
  type ClassifiedFigure,
  type Decimal,
  type Disclosure,
  type Figure,
  type Table,
  type TableKind,
} from '../model/index.ts';
import { byCode, economicGroup, functionClassCode, FUNCTION_CLASSES, levelOfCode } from './codes.ts';
import type { WrittenRow, WrittenTable } from './doc.ts';
import { cnNumber, stripInstructions } from './phrases.ts';

type V = Decimal | null;
const v = (f: Figure | undefined): V => f?.value ?? null;

/** Sum of the known values; null when none is known. */
function total(...xs: V[]): V {
  const known = xs.filter((x): x is Decimal => x !== null);
  return known.length ? add(...known) : null;
}

/** A sum only when every part is known. */
function fullSum(...xs: V[]): V {
  return xs.every((x) => x !== null) ? add(...(xs as Decimal[])) : null;
}

/** Classified figures as rows with codes; 类 codes looked up by name when the model has none. */
function classified(list: ClassifiedFigure[]): { code?: string; name: string; level: '类' | '款' | '项'; value: Decimal; figure: Figure }[] {
  return list
    .filter((c) => c.figure.value !== undefined)
    .map((c) => {
      const code = c.code?.replace(/\s+/g, '') ?? (c.level === '类' ? functionClassCode(c.name) : undefined);
      const level = (code && levelOfCode(code)) || c.level;
      return { code, name: c.name, level, value: c.figure.value as Decimal, figure: c.figure };
    });
}

/**
 * Function rows for a column set: the model's rows, with 款 and 类 rows computed from 项 rows (by code) where
 * the model does not give them. `put` places a row's value in the table's columns.
 */
function functionRows(list: ClassifiedFigure[], width: number, put: (value: Decimal) => V[]): WrittenRow[] {
  const rows = classified(list);
  const have = new Set(rows.map((r) => r.code).filter(Boolean));
  const out: WrittenRow[] = rows.map((r) => ({ code: r.code, name: r.name, level: r.level, values: put(r.value) }));
  // parents computed from their children where missing (names unknown: the child's path when given)
  for (const [len, level] of [
    [5, '款'],
    [3, '类'],
  ] as const) {
    const groups = new Map<string, { values: V[]; name?: string }>();
    const fresh = (): { values: V[]; name?: string } => ({ values: Array<V>(width).fill(null) });
    for (const r of out) {
      if (!r.code || r.code.length <= len) continue;
      if (r.code.length !== (len === 5 ? 7 : 5)) continue;
      const p = r.code.slice(0, len);
      if (have.has(p)) continue;
      const g = groups.get(p) ?? fresh();
      g.values = g.values.map((x, i) => total(x, r.values[i] ?? null));
      const src = list.find((c) => c.code?.replace(/\s+/g, '') === r.code);
      g.name ??= src?.path?.[len === 3 ? 0 : 1]?.replace(/[（(][类款项][)）]$/, '') ?? (len === 3 ? functionClassName(p) : undefined);
      groups.set(p, g);
    }
    for (const [code, g] of groups) {
      if (!g.name) continue;
      out.push({ code, name: g.name, level, values: g.values });
      have.add(code);
    }
  }
  return byCode(out);
}

function functionClassName(code: string): string | undefined {
  return FUNCTION_CLASSES.find(([c]) => c === code)?.[1];
}

/** The 合计 row of a coded table: the model's stated totals, else the sum of the 类 rows. */
function totalRow(rows: WrittenRow[], stated: V[], name = '合计'): WrittenRow {
  const top = rows.filter((r) => r.level === '类' || (!r.code && r.level !== 'total'));
  const values = stated.map((s, i) => s ?? total(...top.map((r) => r.values[i] ?? null)));
  return { name, level: 'total', values };
}

const coded = ['科目编码', '科目名称'];

function classTable(id: string, title: string, columns: string[], rows: WrittenRow[], stated: V[], emptyNote?: string): WrittenTable {
  const t: WrittenTable = { id, title, unit: '万元', labels: coded, columns, rows: [totalRow(rows, stated), ...rows] };
  const empty = rows.length === 0 && stated.every((s) => s === null || isZero(s));
  if (empty && emptyNote) t.emptyNote = emptyNote;
  return t;
}

/** When all the money is of one source, a row's total is that source's too: the column can be filled exactly. */
function onlySource(totalValue: V, sources: V[]): number | undefined {
  if (totalValue === null) return undefined;
  const nonZero = sources.map((s, i) => ({ s, i })).filter(({ s }) => s !== null && !isZero(s));
  return nonZero.length === 1 && equal(nonZero[0].s as Decimal, totalValue) ? nonZero[0].i : undefined;
}

/** Income sources numbered 一、二、… in order, leaving out the ones the document does not state. */
function numberedSources(rows: [string, Figure | undefined][]): Side[] {
  return rows.filter(([, f]) => v(f) !== null).map(([name, f], i) => ({ name: `${cnNumber(i + 1)}、${name}`, values: [v(f)] }));
}

/** The rows of one side of a two-sided table: label and value(s). */
interface Side {
  name: string;
  values: V[];
  level?: WrittenRow['level'];
}

function twoSided(
  id: string,
  title: string,
  leftCols: string[],
  rightCols: string[],
  left: Side[],
  right: Side[],
  footer: [Side, Side][],
  head: [string, string],
): WrittenTable {
  const n = Math.max(left.length, right.length);
  const rows: WrittenRow[] = [];
  const blankL: Side = { name: '', values: leftCols.map(() => null) };
  const blankR: Side = { name: '', values: rightCols.map(() => null) };
  for (let i = 0; i < n; i++) {
    const l = left[i] ?? blankL;
    const r = right[i] ?? blankR;
    rows.push({ name: l.name, level: l.level, values: l.values, right: { name: r.name, values: r.values } });
  }
  const blank = (x: Side) => x.values.every((y) => y === null);
  for (const [l, r] of footer)
    if (!(blank(l) && blank(r))) rows.push({ name: l.name, level: 'total', values: l.values, right: { name: r.name, values: r.values } });
  return {
    id,
    title,
    unit: '万元',
    labels: ['项目'],
    columns: leftCols,
    rows,
    twoSided: { left: head[0], right: head[1], rightLabels: ['项目'], rightColumns: rightCols },
  };
}

/** Function 类 rows numbered 一、二、… for the expenditure side of a summary table. */
function classSide(list: ClassifiedFigure[], cols: (c: ReturnType<typeof classified>[number]) => V[]): Side[] {
  const classes = byCode(classified(list).filter((c) => c.level === '类'));
  return classes.map((c, i) => ({ name: `${cnNumber(i + 1)}、${c.name}`, values: cols(c) }));
}

/**
 * A table the model carries, laid out with its own rows. Its columns take the standard headers when the widths
 * agree (extracted headers are often broken across lines), and a missing 合计 row is computed.
 */
function fromModel(t: Table, built: WrittenTable | undefined): WrittenTable {
  const width = Math.max(0, ...t.rows.map((r) => r.values.length));
  const hasCode = t.rows.some((r) => r.code);
  const columns = built && built.columns.length === width ? built.columns : t.columns.slice(Math.max(0, t.columns.length - width));
  while (columns.length < width) columns.push(`金额${columns.length + 1}`);
  // a table printed in 元 is shown in 元 again: its values exactly as the source printed them
  const inYuan = t.unit === '元';
  const show = (x: V): V => (x === null || !inYuan ? x : trim(shift(x, 4)));
  const rows: WrittenRow[] = t.rows.map((r) => ({
    code: r.code,
    name: r.name,
    level: r.level ?? (r.code ? levelOfCode(r.code) : /^(合计|总计)$/.test(r.name.replace(/\s+/g, '')) ? 'total' : undefined),
    values: Array.from({ length: width }, (_, i) => show(r.values[i] ?? null)),
  }));
  if (!rows.some((r) => r.level === 'total')) {
    const stated = built && built.columns.length === width && built.rows[0]?.level === 'total' ? built.rows[0].values.map(show) : Array<V>(width).fill(null);
    rows.unshift(totalRow(rows, stated));
  }
  const note = t.emptyNote ? stripInstructions(t.emptyNote) : built?.emptyNote;
  return {
    id: t.kind,
    title: built?.title ?? t.title,
    number: t.number,
    unit: inYuan ? '元' : '万元',
    labels: hasCode ? coded : ['项目'],
    columns,
    rows,
    ...(note ? { emptyNote: note } : {}),
  };
}

/**
 * Tables laid out from the figures, never copied: the two-halved ones (收入 | 支出), whose rows are not codes, and
 * the “三公” table, which pages print in many shapes (items as rows, years as rows, columns in any order).
 */
const FROM_FIGURES = new Set<TableKind>(['summary', 'appropriationSummary', 'threePublic']);

/** The standard tables for the disclosure's kind, in the standard order. */
export function standardTables(d: Disclosure): WrittenTable[] {
  const built = d.identity.kind === 'final' ? finalTables(d) : budgetTables(d);
  const own = new Map<TableKind, Table>();
  for (const t of d.tables) if (t.kind !== 'other' && !own.has(t.kind)) own.set(t.kind, t);
  const out = built.map((b) => {
    const t = own.get(b.id as TableKind);
    return t && !FROM_FIGURES.has(t.kind) && t.rows.length ? fromModel(t, b) : b;
  });
  for (const t of d.tables) if (t.kind === 'other' && t.rows.length) out.push(fromModel(t, undefined));
  return out.map((t, i) => ({ ...t, number: t.number ?? `表${i + 1}` }));
}

/** 空表说明: 预算 in the seed's wording (无使用…拨款安排的支出), 决算 in the template's (没有…收入和支出). */
function noneNote(d: Disclosure, fund: string): string {
  return d.identity.kind === 'final'
    ? `说明：${d.identity.unit}${d.identity.year}年度没有${fund}财政拨款收入和支出，故本表无数据。`
    : `说明：${d.identity.unit}${d.identity.year}年无使用${fund}拨款安排的支出，故本表无数据。`;
}

function statesNone(f: Disclosure['appropriation']['fund']): boolean {
  return Boolean(f.statedNone) || (f.expenditure?.value !== undefined && isZero(f.expenditure.value) && f.byFunction.length === 0);
}

function budgetTables(d: Disclosure): WrittenTable[] {
  const { income: inc, expenditure: exp, appropriation: ap, threePublic: tp } = d;
  const byFn = exp.byFunction;

  // 1 部门收支总表
  const incomeSide = numberedSources([
    ['一般公共预算拨款收入', inc.general],
    ['政府性基金预算拨款收入', inc.fund],
    ['国有资本经营预算拨款收入', inc.capital],
    ['财政专户管理资金收入', inc.fiscalSpecial],
    ['事业收入', inc.business],
    ['事业单位经营收入', inc.operating],
    ['其他收入', inc.other],
  ]);
  const grandIn = v(inc.grandTotal) ?? (v(inc.total) !== null ? total(v(inc.total), v(inc.carryover)) : null);
  const grandOut = v(exp.grandTotal) ?? (v(exp.total) !== null ? total(v(exp.total), v(exp.carryForward)) : null);
  const t1 = twoSided(
    'summary',
    '部门收支总表',
    ['预算数'],
    ['预算数'],
    incomeSide,
    classSide(byFn, (c) => [c.value]),
    [
      [
        { name: '本年收入合计', values: [v(inc.total)] },
        { name: '本年支出合计', values: [v(exp.total)] },
      ],
      [
        { name: '上年结转', values: [v(inc.carryover)] },
        { name: '结转下年', values: [v(exp.carryForward)] },
      ],
      [
        { name: '收入总计', values: [grandIn] },
        { name: '支出总计', values: [grandOut] },
      ],
    ],
    ['收入', '支出'],
  );

  // 2 部门收入总表
  const incCols = ['合计', '上年结转', '一般公共预算拨款', '政府性基金预算拨款', '国有资本经营预算拨款', '事业收入', '事业单位经营收入', '其他收入'];
  const incTotals: V[] = [grandIn, v(inc.carryover), v(inc.general), v(inc.fund), v(inc.capital), v(inc.business), v(inc.operating), v(inc.other)];
  const only = onlySource(grandIn, incTotals.slice(1));
  const t2 = classTable(
    'income',
    '部门收入总表',
    incCols,
    functionRows(byFn, incCols.length, (x) => incCols.map((_, i) => (i === 0 || (only !== undefined && i === only + 1) ? x : null))),
    incTotals,
  );

  // 3 部门支出总表
  const t3 = classTable(
    'expenditure',
    '部门支出总表',
    ['合计', '基本支出', '项目支出'],
    functionRows(byFn, 3, (x) => [x, null, null]),
    [v(exp.total), v(exp.basic), v(exp.project)],
  );

  // 4 财政拨款收支总表
  const g = ap.general;
  const apIn = v(ap.income) ?? total(v(g.income) ?? v(inc.general), v(ap.fund.income) ?? v(inc.fund), v(ap.capital.income) ?? v(inc.capital));
  const apOut = v(ap.expenditure) ?? total(v(g.expenditure), v(ap.fund.expenditure), v(ap.capital.expenditure));
  const generalClasses = generalByClass(d);
  const t4 = twoSided(
    'appropriationSummary',
    '财政拨款收支总表',
    ['预算数'],
    ['合计', '一般公共预算', '政府性基金预算', '国有资本经营预算'],
    fundRows(d, ['一般公共预算拨款', '政府性基金预算拨款', '国有资本经营预算拨款']),
    classSide(generalClasses, (c) => [c.value, c.value, null, null]),
    [
      [
        { name: '本年收入合计', values: [apIn] },
        { name: '本年支出合计', values: [apOut, v(g.expenditure), v(ap.fund.expenditure), v(ap.capital.expenditure)] },
      ],
      [
        { name: '上年结转', values: [total(v(g.carryover), v(ap.fund.carryover), v(ap.capital.carryover))] },
        {
          name: '结转下年',
          values: [
            total(v(g.carryForward), v(ap.fund.carryForward), v(ap.capital.carryForward)),
            v(g.carryForward),
            v(ap.fund.carryForward),
            v(ap.capital.carryForward),
          ],
        },
      ],
      [
        { name: '收入总计', values: [v(ap.grandTotal) ?? apIn] },
        { name: '支出总计', values: [v(ap.grandTotal) ?? apOut, v(g.expenditure), v(ap.fund.expenditure), v(ap.capital.expenditure)] },
      ],
    ],
    ['收入', '支出'],
  );

  // 5 一般公共预算支出表
  const gCols = ['合计', '基本支出/小计', '基本支出/人员经费', '基本支出/公用经费', '项目支出'];
  const t5 = classTable(
    'generalExpenditure',
    '一般公共预算支出表',
    gCols,
    functionRows(generalItems(d), 5, (x) => [x, null, null, null, null]),
    [v(g.expenditure), v(g.basic), v(g.personnel), v(g.publicFunds), v(g.project)],
  );

  // 6 一般公共预算基本支出表
  const t6 = economicTable(d, '一般公共预算基本支出表', [v(g.basic), v(g.personnel), v(g.publicFunds)]);

  // 7 “三公”经费支出表
  const t7 = threePublicBudget(tp);

  // 8, 9 fund tables
  const t8 = classTable(
    'fundExpenditure',
    '政府性基金预算支出表',
    ['合计', '基本支出', '项目支出'],
    functionRows(ap.fund.byFunction, 3, (x) => [x, null, null]),
    [v(ap.fund.expenditure), v(ap.fund.basic), v(ap.fund.project)],
    statesNone(ap.fund) ? noneNote(d, '政府性基金预算') : undefined,
  );
  const t9 = classTable(
    'capitalExpenditure',
    '国有资本经营预算支出表',
    ['合计', '基本支出', '项目支出'],
    functionRows(ap.capital.byFunction, 3, (x) => [x, null, null]),
    [v(ap.capital.expenditure), v(ap.capital.basic), v(ap.capital.project)],
    statesNone(ap.capital) ? noneNote(d, '国有资本经营预算') : undefined,
  );
  return [t1, t2, t3, t4, t5, t6, t7, ...(fundStated(ap.fund) ? [t8] : []), ...(fundStated(ap.capital) ? [t9] : [])];
}

/** The income rows of a 财政拨款 summary: a fund's row only when the model states its income. */
function fundRows(d: Disclosure, names: [string, string, string]): Side[] {
  const { income: inc, appropriation: ap } = d;
  const rows: [string, V, boolean][] = [
    [names[0], v(ap.general.income) ?? v(inc.general), false],
    [names[1], v(ap.fund.income) ?? v(inc.fund), statesNone(ap.fund)],
    [names[2], v(ap.capital.income) ?? v(inc.capital), statesNone(ap.capital)],
  ];
  return rows.filter(([, x]) => x !== null).map(([name, x], i) => ({ name: `${cnNumber(i + 1)}、${name}`, values: [x] }));
}

/** A fund table is printed when the model says anything about the fund (figures, rows, or that it has none). */
function fundStated(f: Disclosure['appropriation']['fund']): boolean {
  return statesNone(f) || f.byFunction.length > 0 || [f.income, f.expenditure, f.basic, f.project, f.carryover, f.carryForward].some((x) => v(x) !== null);
}

/** 一般公共预算 rows: the model's 项 statements, or the department's rows when all its money is 一般公共预算. */
function generalItems(d: Disclosure): ClassifiedFigure[] {
  const g = d.appropriation.general;
  if (g.byFunction.length) return g.byFunction;
  const exp = v(d.expenditure.total);
  const ge = v(g.expenditure);
  if (exp !== null && ge !== null && equal(exp, ge)) return d.expenditure.byFunction;
  return [];
}

/** 类-level 一般公共预算 figures, computed from 项/款 rows by code where needed. */
export function generalByClass(d: Disclosure): ClassifiedFigure[] {
  const items = generalItems(d);
  const rows = functionRows(items, 1, (x) => [x]);
  return rows
    .filter((r) => r.level === '类' && r.values[0] !== null)
    .map((r) => ({
      code: r.code,
      name: r.name,
      level: '类' as const,
      figure: { value: r.values[0] as Decimal, unit: '万元' as const, origin: 'derived' as const, evidence: [] },
    }));
}

function economicTable(d: Disclosure, title: string, stated: V[]): WrittenTable {
  const rows: WrittenRow[] = byCode(
    d.expenditure.byEconomic
      .filter((c) => c.figure.value !== undefined)
      .map((c): WrittenRow => {
        const value = c.figure.value as Decimal;
        const code = c.code?.replace(/\s+/g, '');
        const grp = economicGroup(code, c.name);
        return {
          code,
          name: c.name,
          level: (code && levelOfCode(code)) || c.level,
          values: [value, grp === 'personnel' ? value : null, grp === 'publicFunds' ? value : null],
        };
      }),
  );
  return classTable('generalBasic', title, ['合计', '人员经费', '公用经费'], rows, stated);
}

function threePublicBudget(tp: Disclosure['threePublic']): WrittenTable {
  const split = tp.vehiclePurchase !== undefined || tp.vehicleOperation !== undefined;
  const cols = split
    ? ['合计', '因公出国（境）费', '公务用车购置及运行费/小计', '公务用车购置及运行费/购置费', '公务用车购置及运行费/运行费', '公务接待费']
    : ['合计', '因公出国（境）费', '公务用车购置及运行费', '公务接待费'];
  const keep = (xs: V[]) => (split ? xs : [xs[0], xs[1], xs[2], xs[5]]);
  const pick = (get: (f: Figure) => V): V[] => {
    const g = (f: Figure | undefined) => (f ? get(f) : null);
    const vehicle = g(tp.vehicle) ?? fullSum(g(tp.vehiclePurchase), g(tp.vehicleOperation));
    const sum = g(tp.total) ?? fullSum(g(tp.abroad), vehicle, g(tp.reception));
    return [sum, g(tp.abroad), vehicle, g(tp.vehiclePurchase), g(tp.vehicleOperation), g(tp.reception)];
  };
  const prevOf = (f: Figure): V => f.prev ?? (f.change !== undefined && f.value !== undefined ? sub(f.value, f.change) : null);
  const prev = keep(pick(prevOf));
  const cur = keep(pick((f) => f.value ?? null));
  const change = cur.map((c, i) => (c !== null && prev[i] !== null ? sub(c, prev[i] as Decimal) : null));
  return {
    id: 'threePublic',
    title: '一般公共预算“三公”经费支出表',
    unit: '万元',
    labels: ['项目'],
    columns: cols,
    rows: [
      { name: '本年预算数', values: cur },
      ...(prev.some((x) => x !== null)
        ? [
            { name: '上年预算数', values: prev },
            { name: '增减', values: change },
          ]
        : []),
    ],
  };
}

function finalTables(d: Disclosure): WrittenTable[] {
  const { income: inc, expenditure: exp, appropriation: ap, threePublic: tp } = d;
  const byFn = exp.byFunction;
  const g = ap.general;
  const incomeSide = numberedSources([
    ['一般公共预算财政拨款收入', inc.general],
    ['政府性基金预算财政拨款收入', inc.fund],
    ['国有资本经营预算财政拨款收入', inc.capital],
    ['上级补助收入', inc.superior],
    ['事业收入', inc.business],
    ['经营收入', inc.operating],
    ['附属单位上缴收入', inc.subordinate],
    ['其他收入', inc.other],
  ]);
  const grandIn = v(inc.grandTotal) ?? (v(inc.total) !== null ? total(v(inc.total), v(inc.nonFiscalBalanceUse), v(inc.carryover)) : null);
  const grandOut = v(exp.grandTotal) ?? (v(exp.total) !== null ? total(v(exp.total), v(exp.carryForward)) : null);
  const t1 = twoSided(
    'summary',
    '收入支出决算总表',
    ['决算数'],
    ['决算数'],
    incomeSide,
    classSide(byFn, (c) => [c.value]),
    [
      [
        { name: '本年收入合计', values: [v(inc.total)] },
        { name: '本年支出合计', values: [v(exp.total)] },
      ],
      [
        { name: '使用非财政拨款结余', values: [v(inc.nonFiscalBalanceUse)] },
        { name: '结余分配', values: [null] },
      ],
      [
        { name: '年初结转和结余', values: [v(inc.carryover)] },
        { name: '年末结转和结余', values: [v(exp.carryForward)] },
      ],
      [
        { name: '总计', values: [grandIn] },
        { name: '总计', values: [grandOut] },
      ],
    ],
    ['收入', '支出'],
  );

  const apInc = v(ap.income) ?? total(v(g.income) ?? v(inc.general), v(ap.fund.income) ?? v(inc.fund), v(ap.capital.income) ?? v(inc.capital));
  const incCols = ['本年收入合计', '财政拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入'];
  const incTotals: V[] = [v(inc.total), apInc, v(inc.superior), v(inc.business), v(inc.operating), v(inc.subordinate), v(inc.other)];
  const only = onlySource(v(inc.total), incTotals.slice(1));
  const t2 = classTable(
    'income',
    '收入决算表',
    incCols,
    functionRows(byFn, incCols.length, (x) => incCols.map((_, i) => (i === 0 || (only !== undefined && i === only + 1) ? x : null))),
    incTotals,
  );

  const expCols = ['本年支出合计', '基本支出', '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出'];
  const t3 = classTable(
    'expenditure',
    '支出决算表',
    expCols,
    functionRows(byFn, expCols.length, (x) => [x, null, null, null, null, null]),
    [v(exp.total), v(exp.basic), v(exp.project), null, v(exp.operating), null],
  );

  const apOut = v(ap.expenditure) ?? total(v(g.expenditure), v(ap.fund.expenditure), v(ap.capital.expenditure));
  const t4 = twoSided(
    'appropriationSummary',
    '财政拨款收入支出决算总表',
    ['决算数'],
    ['合计', '一般公共预算财政拨款', '政府性基金预算财政拨款', '国有资本经营预算财政拨款'],
    fundRows(d, ['一般公共预算财政拨款', '政府性基金预算财政拨款', '国有资本经营预算财政拨款']),
    classSide(generalByClass(d), (c) => [c.value, c.value, null, null]),
    [
      [
        { name: '本年收入合计', values: [apInc] },
        { name: '本年支出合计', values: [apOut, v(g.expenditure), v(ap.fund.expenditure), v(ap.capital.expenditure)] },
      ],
      [
        { name: '年初财政拨款结转和结余', values: [total(v(g.carryover), v(ap.fund.carryover), v(ap.capital.carryover))] },
        {
          name: '年末财政拨款结转和结余',
          values: [
            total(v(g.carryForward), v(ap.fund.carryForward), v(ap.capital.carryForward)),
            v(g.carryForward),
            v(ap.fund.carryForward),
            v(ap.capital.carryForward),
          ],
        },
      ],
      [
        { name: '总计', values: [v(ap.grandTotal)] },
        { name: '总计', values: [v(ap.grandTotal), null, null, null] },
      ],
    ],
    ['收入', '支出'],
  );

  const t5 = classTable(
    'generalExpenditure',
    '一般公共预算财政拨款支出决算表',
    ['合计', '基本支出', '项目支出'],
    functionRows(generalItems(d), 3, (x) => [x, null, null]),
    [v(g.expenditure), v(g.basic), v(g.project)],
  );
  const t6 = economicTable(d, '一般公共预算财政拨款基本支出决算表', [v(g.basic), v(g.personnel), v(g.publicFunds)]);

  const split = tp.vehiclePurchase !== undefined || tp.vehicleOperation !== undefined;
  const tpCols = split
    ? [
        '合计',
        '因公出国（境）费',
        '公务用车购置及运行维护费/小计',
        '公务用车购置及运行维护费/公务用车购置费',
        '公务用车购置及运行维护费/公务用车运行维护费',
        '公务接待费',
      ]
    : ['合计', '因公出国（境）费', '公务用车购置及运行维护费', '公务接待费'];
  const gv = (f: Figure | undefined, k: 'budget' | 'value'): V => (f ? (k === 'budget' ? (f.budget ?? null) : (f.value ?? null)) : null);
  const row = (k: 'budget' | 'value'): V[] => {
    const vehicle = gv(tp.vehicle, k) ?? fullSum(gv(tp.vehiclePurchase, k), gv(tp.vehicleOperation, k));
    const sum = gv(tp.total, k) ?? fullSum(gv(tp.abroad, k), vehicle, gv(tp.reception, k));
    return split
      ? [sum, gv(tp.abroad, k), vehicle, gv(tp.vehiclePurchase, k), gv(tp.vehicleOperation, k), gv(tp.reception, k)]
      : [sum, gv(tp.abroad, k), vehicle, gv(tp.reception, k)];
  };
  const t7: WrittenTable = {
    id: 'threePublic',
    title: '财政拨款“三公”经费支出决算表',
    unit: '万元',
    labels: ['项目'],
    columns: tpCols,
    // a 预算数 row only where the total's budget is known: a row of blanks would be read as a row of figures
    rows: [...(row('budget')[0] !== null ? [{ name: '预算数', values: row('budget') }] : []), { name: '决算数', values: row('value') }],
  };
  const fundCols = ['年初结转和结余', '本年收入', '本年支出/小计', '本年支出/基本支出', '本年支出/项目支出', '年末结转和结余'];
  const fundTable = (id: string, title: string, f: Disclosure['appropriation']['fund'], name: string) =>
    classTable(
      id,
      title,
      fundCols,
      functionRows(f.byFunction, 6, (x) => [null, null, x, null, null, null]),
      [v(f.carryover), v(f.income), v(f.expenditure), v(f.basic), v(f.project), v(f.carryForward)],
      statesNone(f) ? noneNote(d, name) : undefined,
    );
  const t8 = fundTable('fundExpenditure', '政府性基金预算财政拨款收入支出决算表', ap.fund, '政府性基金预算');
  const t9 = fundTable('capitalExpenditure', '国有资本经营预算财政拨款收入支出决算表', ap.capital, '国有资本经营预算');
  return [t1, t2, t3, t4, t5, t6, t7, ...(fundStated(ap.fund) ? [t8] : []), ...(fundStated(ap.capital) ? [t9] : [])];
}
