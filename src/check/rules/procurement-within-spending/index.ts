import { defineRule } from '../../engine.ts';
import { evidenceOf } from '../../model.ts';
import { compareEqual, figuresOf, money } from '../../tolerance.ts';

export default defineRule({
  meta: {
    id: 'procurement-within-spending',
    severity: 'error',
    kinds: ['budget', 'final'],
    category: 'consistency',
    basis: '预算法 第十四条第三款（政府采购情况）；实践：GovBudgetChecker BUD-T004（政府采购不超过支出）',
    docs: '政府采购总额是部门支出的一部分，不超过支出总计。',
  },
  reads: 'model',
  check({ disclosure: d }) {
    const procurement = d.procurement.total;
    // the widest spending figure the document states: carry-overs included where it has them
    const spending = [d.expenditure.grandTotal, d.expenditure.total].find((f) => f?.value !== undefined && f.origin !== 'derived');
    if (procurement?.value === undefined || !spending?.value) return [];
    const c = compareEqual(spending.value, procurement.value);
    if (c.verdict !== 'far' || !c.difference.startsWith('-')) return [];
    return [
      {
        message: `政府采购总额${money(procurement.value)}万元超过支出总计${money(spending.value)}万元`,
        evidence: evidenceOf(procurement, spending),
        rests: [procurement, spending],
        figures: figuresOf(c),
        path: 'procurement.total',
        suggestion: '核对政府采购总额的单位（元/万元）与金额',
      },
    ];
  },
});
