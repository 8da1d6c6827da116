/**
 * Positioned segments of a line. A PDF reader supplies them (x/right in points); for layout text
 * (pdftotext -layout) they are derived from runs of two or more spaces, x being the column.
 */
import type { Segment, SourceLine } from '../../read/document.ts';
import { displayWidth, isWideCode } from '../../read/width.ts';

export type Metric = 'chars' | 'display';

/** Width of a text: its characters (plain pdftotext text), or its display columns (a CJK glyph two). */
export function textWidth(s: string, metric: Metric): number {
  if (metric === 'display') return displayWidth(s);
  let w = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!(c >= 0xdc00 && c <= 0xdfff)) w++; // the second half of a surrogate pair is no character
  }
  return w;
}

const AMOUNT_TOKEN = /^[-−]?[\d,，]+(\.\d+)?%?$|^[-—–－]+$/;

/**
 * Split a text line into runs separated by 2+ spaces (or a full-width space). Inside a run, a single
 * space next to an amount also separates ("9746.50 5364.75"), since amounts never contain spaces.
 */
export function deriveSegments(text: string, metric: Metric): Segment[] {
  const out: Segment[] = [];
  const n = text.length;
  // column of each index: the index itself for plain pdftotext text, else cumulative widths
  let cols: number[] | undefined;
  if (metric === 'display' || /[\ud800-\udfff]/.test(text)) {
    cols = new Array<number>(n + 1);
    cols[0] = 0;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      const w = c >= 0xdc00 && c <= 0xdfff ? 0 : metric === 'display' && isWideCode(c) ? 2 : 1;
      cols[i + 1] = cols[i] + w;
    }
  }
  let i = 0;
  while (i < n) {
    while (i < n && (text[i] === ' ' || text[i] === '\u3000')) i++;
    if (i >= n) break;
    const start = i;
    let spaced = false;
    while (i < n) {
      const c = text[i];
      if (c === '\u3000') break;
      if (c === ' ') {
        const d = text[i + 1];
        if (d === undefined || d === ' ' || d === '\u3000') break;
        spaced = true;
      }
      i++;
    }
    const run = text.slice(start, i);
    const x = cols ? cols[start] : start;
    if (spaced) splitRun(run, x, metric, out);
    else out.push({ x, right: cols ? cols[i] : i, text: run });
  }
  return out;
}

const CJK_WORD = /^[\u4e00-\u9fff“”（）()]{2,}$/;
const CJK_PAIR = /[\u4e00-\u9fff]{2}/;
const isCjkWord = (w: string) => CJK_WORD.test(w) && CJK_PAIR.test(w);
const isAmountWord = (w: string) => AMOUNT_TOKEN.test(w) && /\d/.test(w);

function push(out: Segment[], x: number, text: string, metric: Metric): void {
  if (text) out.push({ x, right: x + textWidth(text, metric), text });
}

function splitRun(run: string, x: number, metric: Metric, out: Segment[]): void {
  const words = run.split(' ');
  let pending = '';
  let pendingX = x;
  let col = x;
  for (const w of words) {
    // two header words printed one space apart (“基本支出 项目支出”) are two cells
    const split =
      pending !== '' &&
      ((isCjkWord(w) && !pending.includes(' ') && isCjkWord(pending)) ||
        (isAmountWord(w) && (w.includes('.') || w.includes(',') || w.length <= 12)) ||
        isAmountWord(pending));
    if (split) {
      push(out, pendingX, pending, metric);
      pending = '';
    }
    if (!pending) {
      pendingX = col;
      pending = w;
    } else pending += ' ' + w;
    col += textWidth(w, metric) + 1;
  }
  push(out, pendingX, pending, metric);
}

const cache = { chars: new WeakMap<SourceLine, Segment[]>(), display: new WeakMap<SourceLine, Segment[]>() };

/** The segments of a line: the reader's own, else derived from the layout text (computed once per line). */
export function segmentsOf(line: SourceLine, metric: Metric): Segment[] {
  let segs = cache[metric].get(line);
  if (!segs) {
    segs = line.segments?.length ? line.segments.flatMap(splitProvided) : deriveSegments(line.text, metric);
    cache[metric].set(line, segs);
  }
  return segs;
}

/**
 * A positioned run from a PDF that holds an amount and a label one space apart (“371,514,655.00 一、…”):
 * split like layout text, positions shared out by display width.
 */
function splitProvided(seg: Segment): Segment[] {
  const text = seg.text.trim();
  if (!text.includes(' ')) return [seg];
  const parts: Segment[] = [];
  splitRun(text, 0, 'display', parts);
  if (parts.length === 1) return [seg];
  const total = textWidth(text, 'display');
  const scale = (seg.right - seg.x) / Math.max(1, total);
  return parts.map((p) => ({ x: seg.x + p.x * scale, right: seg.x + p.right * scale, text: p.text }));
}

/**
 * Which column metric makes the amounts of layout text line up: pdftotext counts every character as
 * one column, a hand-aligned text in a CJK editor counts CJK as two. Score: how many amount right
 * edges fall on an edge already seen on another line.
 */
export function detectMetric(lines: readonly SourceLine[]): Metric {
  const score = { chars: 0, display: 0 };
  const prev = { chars: -1, display: -1 };
  let seen = 0;
  for (const l of lines) {
    if (l.segments || !endsWithDigit(l.text) || !TABLE_LINE.test(l.text) || !/[\u4e00-\u9fff]/.test(l.text)) continue;
    if (++seen > 200) break;
    const t = l.text.trimEnd();
    for (const metric of ['chars', 'display'] as const) {
      const right = textWidth(t, metric);
      if (right === prev[metric]) score[metric]++;
      prev[metric] = right;
    }
  }
  return score.display > score.chars ? 'display' : 'chars';
}

function endsWithDigit(t: string): boolean {
  let i = t.length - 1;
  while (i >= 0 && (t.charCodeAt(i) === 32 || t.charCodeAt(i) === 13)) i--;
  const c = t.charCodeAt(i);
  return c >= 48 && c <= 57;
}

/** A table line: a label, two or more spaces, and an amount at the end. */
const TABLE_LINE = /\S {2,}[\d,.]*\d\s*$/;
