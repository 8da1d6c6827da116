import { defineRule } from '../../engine.ts';
import { sign } from '../../../model/index.ts';
import { evidenceOf } from '../../model.ts';
import { locate } from '../../text.ts';
import { comparePercent, figuresOf, severityOf } from '../../tolerance.ts';

export default defineRule({
  meta: {
    id: 'completion-rate',
    severity: 'error',
    kinds: ['final'],
    category: 'percentage',
    basis: '预算法 第七十五条（决算按预算数、调整预算数、决算数分别列出）；实践：GovBudgetChecker R004',
    docs: '完成率等于决算数除以年初预算数（或全年预算数）；年初预算为0时不写“完成年初预算的x%”。',
  },
  reads: 'model',
  check({ figures, docs }) {
    return figures.flatMap(({ path, label, figure: f }) => {
      if (f.completionRate === undefined || f.value === undefined) return [];
      if (f.budget !== undefined && sign(f.budget) === 0 && sign(f.value) !== 0)
        return [
          {
            message: `${label}年初预算为0，“完成年初预算的${f.completionRate}%”无意义${f.adjustedBudget ? `（${f.completionRate}%是对全年预算${f.adjustedBudget}万元的完成率）` : ''}`,
            evidence: ((ev) => {
              const at = locate(docs, ev[0], `${f.completionRate}%`);
              return at && at !== ev[0] ? [at, ...ev] : ev;
            })(evidenceOf(f)),
            path,
            suggestion: '改为对全年预算的完成率，或说明年初未安排预算',
          },
        ];
      const bases = [f.budget, f.adjustedBudget].filter((b): b is string => b !== undefined && sign(b) > 0);
      let worst: ReturnType<typeof comparePercent> = null;
      for (const b of bases) {
        const c = comparePercent(f.completionRate, f.value, b);
        if (!c) continue;
        if (c.verdict === 'exact' || c.verdict === 'rounding') return [];
        worst ??= c;
      }
      if (!worst) return [];
      return [
        {
          severity: severityOf(worst.verdict)!,
          message: `${label}决算${f.value}万元、年初预算${f.budget ?? f.adjustedBudget}万元，完成率应为${worst.expected}%，文中为${f.completionRate}%`,
          evidence: ((ev) => {
            const at = locate(docs, ev[0], `${f.completionRate}%`);
            return at && at !== ev[0] ? [at, ...ev] : ev;
          })(evidenceOf(f)),
          figures: figuresOf(worst),
          path,
          suggestion: `改为${worst.expected}%`,
        },
      ];
    });
  },
});
