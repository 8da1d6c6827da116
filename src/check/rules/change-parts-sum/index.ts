import { defineRule, type Draft } from '../../engine.ts';
import { checkSum } from '../../sums.ts';
import { textMentions } from '../../presence.ts';
import { evidenceOf } from '../../model.ts';
import { compareSum, figuresOf, money } from '../../tolerance.ts';
import type { Figure } from '../../../model/index.ts';

interface Part {
  label: string;
  figure: Figure | undefined;
}

/**
 * A total's change against parts some of whose change is not stated: an unstated change is unknown, not zero. With
 * this year's value v of such a part known, its change is at most v (last year's value is not negative), so the
 * whole's change can be at most Σ stated changes + Σ v. A stated change of the whole above that bound is an error
 * however the unstated parts moved. (The lower bound gives nothing the sum of the values does not.)
 */
function changeAboveBound(totalLabel: string, total: Figure | undefined, parts: Part[], path: string): Draft[] {
  if (total?.change === undefined || total.origin === 'derived') return [];
  const unstated = parts.filter((p) => p.figure?.change === undefined);
  if (unstated.length === 0 || unstated.some((p) => p.figure?.value === undefined)) return [];
  const stated = parts.filter((p) => p.figure?.change !== undefined);
  if (stated.length === 0) return [];
  const bound = [...stated.map((p) => p.figure!.change!), ...unstated.map((p) => p.figure!.value!)];
  const c = compareSum(total.change, bound);
  if (c.verdict !== 'far' || c.difference.startsWith('-')) return [];
  const how = [
    ...stated.map((p) => `${p.label}增减${money(p.figure!.change!)}`),
    ...unstated.map((p) => `${p.label}至多${money(p.figure!.value!)}（未说明增减，按本年数计上限）`),
  ].join(' + ');
  return [
    {
      severity: 'error',
      message: `${totalLabel}的增减额${money(total.change)}万元超出各项增减额之和的上限${money(c.expected)}万元（${how}），相差${money(c.difference)}万元`,
      evidence: evidenceOf(total, ...parts.map((p) => p.figure)),
      rests: [total, ...parts.map((p) => p.figure)],
      figures: figuresOf(c),
      path,
      suggestion: '核对合计的增减额与各项的增减额',
    },
  ];
}

export default defineRule({
  meta: {
    id: 'change-parts-sum',
    severity: 'error',
    kinds: ['budget', 'final'],
    category: 'year-over-year',
    basis: '财预〔2016〕143号（预算收支增减变化情况说明）',
    docs: '各组成部分的增减额之和等于合计的增减额（基本支出与项目支出、“三公”各项）；某项未说明增减时按区间计（至多为其本年数），合计的增减额超出上限为错误。',
  },
  reads: 'model',
  check(ctx) {
    const d = ctx.disclosure;
    const open = (r: unknown) => (!r && textMentions(ctx, /预留机动经费|机动经费/) ? { complete: false, shortfall: 'info' as const } : {});
    const t = d.threePublic;
    // the subtotal's own change where the text states it; its parts' only where it does not
    const split = t.vehicle?.change === undefined && t.vehiclePurchase?.change !== undefined && t.vehicleOperation?.change !== undefined;
    const vehicle = split ? undefined : t.vehicle;
    const threeParts = vehicle ? [t.abroad, vehicle, t.reception] : [t.abroad, t.vehiclePurchase, t.vehicleOperation, t.reception];
    const allChanged = (fs: (typeof vehicle)[]) => fs.every((f) => f?.change !== undefined);
    const labels = vehicle
      ? ['因公出国（境）费', '公务用车购置及运行费', '公务接待费']
      : ['因公出国（境）费', '公务用车购置费', '公务用车运行维护费', '公务接待费'];
    const threeLabelled = threeParts.map((f, i) => ({ label: labels[i], figure: f }));
    const g = d.appropriation.general;
    const e = d.expenditure;
    // a whole by type: 基本支出 + 项目支出 (+ 预留机动经费, which a text may name without a figure)
    const byType = (label: string, whole: Figure | undefined, s: Partial<Record<'basic' | 'project' | 'reserve', Figure>>, path: string) =>
      checkSum(
        label,
        whole,
        [
          { label: '基本支出', figure: s.basic },
          { label: '项目支出', figure: s.project },
          { label: '预留机动经费', figure: s.reserve },
        ],
        { field: 'change', path, ...open(s.reserve) },
      );
    return [
      ...byType('支出合计', e.total, e, 'expenditure.total.change'),
      ...byType('一般公共预算财政拨款支出', g.expenditure, g, 'appropriation.general.expenditure.change'),
      // every part's change stated: they must add up; some unstated: the whole's change is bounded by them (changeAboveBound)
      ...(allChanged(threeParts)
        ? checkSum('“三公”经费', t.total, threeLabelled, { field: 'change', path: 'threePublic.total.change' })
        : changeAboveBound('“三公”经费', t.total, threeLabelled, 'threePublic.total.change')),
    ];
  },
});
