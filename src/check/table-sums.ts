/**
 * Sums within one standard table (TOT/HIER): each row's 合计 = its parts, 类 = Σ 款, 款 = Σ 项, 合计 row = Σ 类. The
 * rule table-sums reports them; the cross-table rules ask whether a table was read right at all (misread) before
 * they call a disagreement with it an error.
 */
import type { Draft } from './engine.ts';
import type { Evidence, Table, TableRow } from '../model/index.ts';
import { compareSum, figuresOf, severityOf } from './tolerance.ts';

/** Tables whose first column is a total of the others, by classification rows. */
const SUMMED = new Set(['income', 'expenditure', 'generalExpenditure', 'fundExpenditure', 'capitalExpenditure', 'generalBasic']);

const cell = (v: string | null | undefined) => v ?? '0'; // a blank cell is 0 (TOT-11)

function evidenceOf(t: Table, r: TableRow): Evidence {
  return { ...(r.evidence ?? t.evidence ?? { text: '' }), table: t.title, row: `${r.code ? `${r.code} ` : ''}${r.name}`, text: r.evidence?.text ?? r.name };
}

/** The sums of one table: every check made, and the drafts of those that do not agree exactly. */
export interface TableSums {
  checks: number;
  drafts: Draft[];
}

function finding(s: TableSums, t: Table, r: TableRow, what: string, actual: string, parts: string[], parents: TableRow[] = []): Draft[] {
  s.checks++;
  const c = compareSum(actual, parts, 0);
  // tables are read from page layout: until that reading is proven cell by cell, a sum beyond rounding is a warning
  const severity = c.verdict === 'far' ? 'warning' : severityOf(c.verdict);
  if (!severity) return [];
  return [
    {
      severity,
      message: `${t.title}「${r.code ? `${r.code} ` : ''}${r.name}」${what}${actual}万元，各分项之和为${c.expected}万元${severity === 'info' ? '（在四舍五入范围内）' : ''}`,
      evidence: [evidenceOf(t, r), ...parents.map((p) => evidenceOf(t, p))],
      figures: figuresOf(c),
      suggestion: '核对表中合计与分项',
    },
  ];
}

/** Per row: the total column equals the other columns (when they are leaf columns, not subtotals). */
function rowSums(s: TableSums, t: Table): Draft[] {
  if (!/合计|总计/.test(t.columns[0] ?? '') || t.columns.length < 3 || t.columns.some((c) => /小计|其中/.test(c))) return [];
  return t.rows.flatMap((r) => {
    // a row whose parts are all blank states no breakdown (a table written with its totals only)
    if (r.values.length !== t.columns.length || r.values.slice(1).every((v) => v === null)) return [];
    return finding(s, t, r, '合计', cell(r.values[0]), r.values.slice(1).map(cell));
  });
}

/** By code: 类 = Σ its 款, 款 = Σ its 项 (functional 3/5/7 digits, economic 3/5), the total row = Σ 类. */
function hierarchySums(s: TableSums, t: Table): Draft[] {
  const coded = t.rows.filter((r) => r.code && /^\d+$/.test(r.code));
  const out: Draft[] = [];
  for (const parent of coded) {
    const len = parent.code!.length;
    const childLen = len === 3 ? 5 : len === 5 ? 7 : 0;
    if (!childLen) continue;
    const children = coded.filter((c) => c.code!.length === childLen && c.code!.startsWith(parent.code!));
    if (!children.length) continue;
    parent.values.forEach((v, col) => {
      if (v === null && children.every((c) => c.values[col] === null)) return;
      out.push(
        ...finding(
          s,
          t,
          parent,
          `${t.columns[col] ?? ''}`,
          cell(v),
          children.map((c) => cell(c.values[col])),
        ),
      );
    });
  }
  const total = t.rows.find((r) => r.level === 'total' || /^(合计|总计)$/.test(r.name.replace(/\s/g, '')));
  const classes = coded.filter((c) => c.code!.length === 3);
  if (total && classes.length)
    total.values.forEach((v, col) => {
      if (v === null || classes.every((c) => c.values[col] === null)) return;
      out.push(
        ...finding(
          s,
          t,
          total,
          `${t.columns[col] ?? ''}`,
          cell(v),
          classes.map((c) => cell(c.values[col])),
        ),
      );
    });
  return out;
}

/** The sums computed in the current run of the rules (a model may change between runs: nothing is kept longer). */
let cache: WeakMap<Table, TableSums> | undefined;

export function withTableSums<T>(run: () => T): T {
  const before = cache;
  cache = new WeakMap();
  try {
    return run();
  } finally {
    cache = before;
  }
}

/** The sums of a table (once per table in a run of the rules). */
export function sumsOf(t: Table): TableSums {
  let s = cache?.get(t);
  if (!s) {
    s = { checks: 0, drafts: [] };
    if (SUMMED.has(t.kind)) s.drafts = [...rowSums(s, t), ...hierarchySums(s, t)];
    cache?.set(t, s);
  }
  return s;
}

/**
 * A published table has a few wrong cells at most; when many of its sums fail, its columns were not read right
 * (merged headers, shifted cells), and its figures say nothing about the document. `floor` failing sums are
 * allowed in any case, and `share` of all its sums (one wrong cell breaks its row and its parent: two or three).
 */
export function misread(t: Table, { floor, share }: { floor: number; share: number } = { floor: 2, share: 0.1 }): boolean {
  const s = sumsOf(t);
  return s.drafts.filter((d) => d.severity === 'warning').length > Math.max(floor, s.checks * share);
}
