/**
 * Markdown pipe tables (`| 项目 | 预算数 |`) and tab-separated rows (a sheet pasted as text) in a text or
 * Markdown input: read as grids, like HTML tables; their lines are then left out of the layout reading.
 */
import type { SourceDocument, SourceLine, SourceTable } from '../../read/document.ts';

const PIPE_ROW = /^\s*\|.*\|\s*$/;
const TAB_ROW = /\t.*\t/;
const SEPARATOR = /^\s*\|?(\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*\|?\s*$/;

function cells(text: string): string[] {
  const t = text.trim().replace(/^\|/, '').replace(/\|$/, '');
  return t.split(/(?<!\\)\|/).map((c) => c.replace(/\\\|/g, '|').replace(/\*\*/g, '').trim());
}

/** The pipe tables of the document, and its lines with those tables blanked. */
export function pipeTables(doc: SourceDocument): { tables: SourceTable[]; lines: readonly SourceLine[] } {
  if (!doc.lines.some((l) => l.text.includes('|') || l.text.includes('\t'))) return { tables: [], lines: doc.lines };
  const tables: SourceTable[] = [];
  const lines = [...doc.lines];
  for (let i = 0; i < lines.length; i++) {
    const pipe = PIPE_ROW.test(lines[i].text);
    const row = pipe ? PIPE_ROW : TAB_ROW;
    if (!pipe && !TAB_ROW.test(lines[i].text)) continue;
    let j = i;
    const rows: string[][] = [];
    while (j < lines.length && row.test(lines[j].text)) {
      if (!pipe) rows.push(lines[j].text.split('\t').map((c) => c.trim()));
      else if (!SEPARATOR.test(lines[j].text)) rows.push(cells(lines[j].text));
      j++;
    }
    if (rows.length >= 2) {
      tables.push({ rows, afterLine: i, page: doc.lines[i].page });
      for (let k = i; k < j; k++) lines[k] = { ...lines[k], text: '' };
    }
    i = j - 1;
  }
  return { tables, lines };
}
