import { defineRule, type Draft } from '../../engine.ts';
import { columnOf, tableOf, type Kind, type Table, type TableRow } from '../../../model/index.ts';
import { equal } from '../../../model/decimal.ts';
import { agree, cellAt, classRows, firstCell, grandRow, onlyGeneralFunds, sideRow, yearRow, type Cell } from '../../tables.ts';

/** The 合计 of a function table's row (the first 合计/决算数/金额 column). */
const TOTAL_COL = /合计$|^金额$|^决算数$|^预算数$/;
const NOT_TOTAL_COL = /年初|上年|全年/;

/**
 * Each 功能类 listed by both tables, compared by name. A class one table lists and the other leaves out is not
 * reported here: a table row the reader missed would look the same (table-sums and function-classes-sum catch the
 * sums). A row that prints nothing was not read and is left out too.
 */
function byClass(aRows: Map<string, TableRow>, aCell: (r: TableRow) => Cell | undefined, b: Table, what: string): Draft[] {
  const bCol = columnOf(b, TOTAL_COL, NOT_TOTAL_COL);
  const out: Draft[] = [];
  for (const [name, br] of classRows(b)) {
    const ar = aRows.get(name);
    if (!ar) continue;
    // a class row whose 合计 cell is blank while others are not was read with shifted columns: left out
    const bc = bCol >= 0 ? (br.values[bCol] !== null ? cellAt(b, br, bCol) : undefined) : firstCell(b, br);
    out.push(...agree(aCell(ar), bc, { what: `${name}${what}`, far: 'error', suggestion: '核对两张表中该功能分类（类）的金额' }));
  }
  return out;
}

export default defineRule({
  meta: {
    id: 'tables-agree-classes',
    severity: 'error',
    kinds: ['budget', 'final'],
    category: 'table',
    basis: '财预〔2016〕143号 部门预决算公开表格（按支出功能分类“类”的表间勾稽）',
    docs: '同一支出功能分类（类）在各表中的金额一致：收支总表的支出各类等于支出总表的类合计；财政拨款收支总表一般公共预算列的各类等于一般公共预算支出表的类合计；没有政府性基金、国有资本经营预算支出时，财政拨款支出表的各类也等于一般公共预算支出表的类合计；收入全部为财政拨款且无结转时，收支总表的各类等于财政拨款支出表的类合计。',
  },
  reads: 'model',
  check({ disclosure, kind }) {
    const ts = disclosure.tables;
    const out: Draft[] = [];
    const s = tableOf(ts, 'summary');
    const e = tableOf(ts, 'expenditure');
    if (s && e) out.push(...byClass(classRows(s, 'expenditure'), (r) => firstCell(s, r), e, '（收支总表与支出总表）'));
    const a = tableOf(ts, 'appropriationSummary');
    const g = tableOf(ts, 'generalExpenditure');
    const col = a ? columnOf(a, /一般公共预算/) : -1;
    if (a && g && col >= 0) out.push(...byClass(classRows(a, 'expenditure'), (r) => cellAt(a, r, col), g, '（一般公共预算拨款）'));
    // 江苏: the 财政拨款支出预算表 by class is the 一般公共预算支出表 when no other fund spends anything
    const f = tableOf(ts, 'other', /财政拨款支出/);
    const fCol = f ? columnOf(f, TOTAL_COL, NOT_TOTAL_COL) : -1;
    if (f && g && onlyGeneralFunds(ts))
      out.push(...byClass(classRows(f), (r) => (fCol >= 0 ? cellAt(f, r, fCol) : firstCell(f, r)), g, '（财政拨款全部为一般公共预算）'));
    // 江苏: with all income 财政拨款 and nothing carried, the 收支总表's classes are the 财政拨款支出预算表's
    if (s && f && allAppropriated(s, kind)) out.push(...byClass(classRows(s, 'expenditure'), (r) => firstCell(s, r), f, '（收入全部为财政拨款）'));
    return out;
  },
});

/** The 收支总表's income is all 财政拨款 (一、财政拨款 = 本年收入 = 收入总计) and its spending carries nothing over. */
function allAppropriated(s: Table, kind: Kind): boolean {
  const at = (r: TableRow | undefined) => firstCell(s, r)?.value;
  const fiscal = at(sideRow(s, 'income', /^财政拨款(收入)?$/));
  const year = at(yearRow(s, 'income', kind));
  const sameAs = (a: string | undefined, b: string | undefined) => a !== undefined && b !== undefined && equal(a, b);
  return sameAs(fiscal, year) && sameAs(year, at(grandRow(s, 'income'))) && sameAs(at(yearRow(s, 'expenditure', kind)), at(grandRow(s, 'expenditure')));
}
