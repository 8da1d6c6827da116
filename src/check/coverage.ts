/**
 * How many known inconsistencies (shared/corpus/INCONSISTENCIES.md) the checker finds. A row is found when a
 * finding on its document is placed on or near (± NEAR lines) a line where the row's snippet occurs (or cites a
 * figure on that very line), matched
 * without whitespace (pdftotext pads numbers with spaces). Pure: the caller reads the files.
 */
import type { Finding } from '../model/index.ts';
import type { SourceDocument } from '../read/document.ts';
import { compactOf, lineIndexAt } from './text.ts';

export interface KnownRow {
  doc: string;
  where: string;
  what: string;
  severity: 'error' | 'warning';
}

export const NEAR = 3;

/** The rows of the INCONSISTENCIES.md table. */
export function parseInconsistencies(md: string): KnownRow[] {
  const rows: KnownRow[] = [];
  for (const line of md.split('\n')) {
    const m = /^\|\s*(\d{3})\s*\|(.*)\|(.*)\|\s*(error|warning)\s*\|\s*$/.exec(line);
    if (m) rows.push({ doc: m[1], where: m[2].trim(), what: m[3].trim(), severity: m[4] as 'error' | 'warning' });
  }
  return rows;
}

/** Lines (1-based numbers) where the snippet occurs, each match spanning from its first to its last line. */
export function snippetLines(doc: SourceDocument, snippet: string): [number, number][] {
  const c = compactOf(doc);
  const needle = snippet.replace(/\s+/g, '');
  const out: [number, number][] = [];
  for (let at = c.text.indexOf(needle); at >= 0; at = c.text.indexOf(needle, at + 1)) {
    out.push([doc.lines[lineIndexAt(c, at)].no, doc.lines[lineIndexAt(c, at + needle.length - 1)].no]);
  }
  return out;
}

export function findsRow(doc: SourceDocument, row: KnownRow, findings: Finding[]): Finding | undefined {
  const spans = snippetLines(doc, row.where);
  const distance = (line: number | undefined) =>
    line === undefined ? Infinity : Math.min(...spans.map(([a, b]) => (line < a ? a - line : line > b ? line - b : 0)));
  // the finding's own place may be a few lines off the snippet; the figures it cites must be within a line of it
  const score = (f: Finding) => {
    const own = distance(f.evidence[0]?.line);
    const cited = Math.min(Infinity, ...f.evidence.slice(1).map((e) => distance(e.line)));
    return own <= NEAR ? own : cited <= 1 ? cited + NEAR : Infinity;
  };
  const rank = { error: 0, warning: 1, info: 2 } as const;
  let best: Finding | undefined;
  for (const f of findings) {
    const s = score(f);
    if (s === Infinity) continue;
    if (!best || s < score(best) || (s === score(best) && rank[f.severity] < rank[best.severity])) best = f;
  }
  return best;
}
