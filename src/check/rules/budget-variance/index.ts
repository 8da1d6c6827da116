import { defineRule, type Draft } from '../../engine.ts';
import { abs, add, neg, sign, sub } from '../../../model/index.ts';
import { evidenceOf } from '../../model.ts';
import { compareEqual, comparePercent, compareSum, figuresOf, money, moneyHalf, severityOf } from '../../tolerance.ts';

/** “较年初预算数减少10.93万元”, “比预算超支5万元”: the stated difference of the 决算 from its budget. */
const VARIANCE = /(?:较|比|与)(?:年初)?预算(?:数)?(?:相比)?[^，。；,;\d]{0,4}?(增加|减少|节约|超支|超出|下降|增长|多|少)(\d[\d,]*(?:\.\d+)?)\s*万元/;
const LESS = /减少|节约|下降|少/;
/** A reason given for the figure (主要原因是…, 由于…, 主要用于…). */
const REASON = /原因|由于|因为|主要是|主要用于|系/;

export default defineRule({
  meta: {
    id: 'budget-variance',
    severity: 'error',
    kinds: ['final'],
    category: 'consistency',
    basis: '预算法 第七十五条、第九十二条（决算与预算对照，超预算须说明）；财预〔2016〕143号',
    docs: '决算数与年初预算数之差等于文中所述差额，所述幅度等于差额除以年初预算数；决算数超过年初预算时说明原因。',
  },
  reads: 'model',
  check({ figures }) {
    const out: Draft[] = [];
    for (const { path, label, figure: f } of figures) {
      if (f.value === undefined || f.budget === undefined) continue;
      const text = (f.evidence[0]?.text ?? '').replace(/\s+/g, '');
      const m = VARIANCE.exec(text);
      if (m) {
        const stated = LESS.test(m[1]) ? neg(m[2].replace(/,/g, '')) : m[2].replace(/,/g, '');
        const c = compareSum(f.value, [f.budget, stated]);
        if (c.verdict === 'far')
          out.push({
            message: `${label}决算${money(f.value)}万元、年初预算${money(f.budget)}万元，差额应为${money(sub(f.value, f.budget))}万元，文中为${money(stated)}万元`,
            evidence: evidenceOf(f),
            figures: figuresOf(c),
            path,
            suggestion: '核对决算数、年初预算数与差额',
          });
      }
      // “较年初预算数减少10.93万元，下降54.65%”: the percentage is of the budget
      // (a difference that disagrees with the two amounts is reported above: its percentage says nothing more)
      const agrees = f.budgetDifference === undefined || compareSum(f.value, [f.budget, f.budgetDifference]).verdict !== 'far';
      if (f.budgetDifferencePercent !== undefined && sign(f.budget) > 0 && agrees) {
        const diff = f.budgetDifference ?? sub(f.value, f.budget);
        const stated = abs(f.budgetDifferencePercent);
        const c = comparePercent(stated, abs(diff), f.budget, add(moneyHalf(f.value), moneyHalf(f.budget)), moneyHalf(f.budget));
        const severity = c && severityOf(c.verdict);
        if (c && severity)
          out.push({
            severity,
            message: `${label}与年初预算相差的幅度应为${c.expected}%（${abs(diff)} ÷ ${f.budget}），文中为${stated}%${severity === 'info' ? '，差异在四舍五入范围内' : ''}`,
            evidence: evidenceOf(f),
            figures: figuresOf(c),
            path,
            suggestion: `改为${c.expected}%，或核对年初预算数与差额`,
          });
      }
      // above the budget beyond rounding (and above the adjusted budget, when one is stated), and no word on why
      const above = (b: string) => ((c) => c.verdict === 'far' && !c.difference.startsWith('-'))(compareEqual(f.value!, b));
      const explained = f.reason !== undefined || f.evidence.some((e) => REASON.test(e.text));
      if (above(f.budget) && (f.adjustedBudget === undefined || above(f.adjustedBudget)) && !explained)
        out.push({
          severity: 'warning',
          message: `${label}决算${money(f.value)}万元超过年初预算${money(f.budget)}万元，未说明原因`,
          evidence: evidenceOf(f),
          path,
          suggestion: '说明超预算的原因（预算调整、追加等）',
        });
    }
    return out;
  },
});
