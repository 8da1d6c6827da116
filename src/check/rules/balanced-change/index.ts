import { defineRule } from '../../engine.ts';
import type { Figure } from '../../../model/index.ts';
import { evidenceOf, labelOf } from '../../model.ts';
import { compareEqual, figuresOf, money } from '../../tolerance.ts';

export default defineRule({
  meta: {
    id: 'balanced-change',
    severity: 'warning',
    kinds: ['budget'],
    category: 'year-over-year',
    basis: '预算法 第十二条（收支平衡）；实践：GovBudgetChecker CMM-006（收入与支出增减一致）',
    docs: '收支平衡的预算中，收入与支出相等时两者比上年的增减额也应相等（否则比较基数不同）。',
  },
  reads: 'model',
  check({ disclosure: d }) {
    const pairs: [string, Figure | undefined, string, Figure | undefined][] = [
      ['income.total', d.income.total, 'expenditure.total', d.expenditure.total],
      ['appropriation.income', d.appropriation.income, 'appropriation.expenditure', d.appropriation.expenditure],
      ['appropriation.general.income', d.appropriation.general.income, 'appropriation.general.expenditure', d.appropriation.general.expenditure],
    ];
    return pairs.flatMap(([li, inc, le, exp]) => {
      if (inc?.value === undefined || exp?.value === undefined || inc.change === undefined || exp.change === undefined) return [];
      if (compareEqual(inc.value, exp.value).verdict === 'far') return []; // unbalanced: budget-balanced says so
      const c = compareEqual(inc.change, exp.change);
      if (c.verdict === 'exact' || c.verdict === 'rounding') return [];
      return [
        {
          message: `${labelOf(li)}与${labelOf(le)}同为${money(inc.value)}万元，但增减额分别为${money(inc.change)}万元和${money(exp.change)}万元：两处的比较基数不同`,
          evidence: evidenceOf(inc, exp),
          rests: [inc, exp],
          figures: figuresOf(c),
          path: li,
          suggestion: '统一比较基数（上年预算数或上年执行数），并核对增减额',
        },
      ];
    });
  },
});
