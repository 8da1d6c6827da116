import { defineRule, type Draft } from '../../engine.ts';
import { columnOf, tableOf, type Kind, type Table } from '../../../model/index.ts';
import { agree, cellAt, firstCell, grandRow, sideRow, totalRow, yearRow, type Cell } from '../../tables.ts';

/** The 收支总表's totals of a side: this year's (本年/当年) and the grand total (with 上年结转 / 结转下年). */
function summaryTotals(s: Table, side: 'income' | 'expenditure', kind: Kind): { current?: Cell; grand?: Cell } {
  return { current: firstCell(s, yearRow(s, side, kind)), grand: firstCell(s, grandRow(s, side)) };
}

/** The 收入表 / 支出表 total: the 合计 row (or 收入总计 of a table listed by source), its 合计 column. */
function tableTotal(t: Table, rowName?: RegExp): Cell | undefined {
  const r = rowName ? t.rows.find((x) => rowName.test(x.name.replace(/\s/g, ''))) : totalRow(t);
  const col = columnOf(t, /合计$|^金额$/, /年初|上年|全年/);
  return (col >= 0 ? cellAt(t, r, col) : undefined) ?? firstCell(t, r);
}

/** A total that includes 上年结转 (收入) or 结转下年 (支出) is the grand total; else this year's. */
const carries = (t: Table, re: RegExp) => columnOf(t, re) >= 0 || t.rows.some((r) => re.test(r.name.replace(/\s/g, '')));

const FAR = 'error' as const;

function incomeTotals(s: Table, t: Table | undefined, kind: Kind): Draft[] {
  if (!t) return [];
  const bySource = t.rows.length > 0 && t.rows.every((r) => !r.code);
  const total = bySource ? tableTotal(t, /^收入总计$/) : tableTotal(t);
  const { current, grand } = summaryTotals(s, 'income', kind);
  const withCarry = carries(t, /上年结转|年初结转/);
  const other = withCarry ? grand : current;
  return agree(other, total, { what: withCarry ? '收入总计（含上年结转）' : '本年收入合计', far: FAR, suggestion: '核对收支总表与收入总表的收入合计' });
}

function expenditureTotals(s: Table, t: Table | undefined, kind: Kind): Draft[] {
  if (!t) return [];
  const total = tableTotal(t);
  const { current, grand } = summaryTotals(s, 'expenditure', kind);
  const withCarry = carries(t, /结转下年|年末结转/);
  const out = agree(withCarry ? grand : current, total, {
    what: withCarry ? '支出总计（含结转下年）' : '本年支出合计',
    far: FAR,
    suggestion: '核对收支总表与支出总表的支出合计',
  });
  // 支出用途 side of the 收支总表 (江苏: 一、基本支出 二、项目支出 三、单位预留机动经费) = the 支出表 columns
  const row = total?.row;
  for (const [label, re] of [
    ['基本支出', /^基本支出$/],
    ['项目支出', /^项目支出$/],
    ['单位预留机动经费', /^(单位预留)?机动经费$/],
  ] as const) {
    const col = columnOf(t, re);
    const mine = firstCell(s, sideRow(s, 'expenditure', re)) ?? (columnOf(s, re) >= 0 ? cellAt(s, (grand ?? current)?.row, columnOf(s, re)) : undefined);
    out.push(...agree(mine, cellAt(t, row, col), { what: label, far: FAR, suggestion: '核对收支总表与支出总表的基本支出、项目支出' }));
  }
  return out;
}

export default defineRule({
  meta: {
    id: 'tables-agree-totals',
    severity: 'error',
    kinds: ['budget', 'final'],
    category: 'table',
    basis: '财预〔2016〕143号 部门预决算公开表格（收支总表与收入总表、支出总表勾稽）',
    docs: '收支总表的本年收入合计等于收入总表合计，本年支出合计等于支出总表合计（含结转的总计相互对应）；收支总表按支出用途列出的基本支出、项目支出等于支出总表的相应合计。',
  },
  reads: 'model',
  check({ disclosure, kind }) {
    const s = tableOf(disclosure.tables, 'summary');
    if (!s) return [];
    return [...incomeTotals(s, tableOf(disclosure.tables, 'income'), kind), ...expenditureTotals(s, tableOf(disclosure.tables, 'expenditure'), kind)];
  },
});
