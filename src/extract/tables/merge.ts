/** A table continued on the next page under the same title (or “（续）”) is one table. */
import type { Table } from '../../model/table.ts';

export function mergeContinued(tables: Table[]): Table[] {
  const out: Table[] = [];
  for (const t of tables) {
    const prev = out.at(-1);
    if (prev && prev.title === t.title && prev.kind === t.kind && sameColumns(prev, t)) {
      prev.rows.push(...t.rows);
      if (t.emptyNote && !prev.emptyNote) prev.emptyNote = t.emptyNote;
      continue;
    }
    out.push(t);
  }
  return out;
}

function sameColumns(a: Table, b: Table): boolean {
  return a.columns.length === b.columns.length || b.columns.length === 0;
}
