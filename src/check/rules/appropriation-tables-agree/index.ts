import { defineRule, type Draft } from '../../engine.ts';
import { columnOf, tableOf, type Kind, type Table } from '../../../model/index.ts';
import { agree, agreeSum, cellAt, firstCell, fundTableTotal, sideRow, sumCells, totalRow, yearRow } from '../../tables.ts';

const FUNDS = [
  ['一般公共预算', /^一般公共预算(资金|拨款|拨款收入|财政拨款收入|财政拨款)?$/],
  ['政府性基金预算', /^政府性基金(预算)?(资金|拨款|拨款收入|财政拨款收入|财政拨款)?$/],
  ['国有资本经营预算', /^国有资本经营(预算)?(资金|拨款|拨款收入|财政拨款收入|财政拨款)?$/],
] as const;

/** XT-04, XT-05: the 支出 side against the 一般公共预算 / 政府性基金 / 国有资本经营 tables. */
function expenditure(a: Table, ts: readonly Table[], kind: Kind): Draft[] {
  const row = yearRow(a, 'expenditure', kind);
  if (!row) return [];
  const general = fundTableTotal(tableOf(ts, 'generalExpenditure'));
  const fund = fundTableTotal(tableOf(ts, 'fundExpenditure'));
  const capital = fundTableTotal(tableOf(ts, 'capitalExpenditure'));
  const totalCol = columnOf(a, /^(支出)?合计$/);
  const total = (totalCol >= 0 ? cellAt(a, row, totalCol) : undefined) ?? firstCell(a, row);
  const out = agreeSum(total, [general, fund, capital], {
    what: '财政拨款支出合计（XT-05）',
    far: 'error',
    suggestion: '核对财政拨款收支总表与一般公共预算、政府性基金、国有资本经营预算支出表的合计',
  });
  if (!out.length && general && !fund && !capital) out.push(...agree(total, general, { what: '财政拨款支出合计', far: 'error' }));
  // 江苏: the 财政拨款支出预算表 (all funds, by function) totals the same 财政拨款 spending
  const all = tableOf(ts, 'other', /财政拨款支出/);
  if (all)
    out.push(
      ...agree(total, fundTableTotal(all), { what: '财政拨款支出合计（XT-05）', far: 'error', suggestion: '核对财政拨款收支总表与财政拨款支出表的合计' }),
    );
  const generalCol = columnOf(a, /一般公共预算/);
  if (generalCol >= 0)
    out.push(
      ...agree(cellAt(a, row, generalCol), general, {
        what: '一般公共预算拨款支出（XT-04）',
        far: 'error',
        suggestion: '核对财政拨款收支总表一般公共预算列与一般公共预算支出表合计',
      }),
    );
  return out;
}

/** XT-08: 财政拨款 income of the 收支总表 (by fund) and of the 收入总表 = the 财政拨款收支总表's. */
function income(a: Table, ts: readonly Table[], kind: Kind): Draft[] {
  const row = yearRow(a, 'income', kind);
  const out: Draft[] = [];
  const s = tableOf(ts, 'summary');
  if (s) {
    const sEnd = sideRow(s, 'income', /^(本年|当年)收入(合计|小计)$|^收入(总计|合计)$/);
    for (const [name, re] of FUNDS) {
      const mine = firstCell(s, sideRow(s, 'income', re, sEnd));
      const theirs = firstCell(a, sideRow(a, 'income', re, row));
      out.push(...agree(mine, theirs, { what: `${name}财政拨款收入（XT-08）`, far: 'error', suggestion: '核对收支总表与财政拨款收支总表的财政拨款收入' }));
    }
  }
  const inc = tableOf(ts, 'income');
  if (inc && row) {
    const r = totalRow(inc);
    const col = columnOf(inc, /^财政拨款(收入)?$/);
    const mine = col >= 0 ? cellAt(inc, r, col) : sumCells(FUNDS.map(([name]) => cellAt(inc, r, columnOf(inc, new RegExp(name)))));
    out.push(
      ...agree(mine, firstCell(a, row), { what: '财政拨款收入（XT-08）', far: 'error', suggestion: '核对收入总表财政拨款收入与财政拨款收支总表本年收入' }),
    );
  }
  return out;
}

export default defineRule({
  meta: {
    id: 'appropriation-tables-agree',
    severity: 'error',
    kinds: ['budget', 'final'],
    category: 'table',
    basis: '财预〔2016〕143号 部门预决算公开表格（财政拨款收支总表与各预算支出表、收入总表勾稽）',
    docs: '财政拨款收支总表的支出合计等于一般公共预算、政府性基金预算、国有资本经营预算支出表合计之和（列有财政拨款支出表时也等于其合计），其一般公共预算列等于一般公共预算支出表合计；其本年收入等于收支总表、收入总表中的财政拨款收入（分资金来源）。',
  },
  reads: 'model',
  check({ disclosure, kind }) {
    const a = tableOf(disclosure.tables, 'appropriationSummary');
    if (!a) return [];
    return [...expenditure(a, disclosure.tables, kind), ...income(a, disclosure.tables, kind)];
  },
});
