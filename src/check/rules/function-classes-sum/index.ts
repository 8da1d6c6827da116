import { defineRule } from '../../engine.ts';
import type { ClassifiedFigure } from '../../../model/index.ts';
import { checkSum } from '../../sums.ts';
import { isFunctionClass } from '../../reference.ts';
import { generalItems } from '../../model.ts';

/**
 * The parts summed: a 类 must bear a function-class name (not a misread clause); a 项 must come with its
 * classification path or code (an economic item listed alongside is not a 项); a part stated twice with the same
 * amount (the list repeated in another section) counts once.
 */
function partsOf(cs: ClassifiedFigure[], level: '类' | '项') {
  const seen = new Set<string>();
  return cs
    .filter((c) => c.level === level)
    .filter((c) => (level === '类' ? isFunctionClass(c.name) : (c.path?.length ?? 0) >= 2 || c.code?.length === 7))
    .filter((c) => {
      const k = `${c.code ?? ''}|${(c.path ?? [c.name]).join('/')}|${c.figure.value}`;
      return seen.has(k) ? false : (seen.add(k), true);
    })
    .map((c) => ({ label: c.path?.length ? c.path.join('') : c.name, figure: c.figure }));
}

export default defineRule({
  meta: {
    id: 'function-classes-sum',
    severity: 'error',
    kinds: ['budget', 'final'],
    category: 'arithmetic',
    basis: '预算法 第三十二条；预算法实施条例 第六条（支出按功能分类公开到项）',
    docs: '支出合计等于所列各功能分类（类）之和；一般公共预算财政拨款支出等于所列各项（项）之和（决算含年初预算数）。',
  },
  reads: 'model',
  check({ disclosure: d, kind, docs }) {
    const classes = partsOf(d.expenditure.byFunction, '类');
    const items = partsOf(generalItems(d), '项');
    const general = d.appropriation.general.expenditure;
    return [
      ...checkSum('支出合计', d.expenditure.total, classes, { complete: false, shortfall: 'warning', path: 'expenditure.byFunction', docs }),
      ...checkSum('一般公共预算财政拨款支出', general, items, { complete: false, shortfall: 'warning', path: 'appropriation.general.byFunction', docs }),
      ...(kind === 'final'
        ? checkSum('一般公共预算财政拨款支出', general, items, {
            complete: false,
            shortfall: 'warning',
            field: 'budget',
            path: 'appropriation.general.byFunction',
            docs,
          })
        : []),
    ];
  },
});
