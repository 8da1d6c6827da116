import { defineRule, type Draft } from '../../engine.ts';
import { sign, sub } from '../../../model/index.ts';
import { evidenceOf } from '../../model.ts';
import { compareSum, money } from '../../tolerance.ts';

const WORD = { increase: '增加', decrease: '减少', flat: '持平' } as const;

export default defineRule({
  meta: {
    id: 'direction-word-sign',
    severity: 'error',
    kinds: ['budget', 'final'],
    category: 'year-over-year',
    basis: '财预〔2016〕143号（增减变化情况说明）；实践：GovBudgetChecker CMM-005/006',
    docs: '“增加/减少/持平”等方向词与本年数和上年数的大小关系一致（增减额为0却写“增加”的，见 zero-change-word）。',
  },
  reads: 'model',
  check({ figures }) {
    return figures.flatMap(({ path, label, figure: f }): Draft[] => {
      if (!f.direction || f.unit === '%') return [];
      const value = f.value;
      const word = f.directionWord ?? WORD[f.direction];
      // the actual movement: from the stated previous value, else from the stated change
      let actual: -1 | 0 | 1 | null = null;
      let detail = '';
      if (value !== undefined && f.prevStated && f.prev !== undefined) {
        const c = compareSum(value, [f.prev]);
        actual = c.verdict === 'exact' || c.verdict === 'rounding' ? 0 : sign(sub(value, f.prev));
        detail = `本年${money(value)}万元、上年${money(f.prev)}万元`;
      }
      // a zero change with a direction word is a wording matter: zero-change-word
      if (actual === null) return [];
      const expected = actual > 0 ? 'increase' : actual < 0 ? 'decrease' : 'flat';
      if (expected === f.direction || (f.direction === 'flat' && actual === 0)) return [];
      if (expected === 'flat') return [];
      return [
        {
          message: `${label}${detail}，应为“${WORD[expected]}”，文中写作“${word}”`,
          evidence: evidenceOf(f),
          figures: { expected: sub(value!, f.prev!), actual: f.change ?? null, difference: null, tolerance: null },
          path,
          suggestion: `改为“${WORD[expected]}”，或核对本年数与上年数`,
        },
      ];
    });
  },
});
