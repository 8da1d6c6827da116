import { defineRule, type Draft } from '../../engine.ts';
import { compare, type Decimal } from '../../../model/decimal.ts';
import { tableOf, type Table } from '../../../model/index.ts';
import { evidenceOf } from '../../model.ts';
import { describe, evidenceOfCell, exceeds, show, type Cell } from '../../tables.ts';
import { figuresOf } from '../../tolerance.ts';

/** 三公 items (model keys) and the economic 款 (部门预算支出经济分类) that pays for the same thing out of 基本支出. */
const ITEMS = [
  { code: '30212', key: 'abroad', label: '因公出国（境）费' },
  { code: '30217', key: 'reception', label: '公务接待费' },
  { code: '30231', key: 'vehicleOperation', label: '公务用车运行维护费' },
  { code: '31013', key: 'vehiclePurchase', label: '公务用车购置费' },
] as const;

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
  check({ disclosure: d }) {
    const gb = tableOf(d.tables, 'generalBasic', /一般公共预算/) ?? tableOf(d.tables, 'generalBasic', undefined, /财政拨款/);
    if (!gb) return [];
    const out: Draft[] = [];
    for (const item of ITEMS) {
      // the 三公 figure as the document states it (its 三公 table, or the text, which figure-restated holds to the table)
      const three = d.threePublic[item.key];
      const econ = economicCell(gb, item.code);
      if (!econ || three?.value === undefined) continue;
      const c = exceeds(econ.value, three.value);
      if (!c) continue;
      // a warning: the two may differ in scope (a 三公 figure of one fund, a unit outside the 三公 statistics)
      out.push({
        message: `${describe(econ, '')}${show(econ.value)}万元，大于“三公”经费中的${item.label}${show(three.value)}万元：“三公”经费的${item.label}包含基本支出中的该项，不应更少`,
        evidence: [...evidenceOfCell(econ), ...evidenceOf(three)],
        figures: figuresOf(c),
        suggestion: `核对“三公”经费的${item.label}与基本支出经济分类表${item.code}`,
      });
    }
    return out;
  },
});
