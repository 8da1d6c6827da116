/**
 * The standard tables of a disclosure (domain.md §1a.4) read from a SourceDocument: layout text
 * (pdftotext -layout, or PDF lines with positioned runs) and the tables the format carries natively
 * (HTML, DOCX, XLSX). Values are converted to 万元 exactly. Pure: no I/O.
 */
import type { SourceDocument } from '../../read/document.ts';
import type { Table } from '../../model/table.ts';
import { findBlocks } from './blocks.ts';
import { readBlock } from './layout.ts';
import { detectMetric } from './segments.ts';
import { nativeTables } from './native.ts';
import { mergeContinued } from './merge.ts';
import { pipeTables } from './pipes.ts';
import { streamTables } from './streams.ts';

export { figuresFromTables, type TableFigure } from './figures.ts';

export function extractTables(doc: SourceDocument): Table[] {
  // grid formats carry their tables natively; their text lines are the cells again
  const layout = doc.format === 'text' || doc.format === 'markdown' || doc.format === 'pdf' || !doc.tables.length;
  // Markdown pipe tables are grids too
  const piped = layout ? pipeTables(doc) : { tables: [], lines: doc.lines };
  // a page's tables flattened one cell per line are grids too
  const streams = layout ? streamTables(piped.lines) : { tables: [], lines: piped.lines };
  const pipes = { tables: [...piped.tables, ...streams.tables], lines: streams.lines };
  const lines = pipes.lines;
  const metric = layout ? detectMetric(lines) : 'chars';
  const blocks = layout ? findBlocks(lines, metric) : [];
  const fromNative = nativeTables({ ...doc, tables: [...doc.tables, ...pipes.tables] });
  const nativeTitles = new Set(fromNative.map((t) => t.title));
  const fromText = blocks.map((b) => readBlock(b, { lines, metric })).filter((t) => !nativeTitles.has(t.title));
  const keep = (t: Table) => t.kind !== 'other' || t.emptyNote !== undefined || t.rows.some((r) => r.values.some((v) => v !== null));
  const all = [...fromText, ...fromNative].filter(keep);
  // in reading order where both kinds occur (a Markdown file with layout tables and pipe tables)
  if (fromText.length && fromNative.length) all.sort((a, b) => (a.evidence?.line ?? 0) - (b.evidence?.line ?? 0));
  return mergeContinued(all);
}
