/**
 * Positioned segments of a line. A PDF reader supplies them (x/right in points); for layout text
 * (pdftotext -layout) they are derived from runs of two or more spaces, x being the column.
 */
import type { Segment, SourceLine } from '../../read/document.ts';

export type Metric = 'chars' | 'display';

const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

/** Columns a character takes: 2 for CJK and full-width characters under the display metric, else 1. */
export function charWidth(ch: string, metric: Metric): number {
  return metric === 'display' && WIDE.test(ch) ? 2 : 1;
}

export function textWidth(s: string, metric: Metric): number {
  let w = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff) continue; // second half of a surrogate pair
    w += metric === 'display' && c >= 0x1100 && WIDE.test(s[i]) ? 2 : 1;
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
  const re = /[^ \u3000]+(?: [^ \u3000]+)*/g;
  let m: RegExpExecArray | null;
  let col = 0;
  let last = 0;
  while ((m = re.exec(text))) {
    col += textWidth(text.slice(last, m.index), metric);
    const start = col;
    splitRun(m[0], start, metric, out);
    col = start + textWidth(m[0], metric);
    last = m.index + m[0].length;
  }
  return out;
}

function splitRun(run: string, x: number, metric: Metric, out: Segment[]): void {
  if (!run.includes(' ')) {
    out.push({ x, right: x + textWidth(run, metric), text: run });
    return;
  }
  const words = run.split(' ');
  let pending = '';
  let pendingX = x;
  let col = x;
  const flush = () => {
    if (pending) out.push({ x: pendingX, right: pendingX + textWidth(pending, metric), text: pending });
    pending = '';
  };
  const cjkWord = (w: string) => /^[\u4e00-\u9fff“”（）()]{2,}$/.test(w) && /[\u4e00-\u9fff]{2}/.test(w);
  for (const w of words) {
    // two header words printed one space apart (“基本支出 项目支出”) are two cells
    if (pending && cjkWord(w) && cjkWord(pending.split(' ').at(-1)!) && !pending.includes(' ')) flush();
    const isAmount = AMOUNT_TOKEN.test(w) && /\d/.test(w) && (w.includes('.') || w.includes(',') || w.length <= 12);
    const prevAmount = pending !== '' && AMOUNT_TOKEN.test(pending) && /\d/.test(pending);
    if (pending && (isAmount || prevAmount)) flush();
    if (!pending) {
      pendingX = col;
      pending = w;
    } else pending += ' ' + w;
    col += textWidth(w, metric) + 1;
  }
  flush();
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
    if (l.segments || !/\d\s*$/.test(l.text) || !/[\u4e00-\u9fff]/.test(l.text)) continue;
    if (++seen > 120) break;
    for (const metric of ['chars', 'display'] as const) {
      const segs = segmentsOf(l, metric);
      const lastSeg = segs[segs.length - 1];
      if (segs.length < 2 || !/^[\d,.]+$/.test(lastSeg.text)) continue;
      if (lastSeg.right === prev[metric]) score[metric]++;
      prev[metric] = lastSeg.right;
    }
  }
  return score.display > score.chars ? 'display' : 'chars';
}
