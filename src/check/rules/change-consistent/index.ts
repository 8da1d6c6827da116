import { defineRule } from '../../engine.ts';
import { neg } from '../../../model/index.ts';
import { evidenceOf } from '../../model.ts';
import { compareSum, figuresOf, money, severityOf } from '../../tolerance.ts';

export default defineRule({
  meta: {
    id: 'change-consistent',
    severity: 'error',
    kinds: ['budget', 'final'],
    category: 'year-over-year',
    basis: '财预〔2016〕143号（预算收支增减变化情况说明）',
    docs: '文中同时给出本年数、上年数和增减额时，增减额等于本年数减上年数。',
  },
  reads: 'model',
  check({ figures }) {
    return figures.flatMap(({ path, label, figure: f }) => {
      if (f.value === undefined || !f.prevStated || f.prev === undefined || f.change === undefined || f.unit === '%') return [];
      const c = compareSum(f.change, [f.value, neg(f.prev)]);
      const severity = severityOf(c.verdict);
      if (!severity || severity === 'info') return [];
      return [
        {
          severity,
          message: `${label}本年${money(f.value)}万元、上年${money(f.prev)}万元，增减应为${money(c.expected)}万元，文中为${money(f.change)}万元`,
          evidence: evidenceOf(f),
          figures: figuresOf(c),
          path,
          suggestion: '核对本年数、上年数与增减额',
        },
      ];
    });
  },
});
