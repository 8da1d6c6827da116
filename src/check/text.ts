/**
 * Helpers for the rules about the text itself: the document as one compact string (whitespace removed, lines
 * joined, so that a phrase broken by pdftotext's line wrapping or padding still matches) with a map back to lines.
 */
import type { Evidence } from '../model/index.ts';
import type { SourceDocument, SourceLine } from '../read/document.ts';

export interface Compact {
  doc: SourceDocument;
  text: string;
  /** for each character of text, the index into doc.lines */
  lineAt: Int32Array;
}

const cache = new WeakMap<SourceDocument, Compact>();

export function compactOf(doc: SourceDocument): Compact {
  const hit = cache.get(doc);
  if (hit) return hit;
  const parts: string[] = [];
  const owners: number[] = [];
  doc.lines.forEach((l, i) => {
    const t = l.text.replace(/[\s\u3000\f]+/g, '');
    parts.push(t);
    for (let k = 0; k < t.length; k++) owners.push(i);
  });
  const c: Compact = { doc, text: parts.join(''), lineAt: Int32Array.from(owners) };
  cache.set(doc, c);
  return c;
}

/** Evidence for a line: `line` for text inputs, `page` for paged formats (PDF, DOCX, XLSX). */
export function lineEvidence(doc: SourceDocument, line: SourceLine): Evidence {
  const paged = doc.format === 'pdf' || doc.format === 'docx' || doc.format === 'xlsx';
  const text = line.text.trim().replace(/\s{2,}/g, ' ');
  return paged && line.page ? { file: doc.file, page: line.page, text } : { file: doc.file, line: line.no, text };
}

export interface TextMatch {
  match: RegExpExecArray;
  line: SourceLine;
  evidence: Evidence;
}

/** Every match of a global regex in the compact text of each document, located at the line where it starts. */
export function scan(docs: SourceDocument[], re: RegExp): TextMatch[] {
  const out: TextMatch[] = [];
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
  for (const doc of docs) {
    const c = compactOf(doc);
    g.lastIndex = 0;
    for (let m = g.exec(c.text); m; m = g.exec(c.text)) {
      if (m[0].length === 0) {
        g.lastIndex++;
        continue;
      }
      const line = doc.lines[c.lineAt[m.index]];
      out.push({ match: m, line, evidence: lineEvidence(doc, line) });
    }
  }
  return out;
}

/** The compact text around a match (for context checks). */
export function around(docs: SourceDocument[], m: TextMatch, before: number, after: number): string {
  const doc = docs.find((d) => d.lines.includes(m.line));
  if (!doc) return '';
  const c = compactOf(doc);
  return c.text.slice(Math.max(0, m.match.index - before), m.match.index + m.match[0].length + after);
}

/**
 * Sharpen a figure's evidence to the line where `needle` (e.g. "63.75%") is printed: a statement's evidence is
 * where its sentence starts, the number may stand lines later. Looks at most `within` lines on; otherwise keeps it.
 */
export function locate(docs: SourceDocument[], e: Evidence | undefined, needle: string, within = 40): Evidence | undefined {
  if (!e || e.line === undefined) return e;
  const doc = docs.find((d) => d.file === e.file) ?? (docs.length === 1 ? docs[0] : undefined);
  if (!doc) return e;
  const c = compactOf(doc);
  const start = doc.lines.findIndex((l) => l.no === e.line);
  if (start < 0) return e;
  let from = 0;
  while (from < c.lineAt.length && c.lineAt[from] < start) from++;
  const at = c.text.indexOf(needle.replace(/\s+/g, ''), from);
  if (at < 0 || c.lineAt[at] - start > within) return e;
  const line = doc.lines[c.lineAt[at]];
  return line.no === e.line ? e : lineEvidence(doc, line);
}
