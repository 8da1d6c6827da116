/** Raw rows into TableRows: amounts placed in their columns, converted to 万元, with code, level and evidence. */
import type { TableRow } from '../../model/table.ts';
import { isPercent, parseAmount, toWan } from './amounts.ts';
import type { Block } from './blocks.ts';
import { assignColumns, slotsOf, type Column } from './header.ts';
import type { Ctx } from './layout.ts';
import { isTotalName, levelOfCode, type RawRow } from './rows.ts';
import { sideOfCol } from './sides.ts';

export function valueRows(raw: RawRow[], columns: Column[], sides: readonly number[], block: Block, ctx: Ctx, title: string, summary: boolean): TableRow[] {
  const multi = sides.length > 1;
  let cols = columns.filter((c) => !c.label);
  if (!cols.length) cols = synthesize(raw);
  // one-sided tables keep their value columns; multi-sided ones all columns, labels included
  const outCols = multi ? columns : cols;
  const sideCols = sides.map((_, k) => outCols.map((c, i) => ({ c, i })).filter(({ c }) => !c.label && (!multi || sideOfCol(c, sides) === k)));
  const refined = refine(raw, sideCols);
  const slots = refined.map((scols) => slotsOf(scols.map((s) => s.pos)));
  return raw.map((r) => {
    const k = r.side ?? 0;
    const scols = refined[k];
    const values: (string | null)[] = outCols.map(() => null);
    const at = assignColumns(r.amounts, slots[k]);
    r.amounts.forEach((a, n) => {
      const j = at[n];
      if (j < 0) return;
      const v = parseAmount(a.text);
      values[scols[j].i] = v === null ? null : isPercent(a.text) ? v : toWan(v, block.unit);
    });
    const firstLine = ctx.lines[r.firstLine ?? r.line];
    const row: TableRow = {
      name: r.name,
      values,
      evidence: { line: firstLine.no, page: firstLine.page, table: title, row: [r.code, r.name].filter(Boolean).join(' '), text: firstLine.text.trim() },
    };
    if (!row.evidence?.page) delete row.evidence?.page;
    if (r.code) row.code = r.code;
    const level = r.code ? levelOfCode(r.code) : isTotalName(r.name) ? 'total' : 'item';
    if (level) row.level = level;
    if (multi && summary) row.side = k === 0 ? 'income' : 'expenditure';
    return row;
  });
}

/** Columns from the amounts themselves when the header names none: one per cluster of right edges. */
function synthesize(raw: RawRow[]): Column[] {
  const rights = raw.flatMap((r) => r.amounts.map((a) => a.right)).sort((a, b) => a - b);
  const cols: Column[] = [];
  for (const x of rights) {
    const last = cols.at(-1);
    if (last && x - last.right <= 2) last.right = x;
    else cols.push({ name: `列${cols.length + 1}`, x: x - 1, right: x, label: false });
  }
  return cols;
}

/**
 * Column positions from the rows that fill every column of their side: the amounts' own positions are
 * better than header centres (numbers are right-aligned, headers centred and wrapped).
 */
function refine(raw: RawRow[], sideCols: { c: Column; i: number }[][]): { i: number; pos: { x: number; right: number } }[][] {
  return sideCols.map((scols, k) => {
    const sums = scols.map(() => ({ x: 0, right: 0, n: 0 }));
    for (const r of raw) {
      if ((r.side ?? 0) !== k || r.amounts.length !== scols.length) continue;
      r.amounts.forEach((a, j) => {
        sums[j].x += a.x;
        sums[j].right += a.right;
        sums[j].n++;
      });
    }
    return scols.map(({ c, i }, j) => ({
      i,
      pos: sums[j].n >= 1 ? { x: sums[j].x / sums[j].n, right: sums[j].right / sums[j].n } : { x: c.x, right: c.right },
    }));
  });
}
