import { defineRule, type Draft } from '../../engine.ts';
import { add, compare, scaleOf, type Disclosure, type Figure } from '../../../model/index.ts';
import { evidenceOf, labelOf } from '../../model.ts';

interface Part {
  label: string;
  figure: Figure;
}

/** Parts of one whole that do not overlap: a group whose stated shares cannot add to more than 100 %. */
function groups(d: Disclosure): { whole: string; parts: Part[]; listedInFull?: boolean }[] {
  const at = (p: string) => p.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], d) as Figure | undefined;
  const pick = (paths: string[]) =>
    paths.flatMap((p) => {
      const f = at(p);
      return f?.share !== undefined ? [{ label: labelOf(p), figure: f }] : [];
    });
  /** Every part stated has its share: then what the shares leave is not named (else it is only not shared out). */
  const allShared = (paths: string[]) => paths.every((p) => at(p)?.value === undefined || at(p)?.share !== undefined);
  const incomes = ['general', 'fund', 'capital', 'fiscalSpecial', 'business', 'operating', 'superior', 'subordinate', 'other', 'carryover'].map(
    (k) => `income.${k}`,
  );
  const spendings = ['basic', 'project', 'reserve', 'operating'].map((k) => `expenditure.${k}`);
  const t = d.threePublic;
  const vehicle = t.vehicle?.share !== undefined ? ['threePublic.vehicle'] : ['threePublic.vehiclePurchase', 'threePublic.vehicleOperation'];
  const classes = (cs: Disclosure['expenditure']['byFunction']) =>
    cs.filter((c) => c.level === '类' && c.figure.share !== undefined).map((c) => ({ label: c.name, figure: c.figure }));
  return [
    { whole: '“三公”经费', parts: pick(['threePublic.abroad', ...vehicle, 'threePublic.reception']) },
    { whole: '收入', listedInFull: allShared(incomes), parts: pick(incomes) },
    { whole: '支出', listedInFull: allShared(spendings), parts: pick(spendings) },
    { whole: '一般公共预算财政拨款支出', parts: pick(['basic', 'project'].map((k) => `appropriation.general.${k}`)) },
    { whole: '支出（按功能分类）', parts: classes(d.expenditure.byFunction) },
    { whole: '一般公共预算财政拨款支出（按功能分类）', parts: classes(d.appropriation.general.byFunction) },
  ];
}

/** More than this many percent of a whole listed in full left unnamed is worth a word (not a rounding). */
const UNNAMED = '5';

/** Σ of stated shares may exceed 100 by the rounding of each: half a unit of its last digit (0.005 for “12.34%”). */
function tolerance(shares: string[]): string {
  return add(...shares.map((s) => `0.${'0'.repeat(scaleOf(s))}5`));
}

export default defineRule({
  meta: {
    id: 'shares-total',
    severity: 'error',
    kinds: ['budget', 'final'],
    category: 'percentage',
    basis: '实践：GovBudgetChecker D-002/003（占比之和不超过100%）',
    docs: '同一合计下不重叠的各分项的占比之和不超过100%（舍入误差除外）；收入、支出所列各项的占比之和明显不足100%的，提示未说明的部分。',
  },
  reads: 'model',
  check({ disclosure: d }) {
    const out: Draft[] = [];
    for (const g of groups(d)) {
      if (g.parts.length < 2) continue;
      const shares = g.parts.map((p) => p.figure.share!);
      const sum = add(...shares);
      const short = add('100', `-${sum}`);
      // 收入 and 支出 are listed in full (本年收入 by source, 支出 as 基本 + 项目 …): parts that cover far less than
      // the whole leave a part unnamed (年初结转和结余, 年末结转和结余)
      if (g.listedInFull && compare(short, UNNAMED) > 0) {
        out.push({
          severity: 'warning',
          message: `${g.whole}所列各项占比之和为${sum}%（${g.parts.map((p) => `${p.label}${p.figure.share}%`).join(' + ')}），另有${short}%未说明是哪一项`,
          evidence: evidenceOf(...g.parts.map((p) => p.figure)),
          rests: g.parts.map((p) => p.figure),
          suggestion: '列明其余部分（如年初结转和结余、年末结转和结余），或核对占比的分母',
        });
        continue;
      }
      if (compare(sum, add('100', tolerance(shares))) <= 0) continue;
      out.push({
        message: `${g.whole}各项占比之和为${sum}%（${g.parts.map((p) => `${p.label}${p.figure.share}%`).join(' + ')}），超过100%`,
        evidence: evidenceOf(...g.parts.map((p) => p.figure)),
        rests: g.parts.map((p) => p.figure),
        figures: { expected: '100', actual: sum, difference: add(sum, '-100'), tolerance: tolerance(shares) },
        suggestion: '核对各项占比及其分母',
      });
    }
    return out;
  },
});
