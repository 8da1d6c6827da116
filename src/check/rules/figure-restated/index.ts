import { defineRule } from '../../engine.ts';
import { evidenceOf } from '../../model.ts';
import { compareEqual, figuresOf, money, severityOf } from '../../tolerance.ts';

export default defineRule({
  meta: {
    id: 'figure-restated',
    severity: 'error',
    kinds: ['budget', 'final'],
    category: 'consistency',
    basis: '财预〔2016〕143号 第三条（内容真实、准确）；实践：GovBudgetChecker OBL-NARRATIVE-INDICATOR-REPEAT',
    docs: '同一数字在文中或表中再次出现时必须相同（标题金额与“本年预算安排”，说明与表格）。',
  },
  reads: 'model',
  check({ figures }) {
    return figures.flatMap(({ path, label, figure: f }) =>
      (f.restated ?? []).flatMap((r) => {
        // money only: counts (vehicles, staff) are restated per category too often to tell a restatement from a part
        if (f.value === undefined || (f.unit !== '万元' && f.unit !== '元')) return [];
        const c = compareEqual(r.value, f.value);
        const severity = severityOf(c.verdict);
        if (!severity) return [];
        return [
          {
            severity,
            message: `${label}一处为${money(f.value)}万元，另一处为${money(r.value)}万元`,
            evidence: evidenceOf(f, { ...f, evidence: [r.evidence] }),
            figures: figuresOf(c),
            path,
            suggestion: '统一同一数字的两处表述',
          },
        ];
      }),
    );
  },
});
