import { defineRule } from '../../engine.ts';
import { add, type Figure } from '../../../model/index.ts';
import { evidenceOf, labelOf } from '../../model.ts';
import { compareEqual, figuresOf, money } from '../../tolerance.ts';

export default defineRule({
  meta: {
    id: 'budget-balanced',
    severity: 'error',
    kinds: ['budget'],
    category: 'consistency',
    basis: '预算法 第十二条（各级预算应当收支平衡）；预算法实施条例 第五条',
    docs: '部门预算收支平衡：收入总计等于支出总计，财政拨款收入等于财政拨款支出。',
  },
  reads: 'model',
  check({ disclosure: d }) {
    const pairs: [string, Figure | undefined, string, Figure | undefined, string[]][] = [
      ['income.total', d.income.grandTotal ?? d.income.total, 'expenditure.total', d.expenditure.grandTotal ?? d.expenditure.total, []],
      ['appropriation.income', d.appropriation.income, 'appropriation.expenditure', d.appropriation.expenditure, []],
      ['appropriation.general.income', d.appropriation.general.income, 'appropriation.general.expenditure', d.appropriation.general.expenditure, []],
    ];
    const out = [];
    for (const [li, inc, le, exp] of pairs) {
      if (inc?.value === undefined || exp?.value === undefined || inc.origin === 'derived' || exp.origin === 'derived') continue;
      const c = compareEqual(inc.value, exp.value);
      if (c.verdict !== 'far') continue;
      // a budget may show this year's income against spending that includes the carry-over
      const carry = li === 'income.total' && d.income.carryover?.value;
      if (carry && compareEqual(add(inc.value, carry), exp.value).verdict !== 'far') continue;
      out.push({
        message: `${labelOf(li)}${money(inc.value)}万元与${labelOf(le)}${money(exp.value)}万元不等，预算收支不平衡`,
        evidence: evidenceOf(inc, exp),
        rests: [inc, exp],
        figures: figuresOf(c),
        path: li,
        suggestion: '核对收入与支出总额',
      });
    }
    return out;
  },
});
