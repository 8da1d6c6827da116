import { defineRule, type Draft } from '../../engine.ts';
import type { ClassifiedFigure, Table, TableRow } from '../../../model/index.ts';
import { evidenceOf, generalItems } from '../../model.ts';
import { compareEqual, figuresOf, money, severityOf } from '../../tolerance.ts';

const clean = (s: string) => s.replace(/[（(][类款项][）)]|\s/g, '');

/** The table row of a narrative 类/项: by code, else by name (and, for a 项, the name of its 款). */
function rowFor(t: Table, c: ClassifiedFigure): TableRow | undefined {
  const level = c.level === '类' ? 3 : c.level === '款' ? 5 : 7;
  const coded = t.rows.filter((r) => r.code?.length === level);
  if (c.code) return coded.find((r) => r.code === c.code);
  const name = clean(c.name);
  let candidates = coded.filter((r) => clean(r.name) === name);
  // “机关事业单位职业年金缴费（项）” for the row 机关事业单位职业年金缴费支出: the text drops the final 支出
  if (!candidates.length) candidates = coded.filter((r) => clean(r.name) === `${name}支出` || `${clean(r.name)}支出` === name);
  // “人大事务行政运行（项）”: the 款 name and the 项 name run together
  if (!candidates.length && level === 7)
    candidates = coded.filter((r) => t.rows.some((p) => p.code === r.code!.slice(0, 5) && clean(p.name) + clean(r.name) === name));
  if (candidates.length <= 1 || level === 3) return candidates.length === 1 ? candidates[0] : undefined;
  const parent = c.path && c.path.length >= 2 ? clean(c.path[c.path.length - 2]) : undefined;
  if (!parent) return undefined;
  const parents = t.rows.filter((r) => r.code?.length === level - 2 && clean(r.name) === parent);
  const hits = candidates.filter((r) => parents.some((p) => r.code!.startsWith(p.code!)));
  return hits.length === 1 ? hits[0] : undefined;
}

function compare(t: Table | undefined, items: ClassifiedFigure[], path: string): Draft[] {
  if (!t || !/合计|金额|决算数|预算数/.test(t.columns[0] ?? '')) return [];
  return items.flatMap((c) => {
    const value = c.figure.value;
    const row = rowFor(t, c);
    const cell = row?.values[0];
    if (value === undefined || !row || cell === null || cell === undefined) return [];
    // a narrative figure already checked against this cell by the extraction (restated) is not reported twice
    if (c.figure.restated?.some((r) => r.value === cell)) return [];
    const cmp = compareEqual(value, cell);
    // the table is read from page layout: a disagreement is a warning until the reading is proven cell by cell
    const severity = cmp.verdict === 'far' ? 'warning' : severityOf(cmp.verdict);
    if (!severity) return [];
    const label = c.path?.length ? c.path.join('') : c.name;
    return [
      {
        severity,
        message: `${label}文中为${money(value)}万元，${t.title}「${row.code} ${row.name}」为${money(cell)}万元`,
        evidence: [
          ...evidenceOf(c.figure),
          { ...(row.evidence ?? { text: '' }), table: t.title, row: `${row.code} ${row.name}`, text: row.evidence?.text ?? row.name },
        ],
        figures: figuresOf(cmp),
        path,
        suggestion: '核对说明中的金额与表中对应科目',
      },
    ];
  });
}

export default defineRule({
  meta: {
    id: 'narrative-table-consistent',
    severity: 'warning',
    kinds: ['budget', 'final'],
    category: 'consistency',
    basis: '财预〔2016〕143号（部门预算说明与报表一致）；实践：GovBudgetChecker B-008 / V33-110',
    docs: '说明中逐项列出的“（类）（款）（项）N万元”与一般公共预算支出表中同一科目的金额一致。',
  },
  reads: 'model',
  check({ disclosure: d }) {
    const general = d.tables.find((t) => t.kind === 'generalExpenditure');
    const items = generalItems(d);
    return compare(general, items, 'appropriation.general.byFunction');
  },
});
