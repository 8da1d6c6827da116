import { defineRule } from '../../engine.ts';
import { abs, add, sign, sub } from '../../../model/index.ts';
import { evidenceOf } from '../../model.ts';
import { locate } from '../../text.ts';
import { comparePercent, figuresOf, moneyHalf, severityOf } from '../../tolerance.ts';

export default defineRule({
  meta: {
    id: 'change-percent',
    severity: 'error',
    kinds: ['budget', 'final'],
    category: 'percentage',
    basis: '财预〔2016〕143号（增减变化情况说明）；实践：GovBudgetChecker CMM-007',
    docs: '增减百分比等于增减额除以上年数：超出舍入为错误，仅末位之差为警告，舍入范围内的不同为提示。',
  },
  reads: 'model',
  check({ figures, docs }) {
    return figures.flatMap(({ path, label, figure: f }) => {
      if (f.changePercent === undefined || f.unit === '%') return [];
      let numerator: string;
      let base: string;
      let numHalf: string;
      let baseHalf: string;
      let how: string;
      // a negative change is shown in brackets: “（0 −（−56.95））”, never “0 − -56.95”
      const signed = (x: string) => (x.startsWith('-') ? `（−${x.slice(1)}）` : x);
      if (f.value === undefined) {
        // “与2016年度相比（2016年度…为8,648.07万元），增加498.72万元，增长5.77%”: the change over the stated base
        if (!f.prevStated || f.prev === undefined || f.change === undefined) return [];
        numerator = f.change;
        base = f.prev;
        numHalf = moneyHalf(f.change);
        baseHalf = moneyHalf(f.prev);
        how = `${abs(numerator)} ÷ ${f.prev}`;
      } else if ((f.prevStated || f.change === undefined) && f.prev !== undefined) {
        // stated, in the text or in a table beside it (a previous value is derived only from a stated change)
        numerator = sub(f.value, f.prev);
        base = f.prev;
        numHalf = add(moneyHalf(f.value), moneyHalf(f.prev));
        baseHalf = moneyHalf(f.prev);
        how = `（${f.value} − ${signed(f.prev)}）÷ ${f.prev}`;
      } else if (f.change !== undefined) {
        numerator = f.change;
        base = sub(f.value, f.change);
        numHalf = moneyHalf(f.change);
        baseHalf = add(moneyHalf(f.value), moneyHalf(f.change));
        how = `${abs(numerator)} ÷ （${f.value} − ${signed(f.change)}）`;
      } else return [];
      if (sign(base) <= 0) return []; // zero base: zero-base-percent
      const stated = abs(f.changePercent);
      const c = comparePercent(stated, abs(numerator), base, numHalf, baseHalf);
      if (!c) return [];
      const severity = severityOf(c.verdict);
      if (!severity) return [];
      return [
        {
          severity,
          message: `${label}增减幅度应为${c.expected}%（${how}），文中为${stated}%${severity === 'info' ? '，差异在四舍五入范围内' : ''}`,
          evidence: sharpen(docs, evidenceOf(f), `${stated}%`),
          figures: figuresOf(c),
          path,
          suggestion: `改为${c.expected}%，或核对上年数与增减额`,
        },
      ];
    });
  },
});

/** The percentage's own line first, then the sentence's start if it differs. */
function sharpen(docs: Parameters<typeof locate>[0], ev: ReturnType<typeof evidenceOf>, needle: string) {
  const at = locate(docs, ev[0], needle);
  return at && at !== ev[0] ? [at, ...ev] : ev;
}
