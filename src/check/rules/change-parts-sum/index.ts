import { defineRule } from '../../engine.ts';
import { checkSum } from '../../sums.ts';
import { textMentions } from '../../presence.ts';

export default defineRule({
  meta: {
    id: 'change-parts-sum',
    severity: 'error',
    kinds: ['budget', 'final'],
    category: 'year-over-year',
    basis: '财预〔2016〕143号（预算收支增减变化情况说明）',
    docs: '各组成部分的增减额之和等于合计的增减额（基本支出与项目支出、“三公”各项）。',
  },
  reads: 'model',
  check(ctx) {
    const d = ctx.disclosure;
    const open = (r: unknown) => (!r && textMentions(ctx, /预留机动经费|机动经费/) ? { complete: false, shortfall: 'info' as const } : {});
    const t = d.threePublic;
    const split = t.vehiclePurchase?.change !== undefined && t.vehicleOperation?.change !== undefined;
    const vehicle = split ? undefined : t.vehicle;
    const threeParts = vehicle
      ? [t.abroad, vehicle, t.reception]
      : [t.abroad, t.vehiclePurchase, t.vehicleOperation, t.reception];
    const allChanged = (fs: (typeof vehicle)[]) => fs.every((f) => f?.change !== undefined);
    const g = d.appropriation.general;
    const e = d.expenditure;
    return [
      ...checkSum('支出合计', e.total, [
        { label: '基本支出', figure: e.basic },
        { label: '项目支出', figure: e.project },
        { label: '预留机动经费', figure: e.reserve },
      ], { field: 'change', path: 'expenditure.total.change', ...open(e.reserve) }),
      ...checkSum('一般公共预算财政拨款支出', g.expenditure, [
        { label: '基本支出', figure: g.basic },
        { label: '项目支出', figure: g.project },
        { label: '预留机动经费', figure: g.reserve },
      ], { field: 'change', path: 'appropriation.general.expenditure.change', ...open(g.reserve) }),
      ...(allChanged(threeParts)
        ? checkSum('“三公”经费', t.total, threeParts.map((f, i) => ({ label: (vehicle ? ['因公出国（境）费', '公务用车购置及运行费', '公务接待费'] : ['因公出国（境）费', '公务用车购置费', '公务用车运行维护费', '公务接待费'])[i], figure: f })), { field: 'change', path: 'threePublic.total.change' })
        : []),
    ];
  },
});
