/**
 * Table figures into the model, under the narrative: where the text states a figure, the text's figure stands
 * (a disagreement is the checker's finding, not the extractor's choice); the tables fill what the text leaves out
 * and add the 年初预算 (`.budget`) a 决算 table carries.
 */
import { compare, sub, isFigureKey, slotOf as keySlot, FUNCTION_KEY_PREFIX, type Disclosure, type Figure, type FigureSlotOf } from '../model/index.ts';
import type { TableFigure } from './tables/index.ts';

const SUFFIXES = ['budget', 'prev', 'change'] as const;
type Suffix = (typeof SUFFIXES)[number];

function split(key: string): { base: string; suffix?: Suffix } {
  const last = key.slice(key.lastIndexOf('.') + 1);
  return (SUFFIXES as readonly string[]).includes(last) ? { base: key.slice(0, key.lastIndexOf('.')), suffix: last as Suffix } : { base: key };
}

/** The model slot of a flat key (the figure catalogue binds it to its path), or a function class. */
function slotOf(d: Disclosure, base: string): FigureSlotOf | undefined {
  if (base.startsWith(FUNCTION_KEY_PREFIX)) {
    const name = base.slice(FUNCTION_KEY_PREFIX.length);
    return {
      get: () => d.expenditure.byFunction.find((c) => c.name === name && c.level === '类')?.figure,
      set: (f) => void d.expenditure.byFunction.push({ name, level: '类', figure: f }),
    };
  }
  return isFigureKey(base) ? keySlot(d, base) : undefined;
}

export function mergeTableFigures(d: Disclosure, figures: Record<string, TableFigure>): void {
  // Values first, so that suffixes find their figure.
  const keys = Object.keys(figures).sort((a, b) => Number(Boolean(split(a).suffix)) - Number(Boolean(split(b).suffix)));
  for (const key of keys) {
    const { base, suffix } = split(key);
    const slot = slotOf(d, base);
    if (!slot) continue;
    const tf = figures[key];
    const cur = slot.get();
    if (!suffix) {
      if (!cur) slot.set({ value: tf.value, unit: '万元', origin: 'table', evidence: [tf.evidence] });
      else if (cur.value === undefined) {
        // a change stated in the text, its value in the table: last year's follows
        cur.value = tf.value;
        if (cur.change !== undefined && cur.prev === undefined) cur.prev = sub(tf.value, cur.change);
      } else if (compare(cur.value, tf.value) !== 0) preferAgreeing(cur, tf);
      continue;
    }
    if (cur && cur[suffix] === undefined) cur[suffix] = tf.value;
  }
}

/**
 * The text states a figure twice with different values and the table agrees with one of them: that one is the
 * figure, the other stays as `restated` (the checker reports the disagreement either way).
 */
function preferAgreeing(cur: Figure, tf: TableFigure): void {
  const agreeing = cur.restated?.find((r) => compare(r.value, tf.value) === 0);
  if (!agreeing || cur.value === undefined) {
    (cur.restated ??= []).push({ value: tf.value, evidence: tf.evidence });
    return;
  }
  cur.restated = [...cur.restated!.filter((r) => r !== agreeing), { value: cur.value, evidence: cur.evidence[0] }];
  cur.value = agreeing.value;
  cur.evidence = [agreeing.evidence, ...cur.evidence];
  if (cur.change !== undefined && cur.prev !== undefined && !cur.prevStated) cur.prev = sub(cur.value, cur.change);
}

/**
 * The grand totals (总计, carry-overs included) of the two summary tables, which no figure key names: a narrative
 * 收入支出总计 or 财政拨款收入支出总计 that differs from its table is kept as `restated` for the checker.
 */
export function mergeGrandTotals(d: Disclosure): void {
  const grand = (kind: 'summary' | 'appropriationSummary') => {
    const t = d.tables.find((x) => x.kind === kind);
    const row = t?.rows.find((r) => r.side !== 'expenditure' && /^总计$/.test(r.name.replace(/\s/g, '')));
    const value = row?.values.find((v) => v !== null);
    return row && value ? { value, evidence: { ...(row.evidence ?? { text: row.name }), table: t!.title, row: row.name } } : undefined;
  };
  const pairs: [Figure | undefined, ReturnType<typeof grand>][] = [
    [d.income.grandTotal, grand('summary')],
    [d.appropriation.grandTotal, grand('appropriationSummary')],
  ];
  for (const [figure, table] of pairs) {
    if (figure?.value === undefined || !table || compare(figure.value, table.value) === 0) continue;
    (figure.restated ??= []).push(table);
  }
}
