import { defineRule } from '../../engine.ts';
import { evidenceOf } from '../../model.ts';

export default defineRule({
  meta: {
    id: 'change-amount-missing',
    severity: 'warning',
    kinds: ['budget', 'final'],
    category: 'year-over-year',
    basis: '财预〔2016〕143号（说明预算收支增减变化情况）；预算法 第十四条',
    docs: '说明了增减方向（“本年数小于上年预算数”）的数字，须同时给出上年数或增减金额。',
  },
  reads: 'model',
  check(ctx) {
    // the statements, each where it was said (the model's figure merges several statements of one item)
    return ctx.disclosure.statements.flatMap(({ subject: label, figure: f }) => {
      if ((f.direction !== 'increase' && f.direction !== 'decrease') || f.change !== undefined || f.prev !== undefined || f.changePercent !== undefined)
        return [];
      return [
        {
          message: `${label}${f.value !== undefined ? `${f.value}万元` : ''}只说明本年数${f.directionWord ?? (f.direction === 'decrease' ? '小于' : '大于')}上年，未给出上年数或增减金额`,
          evidence: evidenceOf(f),
          suggestion: '写明上年数和增减金额（或增减幅度）',
        },
      ];
    });
  },
});
