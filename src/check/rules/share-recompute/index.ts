import { defineRule } from '../../engine.ts';
import type { Disclosure, Figure } from '../../../model/index.ts';
import { evidenceOf, figureAt, labelOf } from '../../model.ts';
import { locate } from '../../text.ts';
import { comparePercent, figuresOf, severityOf, type Comparison } from '../../tolerance.ts';

interface Group {
  parts: { label: string; path: string; figure: Figure | undefined }[];
  /** the denominator the share should use first, then others a document may have meant */
  denominators: string[];
}

function groups(d: Disclosure): Group[] {
  const at = (p: string) => ({ label: labelOf(p), path: p, figure: figureAt(d, p) });
  const classified = (prefix: string, cs: Disclosure['expenditure']['byFunction']) =>
    cs.map((c, i) => ({ label: c.path?.length ? c.path.join('') : c.name, path: `${prefix}[${i}]`, figure: c.figure }));
  return [
    {
      parts: ['abroad', 'vehicle', 'vehiclePurchase', 'vehicleOperation', 'reception'].map((k) => at(`threePublic.${k}`)),
      denominators: ['threePublic.total'],
    },
    {
      parts: ['general', 'fund', 'capital', 'fiscalSpecial', 'business', 'operating', 'superior', 'subordinate', 'other', 'carryover'].map((k) =>
        at(`income.${k}`),
      ),
      denominators: ['income.total', 'income.grandTotal'],
    },
    {
      parts: ['basic', 'project', 'reserve', 'operating'].map((k) => at(`expenditure.${k}`)),
      denominators: ['expenditure.total', 'expenditure.grandTotal', 'appropriation.general.expenditure'],
    },
    { parts: ['basic', 'project'].map((k) => at(`appropriation.general.${k}`)), denominators: ['appropriation.general.expenditure', 'expenditure.total'] },
    {
      parts: ['appropriation.general.expenditure', 'appropriation.fund.expenditure', 'appropriation.capital.expenditure'].map(at),
      denominators: ['expenditure.total', 'appropriation.expenditure', 'income.total'],
    },
    {
      parts: classified('expenditure.byFunction', d.expenditure.byFunction),
      denominators: ['expenditure.total', 'appropriation.general.expenditure', 'expenditure.grandTotal'],
    },
    {
      parts: classified('appropriation.general.byFunction', d.appropriation.general.byFunction),
      denominators: ['appropriation.general.expenditure', 'expenditure.total'],
    },
    {
      parts: classified('expenditure.byEconomic', d.expenditure.byEconomic),
      denominators: ['expenditure.basic', 'appropriation.general.basic', 'expenditure.total'],
    },
  ];
}

export default defineRule({
  meta: {
    id: 'share-recompute',
    severity: 'error',
    kinds: ['budget', 'final'],
    category: 'percentage',
    basis: '实践：GovBudgetChecker D-002/003/007（占比 = 分项 ÷ 合计）',
    docs: '“占…%”等于分项除以其合计（“三公”各项占“三公”合计，功能分类占支出合计…）。',
  },
  reads: 'model',
  check({ disclosure: d, docs }) {
    return groups(d).flatMap((g) =>
      g.parts.flatMap(({ label, path, figure: f }) => {
        if (!f?.share || f.value === undefined) return [];
        let first: { c: Comparison; den: string; total: Figure } | undefined;
        for (const den of g.denominators) {
          const total = figureAt(d, den);
          if (total?.value === undefined) continue;
          const c = comparePercent(f.share, f.value, total.value);
          if (!c) continue;
          if (c.verdict === 'exact') return [];
          // within rounding of the intended whole: at most info, and only against the primary whole
          if (c.verdict === 'rounding' && first) return [];
          first ??= { c, den, total };
          if (c.verdict === 'rounding') break;
        }
        if (!first) return [];
        const severity = severityOf(first.c.verdict)!;
        return [
          {
            severity,
            message: `${label}${f.value}万元占${labelOf(first.den)}${first.total.value}万元的${first.c.expected}%，文中为${f.share}%${severity === 'info' ? '，差异在四舍五入范围内' : ''}`,
            evidence: ((ev) => {
              const at = locate(docs, ev[0], `${f.share}%`);
              return at && at !== ev[0] ? [at, ...ev] : ev;
            })(evidenceOf(f, first.total)),
            rests: [f, first.total],
            figures: figuresOf(first.c),
            path,
            suggestion: `改为${first.c.expected}%，或核对分母`,
          },
        ];
      }),
    );
  },
});
