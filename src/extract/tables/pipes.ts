/**
 * Markdown pipe tables (`| 项目 | 预算数 |`) in a text or Markdown input: read as grids, like HTML tables;
 * their lines are then left out of the layout reading.
 */
import type { SourceDocument, SourceLine, SourceTable } from '../../read/document.ts';

const PIPE_ROW = /^\s*\|.*\|\s*$/;
const SEPARATOR = /^\s*\|?(\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*\|?\s*$/;

function cells(text: string): string[] {
  const t = text.trim().replace(/^\|/, '').replace(/\|$/, '');
  return t.split(/(?<!\\)\|/).map((c) => c.replace(/\\\|/g, '|').replace(/\*\*/g, '').trim());
}

/** The pipe tables of the document, and its lines with those tables blanked. */
export function pipeTables(doc: SourceDocument): { tables: SourceTable[]; lines: readonly SourceLine[] } {
  if (!doc.lines.some((l) => l.text.includes('|'))) return { tables: [], lines: doc.lines };
  const tables: SourceTable[] = [];
  const lines = [...doc.lines];
  for (let i = 0; i < lines.length; i++) {
    if (!PIPE_ROW.test(lines[i].text)) continue;
    let j = i;
    const rows: string[][] = [];
    while (j < lines.length && PIPE_ROW.test(lines[j].text)) {
      if (!SEPARATOR.test(lines[j].text)) rows.push(cells(lines[j].text));
      lines[j] = { ...lines[j], text: '' };
      j++;
    }
    if (rows.length >= 2) tables.push({ rows, afterLine: i, page: doc.lines[i].page });
    i = j - 1;
  }
  return { tables, lines };
}
