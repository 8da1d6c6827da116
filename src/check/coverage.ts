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

export const NEAR = 2;

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
  const near = (line: number | undefined, slack: number) => line !== undefined && spans.some(([a, b]) => line >= a - slack && line <= b + slack);
  // the finding's own place may be a line or two off the snippet; the figures it cites must be on the snippet
  return findings.find((f) => near(f.evidence[0]?.line, NEAR) || f.evidence.slice(1).some((e) => near(e.line, 0)));
}
