import { defineRule } from '../../engine.ts';
import { emptyNoteEvidence } from '../../tables.ts';

/** The subjects a 空表说明 may name, each with the table titles it belongs to. */
const SUBJECTS: { name: string; note: RegExp; title: RegExp }[] = [
  { name: '政府性基金', note: /政府性基金/, title: /政府性基金/ },
  { name: '国有资本经营', note: /国有资本经营/, title: /国有资本经营/ },
  { name: '“三公”经费', note: /三公/, title: /三公/ },
];

export default defineRule({
  meta: {
    id: 'empty-note-own-table',
    severity: 'warning',
    kinds: ['budget', 'final'],
    category: 'table',
    basis: '财预〔2016〕143号（没有数据的表格应当列出空表并说明）；实践：GovBudgetChecker BUD-106（空表说明照抄他表）',
    docs: '空表说明说的是本表（国有资本经营预算表的说明不写成“无政府性基金预算”）。',
  },
  reads: 'model',
  check({ disclosure, docs }) {
    return disclosure.tables.flatMap((t) => {
      const note = t.emptyNote?.replace(/\s+/g, '');
      if (!note) return [];
      const own = SUBJECTS.find((s) => s.title.test(t.title));
      // the note names another table's subject and not its own: copied from that table
      const other = own && !own.note.test(note) ? SUBJECTS.find((s) => s !== own && s.note.test(note)) : undefined;
      if (!own || !other) return [];
      return [
        {
          message: `${t.title}的空表说明写的是“${other.name}”：“${note.slice(0, 40)}”`,
          evidence: [emptyNoteEvidence(t, docs)],
          suggestion: `改为说明本单位无${own.name}${/三公/.test(own.name) ? '' : '预算财政拨款'}安排的支出`,
        },
      ];
    });
  },
});
