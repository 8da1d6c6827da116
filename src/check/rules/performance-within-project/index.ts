import { defineRule } from '../../engine.ts';
import { evidenceOf } from '../../model.ts';
import { compareEqual, figuresOf, money } from '../../tolerance.ts';

export default defineRule({
  meta: {
    id: 'performance-within-project',
    severity: 'error',
    kinds: ['budget'],
    category: 'consistency',
    basis: '财预〔2016〕143号（重点项目预算的绩效目标）；实践：GovBudgetChecker BUD-108',
    docs: '实行绩效目标管理的金额不超过项目支出；写明“项目支出均实行”时两者相等。',
  },
  reads: 'model',
  check({ disclosure: d }) {
    const amount = d.performance.amount;
    const project = d.appropriation.general.project ?? d.expenditure.project;
    if (amount?.value === undefined || project?.value === undefined) return [];
    const c = compareEqual(project.value, amount.value);
    if (c.verdict === 'exact' || c.verdict === 'rounding') return [];
    const exceeds = c.difference.startsWith('-');
    if (!exceeds && !d.performance.allProjects) return [];
    // the amount may cover all funds while the project figure is the general budget's only
    if (exceeds && d.expenditure.project?.value !== undefined && compareEqual(d.expenditure.project.value, amount.value).verdict !== 'far') return [];
    return [
      {
        severity: exceeds ? ('error' as const) : ('warning' as const),
        message: exceeds
          ? `绩效目标管理金额${money(amount.value)}万元超过项目支出${money(project.value)}万元`
          : `项目支出“均实行”绩效目标管理，但涉及金额${money(amount.value)}万元不等于项目支出${money(project.value)}万元`,
        evidence: evidenceOf(amount, project),
        rests: [amount, project],
        figures: figuresOf(c),
        path: 'performance.amount',
        suggestion: '核对绩效目标管理涉及的金额',
      },
    ];
  },
});
