import { defineRule } from '../../engine.ts';
import { labelOf } from '../../model.ts';
import { checkSum } from '../../sums.ts';

const SOURCES = ['general', 'fund', 'capital', 'fiscalSpecial', 'business', 'operating', 'superior', 'subordinate', 'other'] as const;

export default defineRule({
  meta: {
    id: 'income-sources-sum',
    severity: 'error',
    kinds: ['budget', 'final'],
    category: 'arithmetic',
    basis: '预算法实施条例 第五条、第四十条（部门预算收入的构成）',
    docs: '收入合计等于各项收入来源之和（预算含上年结转）。',
  },
  reads: 'model',
  check({ disclosure: d, kind }) {
    const keys = kind === 'budget' ? [...SOURCES, 'carryover' as const] : SOURCES;
    const parts = keys.map((k) => ({ label: labelOf(`income.${k}`), figure: d.income[k] }));
    const stated = parts.filter((p) => p.figure).length;
    // a total with a single named source is that source; the others are unstated, not zero
    return checkSum('收入合计', d.income.total, parts, { complete: stated >= 3, path: 'income.total' });
  },
});
