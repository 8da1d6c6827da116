import { defineRule, type Draft } from '../../engine.ts';
import { compare, type Decimal } from '../../../model/decimal.ts';
import type { Kind, Table } from '../../../model/index.ts';
import { describe, evidenceOfCell, exceeds, show, tableOf, type Cell } from '../../tables.ts';
import { figuresOf } from '../../tolerance.ts';

/** 三公 items and the economic 款 (部门预算支出经济分类) that pays for the same thing out of 基本支出. */
const ITEMS = [
  { code: '30212', label: '因公出国（境）费', header: /因公出国/ },
  { code: '30217', label: '公务接待费', header: /公务接待/ },
  { code: '30231', label: '公务用车运行维护费', header: /运行(维护)?费?$/, not: /购置及运行(维护)?费?$|小计$/ },
  { code: '31013', label: '公务用车购置费', header: /购置费?$/, not: /小计$/ },
];

/** The 三公 table's cell for an item: in a 决算 table (预算数 / 决算数 pairs) the 决算数. */
function threePublicCell(t: Table, kind: Kind, header: RegExp, not?: RegExp): Cell | undefined {
  const row = t.rows.find((r) => r.values.some((v) => v !== null));
  if (!row) return undefined;
  const paired = t.columns.some((c) => /^(预算数|决算数)$/.test(c.split('/').at(-1) ?? ''));
  const want = kind === 'final' ? /\/决算数$/ : /\/预算数$/;
  const item = (c: string) => (paired ? c.replace(/\/(预算数|决算数)$/, '') : c).replace(/\//g, '');
  const col = t.columns.findIndex((c) => (!paired || want.test(c)) && header.test(item(c)) && !(not && not.test(item(c))));
  return col < 0 ? undefined : { table: t, row, col, value: row.values[col] ?? '0' };
}

/** An economic 款 row's amount: its largest printed value (the 合计 of 人员经费 / 公用经费, whichever layout). */
function economicCell(t: Table, code: string): Cell | undefined {
  const row = t.rows.find((r) => r.code === code);
  const values = row?.values.filter((v): v is Decimal => v !== null) ?? [];
  if (!row || !values.length) return undefined;
  const value = values.reduce((a, b) => (compare(b, a) > 0 ? b : a));
  return { table: t, row, col: row.values.indexOf(value), value };
}

export default defineRule({
  meta: {
    id: 'three-public-economic',
    severity: 'warning',
    kinds: ['budget', 'final'],
    category: 'table',
    basis: '财预〔2016〕143号；支出经济分类科目（30212 因公出国（境）费用、30217 公务接待费、30231 公务用车运行维护费、31013 公务用车购置）',
    docs: '“三公”经费表的因公出国（境）费、公务接待费、公务用车运行维护费、公务用车购置费不小于一般公共预算基本支出经济分类表中对应的款（三公经费含基本支出和项目支出）。',
  },
  reads: 'model',
  check({ disclosure, kind }) {
    const ts = disclosure.tables;
    const tp = tableOf(ts, 'threePublic');
    const gb = tableOf(ts, 'generalBasic', /一般公共预算/) ?? tableOf(ts, 'generalBasic', undefined, /财政拨款/);
    if (!tp || !gb) return [];
    const out: Draft[] = [];
    for (const item of ITEMS) {
      const econ = economicCell(gb, item.code);
      const three = threePublicCell(tp, kind, item.header, item.not);
      const c = econ && three && exceeds(econ, three);
      if (!c) continue;
      // a warning: the two tables may differ in scope (a 三公 table of one fund, a unit outside the 三公 statistics),
      // and the 三公 table's merged headers are the hardest of all to read
      out.push({
        message: `${describe(econ, '')}${show(econ.value)}万元，大于${describe(three)}${show(three.value)}万元：“三公”经费的${item.label}包含基本支出中的该项，不应更少`,
        evidence: [...evidenceOfCell(econ), ...evidenceOfCell(three)],
        figures: figuresOf(c),
        suggestion: `核对“三公”经费表的${item.label}与基本支出经济分类表${item.code}`,
      });
    }
    return out;
  },
});
