/**
 * Multi-sided tables: the 收入 | 支出 (| 支出用途) sides of a summary, and the two code/name/amount groups of a
 * two-column 基本支出表. Each line's runs are dealt to their side.
 */
import type { Segment } from '../../read/document.ts';
import type { Column } from './header.ts';
import { isTotalName } from './rows.ts';

/** A table printed in two column groups (基本支出决算表: 科目编码 科目名称 决算数 | 科目编码 科目名称 决算数). */
export function repeatedLabels(columns: readonly Column[]): boolean {
  const seen = new Set<string>();
  for (const c of columns) {
    if (!c.label) continue;
    const leaf = c.name.split('/').at(-1)!;
    if (seen.has(leaf)) return true;
    seen.add(leaf);
  }
  return false;
}

const AMOUNT_LIKE = /^[-−]?[\d,，.]+%?$|^[-—–－]+$/;
const NUMBER_TEXT = /^[-−]?[\d,，.]+%?$/;
export const CODE_TOKEN = /^[1-9]\d{2}(?:\d{2}){0,2}$/;

/**
 * The x where each side of a multi-sided table starts (收入 | 支出 [| 支出用途]): the labels printed after an
 * amount on the same line start a new side; they cluster by position.
 */
export function sideBoundaries(lines: readonly Segment[][], codes: boolean): number[] {
  const starts: number[] = [];
  for (const segs of lines) {
    let seenAmount = false;
    for (const s of segs) {
      const t = s.text.trim();
      const labels = AMOUNT_LIKE.test(t) ? [] : [s];
      const code = codes && CODE_TOKEN.test(t);
      if (code && seenAmount) starts.push(s.x);
      else if (labels.length && seenAmount && !isTotalName(s.text) && !/^[（(]?[1-9]\d*[.．、)）]/.test(s.text)) starts.push(s.x);
      if (!labels.length && !code && /\d/.test(s.text)) seenAmount = true;
    }
  }
  if (!starts.length) return [0];
  starts.sort((a, b) => a - b);
  const clusters: number[][] = [[starts[0]]];
  const gap = 12 * charUnit(lines);
  for (const x of starts.slice(1)) {
    const c = clusters.at(-1)!;
    if (x - c.at(-1)! > gap) clusters.push([x]);
    else c.push(x);
  }
  return [0, ...clusters.map((c) => c[0])];
}

/** Width of one character column: 1 for layout text, the font size for PDF points. */
export function charUnit(lines: readonly Segment[][]): number {
  const w: number[] = [];
  for (const segs of lines) for (const s of segs) if (s.text.length >= 2) w.push((s.right - s.x) / [...s.text].length);
  w.sort((a, b) => a - b);
  return w.length ? Math.max(0.5, w[Math.floor(w.length / 2)]) : 1;
}

export function sideOf(s: Segment, sides: readonly number[], isLabel: boolean, labelX: readonly number[]): number {
  let k = 0;
  for (let j = 1; j < sides.length; j++) {
    // a label a little left of the side's usual start still belongs to it (left-aligned text drifts)
    const edge = isLabel ? (labelX[j - 1] + sides[j]) / 2 + (sides[j] - labelX[j - 1]) / 4 : sides[j];
    if ((isLabel ? s.x : (s.x + s.right) / 2) >= edge) k = j;
  }
  return k;
}

/**
 * The runs of a line by side: a label starts its side's row; amounts after it join it when they stand in
 * its side (or, for a centred total label, anywhere to its right); other amounts go by position.
 */
export function splitSides(
  segs: readonly Segment[],
  sides: readonly number[],
  labelX: readonly number[],
  rights: readonly (number | undefined)[] = [],
  codes = false,
): Segment[][] {
  const parts: Segment[][] = sides.map(() => []);
  if (sides.length === 1) {
    parts[0] = [...segs];
    return parts;
  }
  let current = -1;
  let total = false;
  for (const s of segs) {
    const isLabel = !NUMBER_TEXT.test(s.text.trim()) || (codes && CODE_TOKEN.test(s.text.trim()));
    let k = sideOf(s, sides, isLabel, labelX);
    if (isLabel) {
      if (k < current) k = current;
      if (k === current && parts[k].some((p) => NUMBER_TEXT.test(p.text.trim()) && !(codes && CODE_TOKEN.test(p.text.trim())))) {
        k = Math.min(current + 1, sides.length - 1);
      }
      current = k;
      total = isTotalName(s.text);
    } else if (current >= 0 && (k === current || (total && k > current) || nearer(s, current, k, rights))) k = current;
    parts[k].push(s);
  }
  return parts;
}

/** An amount printed a little right of its column: nearer its label's side's amounts than the next side's. */
function nearer(s: Segment, current: number, k: number, rights: readonly (number | undefined)[]): boolean {
  const here = rights[current];
  const there = rights[k];
  return k > current && here !== undefined && there !== undefined && Math.abs(s.right - here) < Math.abs(s.right - there);
}

/** Where each side's amounts usually end (their right edge), from lines that place them plainly. */
export function sideRights(data: readonly { segs: Segment[] }[], sides: readonly number[], labelX: readonly number[]): (number | undefined)[] {
  const all: number[][] = sides.map(() => []);
  for (const { segs } of data) {
    splitSides(segs, sides, labelX).forEach((part, k) => {
      for (const s of part) if (NUMBER_TEXT.test(s.text.trim()) && sideOf(s, sides, false, labelX) === k) all[k].push(s.right);
    });
  }
  return all.map((r) => (r.length ? r.sort((a, b) => a - b)[Math.floor(r.length / 2)] : undefined));
}

export function sideOfCol(c: Column, sides: readonly number[]): number {
  let k = 0;
  const cx = (c.x + c.right) / 2;
  for (let j = 1; j < sides.length; j++) if (cx >= sides[j]) k = j;
  return k;
}
