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
  const tables: SourceTable[] = [];
  let lines: SourceLine[] | undefined;
  const src = doc.lines;
  for (let i = 0; i < src.length; i++) {
    const text = src[i].text;
    if (!text.includes('|') && !text.includes('\t')) continue;
    const pipe = PIPE_ROW.test(text);
    const row = pipe ? PIPE_ROW : TAB_ROW;
    if (!pipe && !TAB_ROW.test(text)) continue;
    let j = i;
    const rows: string[][] = [];
    while (j < src.length && row.test(src[j].text)) {
      if (!pipe) rows.push(src[j].text.split('\t').map((c) => c.trim()));
      else if (!SEPARATOR.test(src[j].text)) rows.push(cells(src[j].text));
      j++;
    }
    if (rows.length >= 2) {
      tables.push({ rows, afterLine: i, page: src[i].page });
      lines ??= [...src];
      for (let k = i; k < j; k++) lines[k] = { ...lines[k], text: '' };
    }
    i = j - 1;
  }
  return { tables, lines: lines ?? src };
}
