/**
 * How many known inconsistencies (shared/corpus/INCONSISTENCIES.md) the checker finds. A row is found when a
 * finding on its document is placed on or near (± NEAR lines) a line where the row's snippet occurs (or cites a
 * figure on that very line), matched without whitespace (pdftotext pads numbers with spaces), AND the finding is
 * of a kind that could report the row: its rule's category fits what the row says is wrong (a sum, a percentage, a
 * year, wording…). A finding that merely lands on the line does not count. (An error row found only by a note —
 * a difference the checker cannot prove beyond rounding — is shown as such by scripts/eval-check.ts.) Pure: the caller reads the files.
 */
import type { Finding, RuleMeta } from '../model/index.ts';
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

/** Rows that say “(same sentence, …)” mean the snippet of the row before them. */
export function resolveSameSentence(rows: KnownRow[]): KnownRow[] {
  return rows.map((r, i) => (/^\(same /.test(r.where) && i > 0 && rows[i - 1].doc === r.doc ? { ...r, where: rows[i - 1].where } : r));
}

/**
 * The literal pieces of a snippet: “a … b” names two places, “a / b” two alternatives; “\n” and “\|” stand for
 * a line break and a table bar (both gone once whitespace is removed, the bar kept).
 */
export function snippetPieces(snippet: string): string[] {
  return snippet
    .split(/\s+…\s+|…|\s+\/\s+/)
    .map((p) => p.replace(/\\n/g, '').replace(/\\\|/g, '|').replace(/\s+/g, ''))
    .filter((p) => p.length >= 2);
}

/** Lines (1-based numbers) where the snippet (any of its pieces) occurs, each match spanning from its first to its last line. */
export function snippetLines(doc: SourceDocument, snippet: string): [number, number][] {
  const c = compactOf(doc);
  const out: [number, number][] = [];
  for (const needle of snippetPieces(snippet)) {
    for (let at = c.text.indexOf(needle); at >= 0; at = c.text.indexOf(needle, at + 1)) {
      out.push([doc.lines[lineIndexAt(c, at)].no, doc.lines[lineIndexAt(c, at + needle.length - 1)].no]);
    }
  }
  return out;
}

type Category = RuleMeta['category'];

/** What a row says is wrong → the rule categories that report such a defect. */
const TOPICS: [RegExp, Category[]][] = [
  [/%|rate|percent|完成/i, ['percentage', 'year-over-year']],
  [
    /sum|\+|≠|add up|parts|items|total|balance|exceeds|differ|two different|printed twice|vs |restat|baseline|[0-9] − [0-9]/i,
    ['arithmetic', 'consistency', 'year-over-year', 'table', 'percentage'],
  ],
  [/\byears?\b|dated|年度|written “20/i, ['text']],
  [/template|garbled|wording|misspel|misprint|typo|quotation|malformed|redundant|comma|instruction|与上年|copy|repeated|twice|label/i, ['text', 'consistency']],
  [/name|heading|title/i, ['text', 'consistency']],
  [/empty|blank|missing|not named|without|completeness|no amount|not stated/i, ['completeness', 'table', 'text', 'year-over-year']],
  [/reason|direction/i, ['year-over-year', 'consistency', 'text']],
];

/** Could a finding of this rule category report the row? (A row whose words fit no topic takes any rule.) */
export function fitsRow(row: KnownRow, category: Category | undefined): boolean {
  const allowed = TOPICS.filter(([re]) => re.test(row.what)).flatMap(([, c]) => c);
  return allowed.length === 0 || category === undefined || allowed.includes(category);
}

export function findsRow(
  doc: SourceDocument,
  row: KnownRow,
  findings: Finding[],
  categoryOf: (rule: string) => Category | undefined = () => undefined,
): Finding | undefined {
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
    if (!fitsRow(row, categoryOf(f.rule))) continue;
    const s = score(f);
    if (s === Infinity) continue;
    if (!best || s < score(best) || (s === score(best) && rank[f.severity] < rank[best.severity])) best = f;
  }
  return best;
}
