/**
 * Positioned text items (from a PDF's text layer or from OCR words) into lines: items on one baseline form a
 * line, read left to right; adjacent items merge into segments (a cell, a phrase); and each line gets a text in
 * the manner of `pdftotext -layout` — segments placed at a character column proportional to their x, one
 * column per half-width glyph — so the parsers written for pdftotext output read PDF input the same way.
 * Pure: no pdf.js here.
 */
import type { Segment } from '../document.ts';
import { fixRadicals } from '../normalize.ts';
import { displayWidth } from '../width.ts';

/** One run of text at a position, in points, y growing downwards (top of page = 0), y at the baseline. */
export interface Item {
  text: string;
  x: number;
  y: number;
  /** advance width in points */
  w: number;
  /** font size (glyph height) in points */
  size: number;
  /** OCR confidence 0–1 (OCR words only) */
  conf?: number;
}

export interface LaidLine {
  y: number;
  size: number;
  segments: Segment[];
  text: string;
  /** OCR lines: the mean confidence of the line's words, weighted by their length */
  confidence?: number;
}

/**
 * Split an item at runs of two or more spaces (some producers put whole table rows in one item, padded with
 * spaces), apportioning the width by glyph units; single leading/trailing spaces are trimmed the same way.
 */
export function splitItem(it: Item): Item[] {
  const text = fixRadicals(it.text);
  if (!text.trim()) return [];
  const total = displayWidth(text);
  const unit = total ? it.w / total : 0;
  const out: Item[] = [];
  const re = /\S+(?: \S+)*/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const before = displayWidth(text.slice(0, m.index));
    out.push({ ...it, text: m[0], x: it.x + before * unit, w: displayWidth(m[0]) * unit });
  }
  return out;
}

const median = (xs: number[]) => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1];
};

/** The width of one half-width glyph on the page: from ASCII-only items where there are some, else half the type size. */
export function columnWidth(items: Item[]): number {
  const ascii: number[] = [];
  for (const it of items) if (/^[\x21-\x7e]{2,}$/.test(it.text) && it.w > 0) ascii.push(it.w / it.text.length);
  const sizes = items.map((i) => i.size).filter((s) => s > 0);
  const fallback = (median(sizes) || 10) / 2;
  const cw = ascii.length >= 3 ? median(ascii) : fallback;
  return Math.min(Math.max(cw, fallback * 0.6), fallback * 1.6);
}

/** Items into baseline clusters, top to bottom. */
function clusterLines(items: Item[]): Item[][] {
  const sorted = [...items].sort((a, b) => a.y - b.y || a.x - b.x);
  const lines: { y: number; size: number; items: Item[] }[] = [];
  for (const it of sorted) {
    const last = lines[lines.length - 1];
    const tol = Math.max(1, 0.35 * Math.min(it.size || 10, last?.size || 10));
    if (last && Math.abs(it.y - last.y) <= tol) {
      last.items.push(it);
      // keep the line's baseline at the majority (first, larger) text's baseline
      if (it.size > last.size) last.size = it.size;
    } else {
      lines.push({ y: it.y, size: it.size, items: [it] });
    }
  }
  return lines.map((l) => l.items.sort((a, b) => a.x - b.x));
}

/** Drop a second copy of the same text drawn at almost the same place (fake bold, shadow). */
function dropOverprint(items: Item[]): Item[] {
  const out: Item[] = [];
  for (const it of items) {
    const dup = out.some((o) => o.text === it.text && Math.abs(o.x - it.x) < 0.3 * it.size && Math.abs(o.y - it.y) < 0.3 * it.size);
    if (!dup) out.push(it);
  }
  return out;
}

const WORD_SPACE = 0.1;
const CLOSING = /^[：，。；、）！？%％]/;
const UNIT_AFTER = /^(?:万元|亿元|元|年|月|日)/;

/** Merge a line's items into segments: a gap under about one em joins (a space where the gap is a word space). */
function segmentsOf(items: Item[]): Segment[] {
  const segs: (Segment & { size: number })[] = [];
  for (const it of items) {
    const last = segs[segs.length - 1];
    const size = Math.max(it.size, last?.size ?? 0) || 10;
    const gap = last ? it.x - last.right : Infinity;
    // closing punctuation never starts a cell: it belongs to the text before it (OCR boxes it narrowly)
    // … nor does a unit after a number (justified lines open wide gaps: “7,827.46      万元”, “2018    年度”)
    const attached = (CLOSING.test(it.text) || (UNIT_AFTER.test(it.text) && /\d$/.test(last?.text ?? ''))) && gap < 3 * size;
    if (last && (gap < 0.9 * size || attached)) {
      // as pdftotext does: a gap of a tenth of an em is a word space (a space glyph leaves one), CJK or not
      const space = gap > WORD_SPACE * size ? ' ' : '';
      last.text += space + it.text;
      last.right = Math.max(last.right, it.x + it.w);
      last.size = size;
    } else {
      segs.push({ x: it.x, right: it.x + it.w, text: it.text, size: it.size });
    }
  }
  return segs.map(({ x, right, text }) => ({ x: round(x), right: round(right), text }));
}

const round = (v: number) => Math.round(v * 100) / 100;

/**
 * The layout text of a line: each segment starts at column round((x - origin) / cw), but at least two columns
 * after the previous segment (so that cells stay apart as in pdftotext output).
 */
export function layoutText(segments: Segment[], origin: number, cw: number): string {
  let out = '';
  for (const s of segments) {
    const want = Math.max(0, Math.round((s.x - origin) / cw));
    const col = out.length ? Math.max(want, out.length + 2) : want;
    out += ' '.repeat(col - out.length) + s.text;
  }
  return out;
}

/** A page's items into laid-out lines, top to bottom; `clean` rewrites each segment's text (OCR clean-up). */
export function layoutPage(raw: Item[], clean?: (s: string) => string): LaidLine[] {
  const items = dropOverprint(raw.flatMap(splitItem));
  if (!items.length) return [];
  const cw = columnWidth(items);
  const origin = Math.min(...items.map((i) => i.x));
  return clusterLines(items).map((li) => {
    const segments = segmentsOf(li)
      .map((sg) => (clean ? { ...sg, text: clean(sg.text) } : sg))
      .filter((sg) => sg.text);
    const line: LaidLine = { y: li[0].y, size: Math.max(...li.map((i) => i.size)), segments, text: layoutText(segments, origin, cw) };
    const rated = li.filter((i) => i.conf !== undefined);
    if (rated.length) {
      const weight = rated.reduce((a, i) => a + i.text.length, 0);
      line.confidence = Math.round((rated.reduce((a, i) => a + i.conf! * i.text.length, 0) / weight) * 1000) / 1000;
    }
    return line;
  });
}
