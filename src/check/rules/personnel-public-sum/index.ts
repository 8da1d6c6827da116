import { defineRule } from '../../engine.ts';
import { labelOf } from '../../model.ts';
import { checkSum } from '../../sums.ts';

export default defineRule({
  meta: {
    id: 'personnel-public-sum',
    severity: 'error',
    kinds: ['budget', 'final'],
    category: 'arithmetic',
    basis: '预算法实施条例 第五条（基本支出包括人员经费和公用经费）',
    docs: '基本支出等于人员经费加公用经费。',
  },
  reads: 'model',
  check({ disclosure: d }) {
    const out = checkSum(
      '基本支出',
      d.expenditure.basic,
      [
        { label: '人员经费', figure: d.expenditure.personnel },
        { label: '公用经费', figure: d.expenditure.publicFunds },
      ],
      { path: 'expenditure.basic' },
    );
    for (const fund of ['general', 'fund', 'capital'] as const) {
      const f = d.appropriation[fund];
      out.push(
        ...checkSum(
          labelOf(`appropriation.${fund}.basic`),
          f.basic,
          [
            { label: '人员经费', figure: f.personnel },
            { label: '公用经费', figure: f.publicFunds },
          ],
          { path: `appropriation.${fund}.basic` },
        ),
      );
    }
    return out;
  },
});
