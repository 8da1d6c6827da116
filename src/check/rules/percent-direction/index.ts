import { defineRule, type Draft } from '../../engine.ts';
import { sign } from '../../../model/index.ts';
import { evidenceOf } from '../../model.ts';

export default defineRule({
  meta: {
    id: 'percent-direction',
    severity: 'error',
    kinds: ['budget', 'final'],
    category: 'year-over-year',
    basis: '财预〔2016〕143号（增减变化情况说明）；实践：GovBudgetChecker CMM-006（趋势方向）',
    docs: '同一句中增减额的方向（增加/减少）与百分比的方向（增长/下降）一致。',
  },
  reads: 'model',
  check({ figures }) {
    return figures.flatMap(({ path, label, figure: f }): Draft[] => {
      if (f.change === undefined || f.changePercent === undefined) return [];
      const a = sign(f.change);
      const p = sign(f.changePercent);
      if (a === 0 || p === 0 || a === p) return [];
      const amountWord = f.directionWord ?? (a > 0 ? '增加' : '减少');
      return [
        {
          message: `${label}增减额写作“${amountWord}”，百分比却是${p > 0 ? '增长' : '下降'}，方向相互矛盾`,
          evidence: evidenceOf(f),
          path,
          suggestion: '核对增减方向，统一增减额与百分比的表述',
        },
      ];
    });
  },
});
