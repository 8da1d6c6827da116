import { defineRule, type Draft } from '../../engine.ts';
import { columnOf, tableOf, type Table } from '../../../model/index.ts';
import { agree, cellAt, firstCell, onlyGeneralFunds, sideRow, sumCells, totalRow, type Cell } from '../../tables.ts';

type Part = 'basic' | 'personnel' | 'publicFunds';
const LABEL: Record<Part, string> = { basic: '基本支出', personnel: '人员经费', publicFunds: '公用经费' };
const COLUMN: Record<Part, RegExp> = { basic: /基本支出$/, personnel: /人员经费$/, publicFunds: /公用经费$/ };

/**
 * The 基本支出经济分类表's totals: 合计 row by column (合计 / 人员经费 / 公用经费), or, in the 决算 two-column
 * layout, its footer rows 人员经费合计 and 公用经费合计 (基本支出 = their sum).
 */
function economicTotals(t: Table): Partial<Record<Part, Cell>> {
  const total = totalRow(t);
  if (total) {
    const col = (re: RegExp) => columnOf(t, re);
    const totalCol = col(/^(合计|金额|决算数|预算数)$/);
    return {
      basic: totalCol >= 0 ? cellAt(t, total, totalCol) : firstCell(t, total),
      personnel: cellAt(t, total, col(COLUMN.personnel)),
      publicFunds: cellAt(t, total, col(COLUMN.publicFunds)),
    };
  }
  const footer = (re: RegExp) =>
    firstCell(
      t,
      t.rows.find((r) => r.level === 'total' && re.test(r.name.replace(/\s/g, ''))),
    );
  const personnel = footer(/^人员经费合计$/);
  const publicFunds = footer(/^公用经费合计$/);
  return { basic: personnel && publicFunds ? sumCells([personnel, publicFunds]) : undefined, personnel, publicFunds };
}

/** A table's 合计 row by the columns 基本支出 / 人员经费 / 公用经费 (those it has). */
function functionTotals(t: Table | undefined, row = t && totalRow(t)): Partial<Record<Part, Cell>> {
  if (!t || !row) return {};
  const at = (p: Part) => cellAt(t, row, columnOf(t, COLUMN[p]));
  return { basic: at('basic'), personnel: at('personnel'), publicFunds: at('publicFunds') };
}

function compareParts(mine: Partial<Record<Part, Cell>>, theirs: Partial<Record<Part, Cell>>, whose: string): Draft[] {
  return (['basic', 'personnel', 'publicFunds'] as const).flatMap((p) =>
    agree(mine[p], theirs[p], {
      what: `${whose}${LABEL[p]}（XT-06）`,
      far: 'error',
      suggestion: '核对支出表与基本支出经济分类表的基本支出（人员经费、公用经费）',
    }),
  );
}

export default defineRule({
  meta: {
    id: 'basic-tables-agree',
    severity: 'error',
    kinds: ['budget', 'final'],
    category: 'table',
    basis: '财预〔2016〕143号 部门预决算公开表格（一般公共预算支出表与基本支出经济分类表勾稽）',
    docs: '一般公共预算支出表合计行的基本支出（两表都列出时还有人员经费、公用经费）等于一般公共预算基本支出经济分类表的合计；财政拨款收支总表按用途列出的基本支出等于财政拨款基本支出表合计；没有政府性基金、国有资本经营预算支出时，财政拨款基本支出表与一般公共预算基本支出表合计相等。',
  },
  reads: 'model',
  check({ disclosure }) {
    const ts = disclosure.tables;
    const out: Draft[] = [];
    const gb = tableOf(ts, 'generalBasic', /一般公共预算/) ?? tableOf(ts, 'generalBasic', undefined, /财政拨款/);
    const g = tableOf(ts, 'generalExpenditure');
    if (gb) {
      const econ = economicTotals(gb);
      const general = functionTotals(g);
      out.push(...compareParts(general, econ, '一般公共预算'));
    }
    // 江苏: 财政拨款收支总表 支出用途 一、基本支出 = 财政拨款基本支出预算表 合计
    const a = tableOf(ts, 'appropriationSummary');
    const fb = tableOf(ts, 'generalBasic', /财政拨款基本/, /一般公共预算/);
    if (a && fb) {
      const basic = firstCell(a, sideRow(a, 'expenditure', /^基本支出$/));
      out.push(
        ...agree(basic, economicTotals(fb).basic, {
          what: '财政拨款基本支出（XT-06）',
          far: 'error',
          suggestion: '核对财政拨款收支总表与财政拨款基本支出表的基本支出',
        }),
      );
    }
    // without 政府性基金 / 国有资本经营 spending the 财政拨款 and 一般公共预算 basic tables are one table printed twice
    if (fb && gb && gb !== fb && onlyGeneralFunds(ts)) out.push(...compareParts(economicTotals(fb), economicTotals(gb), '财政拨款（全部为一般公共预算）'));
    return out;
  },
});
