import { defineRule, type Draft } from '../../engine.ts';
import type { Table } from '../../../model/index.ts';
import { misread, sumsOf } from '../../table-sums.ts';

export default defineRule({
  meta: {
    id: 'table-sums',
    severity: 'warning',
    kinds: ['budget', 'final'],
    category: 'table',
    basis: '预算法 第三十二条、第四十六条；预算法实施条例 第六条（功能分类到项、经济分类到款）',
    docs: '表内合计等于分项：每行合计等于各列之和，类等于其款之和，款等于其项之和，合计行等于各类之和。',
  },
  reads: 'model',
  check({ disclosure }) {
    return disclosure.tables.flatMap(tableFindings);
  },
});

/**
 * A published table has a few wrong cells at most; when many of its sums fail, its columns were not read right
 * (merged headers, shifted cells), and its sums say nothing about the document: one info instead of false errors.
 */
function tableFindings(t: Table): Draft[] {
  const { checks, drafts } = sumsOf(t);
  if (misread(t)) {
    const wrong = drafts.filter((f) => f.severity === 'warning').length;
    return [
      {
        severity: 'info',
        message: `${t.title}：${checks}项合计中有${wrong}项对不上，表格的列可能未能正确读取，未逐项报告`,
        evidence: [{ ...(t.evidence ?? { text: t.title }), table: t.title, text: t.evidence?.text ?? t.title }],
        suggestion: '人工核对该表，或提供可复制文字的版本',
      },
    ];
  }
  return drafts;
}
