import { defineRule, type Draft } from '../../engine.ts';
import type { Evidence, Table, TableRow } from '../../../model/index.ts';
import { compareSum, figuresOf, severityOf } from '../../tolerance.ts';

/** Tables whose first column is a total of the others, by classification rows. */
const SUMMED = new Set(['income', 'expenditure', 'generalExpenditure', 'fundExpenditure', 'capitalExpenditure', 'generalBasic']);

const cell = (v: string | null | undefined) => v ?? '0'; // a blank cell is 0 (TOT-11)

function evidenceOf(t: Table, r: TableRow): Evidence {
  return { ...(r.evidence ?? t.evidence ?? { text: '' }), table: t.title, row: `${r.code ? `${r.code} ` : ''}${r.name}`, text: r.evidence?.text ?? r.name };
}

let checks = 0; // checks made on the current table (see tableFindings)

function finding(t: Table, r: TableRow, what: string, actual: string, parts: string[], parents: TableRow[] = []): Draft[] {
  checks++;
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
function rowSums(t: Table): Draft[] {
  if (!/合计|总计/.test(t.columns[0] ?? '') || t.columns.length < 3 || t.columns.some((c) => /小计|其中/.test(c))) return [];
  return t.rows.flatMap((r) => {
    // a row whose parts are all blank states no breakdown (a table written with its totals only)
    if (r.values.length !== t.columns.length || r.values.slice(1).every((v) => v === null)) return [];
    return finding(t, r, '合计', cell(r.values[0]), r.values.slice(1).map(cell));
  });
}

/** By code: 类 = Σ its 款, 款 = Σ its 项 (functional 3/5/7 digits, economic 3/5), the total row = Σ 类. */
function hierarchySums(t: Table): Draft[] {
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
      out.push(...finding(t, parent, `${t.columns[col] ?? ''}`, cell(v), children.map((c) => cell(c.values[col]))));
    });
  }
  const total = t.rows.find((r) => r.level === 'total' || /^(合计|总计)$/.test(r.name.replace(/\s/g, '')));
  const classes = coded.filter((c) => c.code!.length === 3);
  if (total && classes.length)
    total.values.forEach((v, col) => {
      if (v === null || classes.every((c) => c.values[col] === null)) return;
      out.push(...finding(t, total, `${t.columns[col] ?? ''}`, cell(v), classes.map((c) => cell(c.values[col]))));
    });
  return out;
}

export default defineRule({
  meta: {
    id: 'table-sums',
    severity: 'warning',
    kinds: ['budget', 'final'],
    category: 'table',
    basis: '预算法 第三十二条、第四十六条；预算法实施条例 第六条（功能分类到项、经济分类到款）',
    docs: '表内合计等于分项：每行合计等于各列之和，类等于其款之和，款等于其项之和，合计行等于各类之和。',
  },
  reads: 'model',
  check({ disclosure }) {
    return disclosure.tables.flatMap(tableFindings);
  },
});

/**
 * A published table has a few wrong cells at most; when many of its sums fail, its columns were not read right
 * (merged headers, shifted cells), and its sums say nothing about the document: one info instead of false errors.
 */
function tableFindings(t: Table): Draft[] {
  checks = 0;
  const found = SUMMED.has(t.kind) ? [...rowSums(t), ...hierarchySums(t)] : [];
  const wrong = found.filter((f) => f.severity === 'warning').length;
  if (wrong > Math.max(2, checks / 10))
    return [
      {
        severity: 'info',
        message: `${t.title}：${checks}项合计中有${wrong}项对不上，表格的列可能未能正确读取，未逐项报告`,
        evidence: [{ ...(t.evidence ?? { text: t.title }), table: t.title, text: t.evidence?.text ?? t.title }],
        suggestion: '人工核对该表，或提供可复制文字的版本',
      },
    ];
  return found;
}
