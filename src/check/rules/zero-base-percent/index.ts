import { defineRule } from '../../engine.ts';
import { sign, sub } from '../../../model/index.ts';
import { evidenceOf } from '../../model.ts';
import { locate } from '../../text.ts';

export default defineRule({
  meta: {
    id: 'zero-base-percent',
    severity: 'warning',
    kinds: ['budget', 'final'],
    category: 'percentage',
    basis: '实践：GovBudgetChecker OBL-TREND-ZERO-BASE（上年为0时增长率无定义）',
    docs: '上年数为0时不能写增长百分比（如“增长100%”），应写“新增”。',
  },
  reads: 'model',
  check({ figures, docs }) {
    return figures.flatMap(({ path, label, figure: f }) => {
      if (f.value === undefined || f.changePercent === undefined || f.unit === '%') return [];
      const prev = f.prev ?? (f.change !== undefined ? sub(f.value, f.change) : undefined);
      if (prev === undefined || sign(prev) !== 0 || sign(f.value) === 0) return [];
      return [
        {
          message: `${label}上年为0，增长${f.changePercent.replace(/^-/, '')}%无意义`,
          evidence: ((ev) => { const at = locate(docs, ev[0], `${f.changePercent!.replace(/^-/, '')}%`); return at && at !== ev[0] ? [at, ...ev] : ev; })(evidenceOf(f)),
          path,
          suggestion: '删去百分比，写作“新增…万元”',
        },
      ];
    });
  },
});
