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

export { figuresFromTables, type TableFigure } from './figures.ts';

export function extractTables(doc: SourceDocument): Table[] {
  // grid formats carry their tables natively; their text lines are the cells again
  const layout = doc.format === 'text' || doc.format === 'markdown' || doc.format === 'pdf' || !doc.tables.length;
  const metric = layout ? detectMetric(doc.lines) : 'chars';
  const blocks = layout ? findBlocks(doc.lines, metric) : [];
  const fromText = blocks.map((b) => readBlock(b, { lines: doc.lines, metric }));
  const fromNative = nativeTables(doc);
  const keep = (t: Table) => t.kind !== 'other' || t.emptyNote !== undefined || t.rows.some((r) => r.values.some((v) => v !== null));
  return mergeContinued([...fromText, ...fromNative].filter(keep));
}
