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
    docs: '上年数为0时不能写增长百分比（如“增长100%”），应写“新增”（本年也为0的写“持平”，不写“增长0%”）。',
  },
  reads: 'model',
  check({ figures, docs }) {
    // one figure may sit at two paths (收入预算 and 预算拨款收入): one finding for its line and percentage
    const seen = new Set<string>();
    return figures.flatMap(({ path, label, figure: f }) => {
      if (f.value === undefined || f.changePercent === undefined || f.unit === '%') return [];
      const prev = f.prev ?? (f.change !== undefined ? sub(f.value, f.change) : undefined);
      // 0 → 0 too: “增长0%” on a zero base is as undefined as “增长100%”
      if (prev === undefined || sign(prev) !== 0) return [];
      const percent = `${f.changePercent.replace(/^-/, '')}%`;
      const evidence = ((ev) => {
        const at = locate(docs, ev[0], percent);
        return at && at !== ev[0] ? [at, ...ev] : ev;
      })(evidenceOf(f));
      const key = `${evidence[0]?.file}:${evidence[0]?.line ?? evidence[0]?.page}:${percent}`;
      if (seen.has(key)) return [];
      seen.add(key);
      const none = sign(f.value) === 0;
      return [
        {
          message: none ? `${label}上年、本年均为0，增减百分比${percent}无意义` : `${label}上年为0，增长${percent}无意义`,
          evidence,
          path,
          suggestion: none ? '删去百分比，写作“持平”' : '删去百分比，写作“新增…万元”',
        },
      ];
    });
  },
});
