import { defineRule, type Draft } from '../../engine.ts';
import { abs, compare, percent, sign, sub } from '../../../model/index.ts';
import { evidenceOf } from '../../model.ts';
import { compareEqual, money } from '../../tolerance.ts';

const WORD = { above: '大于', below: '小于', equal: '等于' } as const;

/** “基本持平” tolerates a difference of up to 1 % of the budget; “等于” does not. */
const BASICALLY_FLAT_PERCENT = '1';

export default defineRule({
  meta: {
    id: 'budget-relation-word',
    severity: 'error',
    kinds: ['final'],
    category: 'year-over-year',
    basis: '预算法 第七十五条（决算按预算数、决算数列示）；实践：GovBudgetChecker V33-110, D-005',
    docs: '决算说明中“决算数大于/小于/等于预算数”与所列年初预算数和决算数的大小关系一致。',
  },
  reads: 'model',
  check({ figures }) {
    return figures.flatMap(({ path, label, figure: f }): Draft[] => {
      if (!f.budgetRelation || f.value === undefined || f.budget === undefined) return [];
      const c = compareEqual(f.value, f.budget);
      const same = c.verdict === 'exact' || c.verdict === 'rounding';
      const actual = same ? 'equal' : sign(sub(f.value, f.budget)) > 0 ? 'above' : 'below';
      if (actual === f.budgetRelation) return [];
      const gap = percent(abs(sub(f.value, f.budget)), f.budget);
      const basicallyFlat = /基本/.test(f.budgetRelationWord ?? '') && gap !== null && compare(gap, BASICALLY_FLAT_PERCENT) <= 0;
      if (f.budgetRelation === 'equal' && basicallyFlat) return [];
      return [
        {
          message: `${label}年初预算${money(f.budget)}万元、决算${money(f.value)}万元，决算数${WORD[actual]}预算数，文中写作“${f.budgetRelationWord ?? WORD[f.budgetRelation]}”`,
          evidence: evidenceOf(f),
          figures: { expected: f.budget, actual: f.value, difference: sub(f.value, f.budget), tolerance: c.tolerance },
          path,
          suggestion: `改为“决算数${WORD[actual]}预算数”，并说明原因`,
        },
      ];
    });
  },
});
