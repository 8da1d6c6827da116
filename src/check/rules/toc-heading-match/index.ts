import { defineRule, type Draft } from '../../engine.ts';
import { lineEvidence } from '../../text.ts';
import type { SourceDocument, SourceLine } from '../../../read/document.ts';

/** A part's or a heading's number: “第一部分”, “一、”. */
const NUMBER = /^(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、)/;
/** A cheap first look at a line as printed: it may start with a number. */
const MAY_NUMBER = /^[\s\u3000]*[第一二三四五六七八九十]/;
/** Dot leaders and the page number a table of contents prints after an entry. */
const PAGE = /[.·…．_\-—\s]*(\d+|[-—]\s*\d+\s*[-—])?$/;
const SENTENCE = /[，。；,;：:]/;
const compact = (s: string) => s.replace(/[\s\u3000]+/g, '');

interface Heading {
  key: string;
  title: string;
  line: SourceLine;
}

/** Keyed by its part and its own number (“第一部分/一、”): the same heading in the contents and in the body. */
function keyed(parent: string, number: string): string {
  return number.startsWith('第') ? number : `${parent}/${number}`;
}

/**
 * The table of contents: the numbered lines after “目录” (a line without a number continues the entry above, as a
 * wrapped title does), up to the first number seen again (the body begins) or the first sentence.
 */
function contents(doc: SourceDocument): { entries: Heading[]; end: number } | null {
  const start = doc.lines.findIndex((l) => l.text.includes('录') && compact(l.text) === '目录');
  if (start < 0) return null;
  const entries: Heading[] = [];
  const seen = new Set<string>();
  let parent = '';
  let i = start + 1;
  for (; i < doc.lines.length && i < start + 120; i++) {
    const text = compact(doc.lines[i].text);
    if (!text || /^[-—]?\d+[-—]?$/.test(text)) continue; // a page number between pages
    const m = NUMBER.exec(text);
    if (!m) {
      if (SENTENCE.test(text) || !entries.length || text.length > 20) break;
      entries[entries.length - 1].title += text.replace(PAGE, '');
      continue;
    }
    if (m[1].startsWith('第')) parent = m[1];
    const key = keyed(parent, m[1]);
    if (seen.has(key) || SENTENCE.test(text)) break;
    seen.add(key);
    entries.push({ key, title: text.slice(m[1].length).replace(PAGE, ''), line: doc.lines[i] });
  }
  return entries.length >= 3 ? { entries, end: i } : null;
}

/** Edit distance, stopping early beyond `max` (titles are short). */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    if (Math.min(...cur) > max) return max + 1;
    prev = cur;
  }
  return prev[b.length];
}

/** Two titles say the same with a slip: a character or two differ, neither merely cut short by wrapping. */
function slip(toc: string, body: string): boolean {
  if (toc === body || toc.length < 4 || body.length < 4) return false;
  if (toc.startsWith(body) || body.startsWith(toc)) return false;
  return distance(toc, body, 2) <= 2;
}

export default defineRule({
  meta: {
    id: 'toc-heading-match',
    severity: 'warning',
    kinds: ['budget', 'final'],
    category: 'text',
    basis: '财预〔2016〕143号 第四条（内容准确、形式规范）',
    docs: '正文各部分的标题与目录所列一致：同一编号的标题只差一两个字（如目录“部门主要职责”、正文“部门主要职能”）的，报告不一致。',
  },
  reads: 'text',
  check({ docs }) {
    return docs.flatMap((doc): Draft[] => {
      const toc = contents(doc);
      if (!toc) return [];
      const byKey = new Map(toc.entries.map((e) => [e.key, e]));
      const done = new Set<string>();
      const out: Draft[] = [];
      let parent = '';
      for (let i = toc.end; i < doc.lines.length; i++) {
        if (!MAY_NUMBER.test(doc.lines[i].text)) continue;
        const text = compact(doc.lines[i].text);
        const m = NUMBER.exec(text);
        if (!m || text.length > 40 || SENTENCE.test(text)) continue;
        if (m[1].startsWith('第')) parent = m[1];
        const key = keyed(parent, m[1]);
        const entry = byKey.get(key);
        if (!entry || done.has(key)) continue;
        done.add(key);
        const title = text.slice(m[1].length);
        if (!slip(entry.title, title)) continue;
        out.push({
          message: `正文标题“${m[1]}${title}”与目录“${m[1]}${entry.title}”不一致`,
          evidence: [lineEvidence(doc, doc.lines[i]), lineEvidence(doc, entry.line)],
          suggestion: '统一目录与正文的标题',
        });
      }
      return out;
    });
  },
});
