import { defineRule } from '../../engine.ts';
import { sign } from '../../../model/index.ts';
import { emptyNoteEvidence } from '../../tables.ts';

export default defineRule({
  meta: {
    id: 'table-empty-note',
    severity: 'warning',
    kinds: ['budget', 'final'],
    category: 'table',
    basis: '财预〔2016〕143号（没有数据的表格应当列出空表并说明）；实践：GovBudgetChecker V33-122',
    docs: '说明“本表为空表/无…”的表格不得有非零数字。',
  },
  reads: 'model',
  check({ disclosure, docs }) {
    return disclosure.tables.flatMap((t) => {
      if (!t.emptyNote || !/空表|无.{0,20}(预算|经费|支出|收入)|没有/.test(t.emptyNote)) return [];
      const nonZero = t.rows.find((r) => r.values.some((v) => v !== null && sign(v) !== 0));
      if (!nonZero) return [];
      return [
        {
          message: `${t.title}注明“${t.emptyNote.slice(0, 40)}”，表中却有数字（${nonZero.name} ${nonZero.values
            .filter((v) => v !== null && sign(v) !== 0)
            .slice(0, 3)
            .join('、')}）`,
          evidence: [emptyNoteEvidence(t, docs, nonZero.evidence)],
          suggestion: '删去空表说明，或核对表中数字',
        },
      ];
    });
  },
});
