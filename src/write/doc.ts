/**
 * The written document every format renders: a title, headings, paragraphs and standard tables, in order.
 * The narrative and the tables are built once from the model (narrative-*.ts, tables.ts); md, html, docx,
 * xlsx and pdf only lay this out, so the formats agree with each other by construction.
 */
import type { Decimal, Kind } from '../model/index.ts';

/** One header cell of a table: merged over `colSpan` columns and `rowSpan` header rows. */
export interface HeaderCell {
  text: string;
  colSpan: number;
  rowSpan: number;
}

export interface WrittenRow {
  code?: string;
  name: string;
  level?: '类' | '款' | '项' | 'total' | 'item';
  /** one per column after the label columns; null is a blank cell (not stated) */
  values: (Decimal | null)[];
  /** two-sided tables: the expenditure half of the same printed line */
  right?: { name: string; values: (Decimal | null)[] };
}

/** A standard table ready to lay out. Columns are flat ("基本支出/人员经费"); the header grid is derived. */
export interface WrittenTable {
  /** stable id (the model's TableKind or a variant), used for sheet names and anchors */
  id: string;
  title: string;
  number?: string;
  /** 万元, or 元 for a table the source printed in 元 (its values are shown as printed) */
  unit: '万元' | '元';
  /** the label columns: ['项目'] or ['科目编码', '科目名称'] */
  labels: string[];
  columns: string[];
  rows: WrittenRow[];
  /** 空表说明, printed under a table that has no data */
  emptyNote?: string;
  /** a two-sided table (收支总表): `labels`/`columns` are the income half, these the expenditure half */
  twoSided?: { left: string; right: string; rightLabels: string[]; rightColumns: string[] };
}

export type Block =
  | { t: 'heading'; level: 1 | 2 | 3; text: string }
  /** a paragraph; `lead` is a run-in heading the text starts with (“（一）机关运行经费。”) */
  | { t: 'para'; text: string; lead?: string; align?: 'right' | 'left' }
  | { t: 'table'; table: WrittenTable }
  | { t: 'chart' }
  | { t: 'pagebreak' };

export interface WrittenDoc {
  kind: Kind;
  year: number;
  unit: string;
  /** title lines: unit, then the document's name */
  title: string[];
  blocks: Block[];
  /** amounts by function class for the chart: name and value */
  chart: { name: string; value: Decimal }[];
}

/** Build the header grid of a table from its flat "/"-joined columns: equal adjacent prefixes merge. */
export function headerGrid(labels: string[], columns: string[]): HeaderCell[][] {
  const paths = columns.map((c) => c.split('/'));
  const depth = Math.max(1, ...paths.map((p) => p.length));
  const grid: HeaderCell[][] = Array.from({ length: depth }, () => []);
  for (const l of labels) grid[0].push({ text: l, colSpan: 1, rowSpan: depth });
  const walk = (from: number, to: number, level: number) => {
    let i = from;
    while (i < to) {
      const p = paths[i];
      if (level >= p.length) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < to && paths[j].length > level + 1 && p.length > level + 1 && paths[j].slice(0, level + 1).join('/') === p.slice(0, level + 1).join('/')) j++;
      const leaf = p.length === level + 1;
      grid[level].push({ text: p[level], colSpan: j - i, rowSpan: leaf ? depth - level : 1 });
      if (!leaf) walk(i, j, level + 1);
      i = j;
    }
  };
  walk(0, paths.length, 0);
  return grid;
}
