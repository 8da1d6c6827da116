import { defineRule } from '../../engine.ts';
import { evidenceOf } from '../../model.ts';
import { checkSum } from '../../sums.ts';
import { compareSum, figuresOf, money } from '../../tolerance.ts';

export default defineRule({
  meta: {
    id: 'procurement-sum',
    severity: 'error',
    kinds: ['budget', 'final'],
    category: 'arithmetic',
    basis: '预算法 第十四条第三款；财预〔2016〕143号（政府采购总金额及货物、工程、服务金额）',
    docs: '政府采购总额等于货物、工程、服务之和；其中一般公共预算拨款部分不超过总额。',
  },
  reads: 'model',
  check({ disclosure: d }) {
    const p = d.procurement;
    const parts = [
      { label: '货物', figure: p.goods },
      { label: '工程', figure: p.works },
      { label: '服务', figure: p.services },
    ];
    const stated = parts.filter((x) => x.figure).length;
    const out = checkSum('政府采购总额', p.total, parts, { complete: stated === 3, shortfall: 'warning', path: 'procurement.total' });
    const single = [...parts.filter((x) => x.figure && stated === 1), { label: '其中一般公共预算拨款', figure: p.general }];
    for (const part of single) {
      if (p.total?.value === undefined || part.figure?.value === undefined) continue;
      const c = compareSum(p.total.value, [part.figure.value]);
      if (c.verdict === 'far' && c.difference.startsWith('-'))
        out.push({
          message: `政府采购${part.label}${money(part.figure.value)}万元超过政府采购总额${money(p.total.value)}万元`,
          evidence: evidenceOf(p.total, part.figure),
          rests: [p.total, part.figure],
          figures: figuresOf(c),
          path: 'procurement.total',
          suggestion: '核对政府采购总额与其分项',
        });
    }
    return out;
  },
});
