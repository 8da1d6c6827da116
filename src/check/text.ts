/**
 * Helpers for the rules about the text itself: the document as one compact string (whitespace removed, lines
 * joined, so that a phrase broken by pdftotext's line wrapping or padding still matches) with a map back to lines.
 */
import type { Evidence } from '../model/index.ts';
import type { SourceDocument, SourceLine } from '../read/document.ts';

export interface Compact {
  doc: SourceDocument;
  text: string;
  /** offset in text where each of doc.lines begins */
  starts: Int32Array;
}

const cache = new WeakMap<SourceDocument, Compact>();
const SPACE = /[\s\u3000\f]+/g;

export function compactOf(doc: SourceDocument): Compact {
  const hit = cache.get(doc);
  if (hit) return hit;
  const starts = new Int32Array(doc.lines.length);
  const parts: string[] = new Array(doc.lines.length);
  let at = 0;
  for (let i = 0; i < doc.lines.length; i++) {
    starts[i] = at;
    parts[i] = doc.lines[i].text.replace(SPACE, '');
    at += parts[i].length;
  }
  const c: Compact = { doc, text: parts.join(''), starts };
  cache.set(doc, c);
  return c;
}

/** Index into doc.lines of the line holding the character at `offset` of the compact text. */
export function lineIndexAt(c: Compact, offset: number): number {
  let lo = 0;
  let hi = c.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (c.starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Evidence for a line: `line` for text inputs, `page` for paged formats (PDF, DOCX, XLSX). */
export function lineEvidence(doc: SourceDocument, line: SourceLine): Evidence {
  const paged = doc.format === 'pdf' || doc.format === 'docx' || doc.format === 'xlsx';
  const text = line.text.trim().replace(/\s{2,}/g, ' ');
  return paged && line.page ? { file: doc.file, page: line.page, text } : { file: doc.file, line: line.no, text };
}

export interface TextMatch {
  doc: SourceDocument;
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
      const line = doc.lines[lineIndexAt(c, m.index)];
      out.push({ doc, match: m, line, evidence: lineEvidence(doc, line) });
    }
  }
  return out;
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
  const at = c.text.indexOf(needle.replace(/\s+/g, ''), c.starts[start]);
  if (at < 0 || lineIndexAt(c, at) - start > within) return e;
  const line = doc.lines[lineIndexAt(c, at)];
  return line.no === e.line ? e : lineEvidence(doc, line);
}
