/**
 * Where the tables of a layout text are: a title line followed, within a few lines, by the unit line
 * (单位：元/万元) or by amount rows, before any other title or prose. A table of contents (titles one
 * after another) is therefore not a table.
 */
import type { SourceLine } from '../../read/document.ts';
import { unitOf, type TableUnit } from './amounts.ts';
import { isTitleText } from './titles.ts';
import { segmentsOf, type Metric } from './segments.ts';
import { isAmountCell } from './amounts.ts';

export interface Block {
  titleLine: number;
  title: string;
  unit: TableUnit;
  unitStated: boolean;
  /** first line after the title/unit lines */
  start: number;
  /** end (exclusive): the next table's title */
  end: number;
}

const LOOKAHEAD = 6;

/** Prose: a sentence, not a table line. */
export function isProse(text: string): boolean {
  if (text.includes('。') || text.includes('；')) return true;
  if (!text.includes('，') && !text.includes(',')) return false;
  const t = text.trim();
  return /[，,]/.test(t.replace(/\d,\d/g, '')) && t.replace(/\s/g, '').length > 16;
}

function titleIn(line: SourceLine, metric: Metric): string | undefined {
  const t = line.text.trim();
  if (!t || t.length > 120 || !t.includes('表')) return undefined;
  if (isTitleText(t)) return t;
  const segs = segmentsOf(line, metric);
  if (segs.length > 3) return undefined;
  const hit = segs.find((s) => isTitleText(s.text));
  return hit && segs.every((s) => s === hit || /单位|部门/.test(s.text)) ? hit.text.trim() : undefined;
}

const FOOTER = /^[-—–－_]*\s*(第\s*)?\d{1,3}\s*(页)?\s*[-—–－_]*$|^第\s*\d{1,3}\s*页\s*[，,/／]?\s*共\s*\d{1,3}\s*页$|^\d{1,3}\s*[/／]\s*\d{1,3}$/;

/** Amount runs on a line (a page number alone is none). */
function amountCount(line: SourceLine, metric: Metric): number {
  if (FOOTER.test(line.text.trim())) return 0;
  const segs = segmentsOf(line, metric);
  const n = segs.filter((s) => isAmountCell(s.text) && /\d/.test(s.text));
  return n.length >= 2 || n.some((s) => /[.,]/.test(s.text)) ? n.length : 0;
}

export function findBlocks(lines: readonly SourceLine[], metric: Metric): Block[] {
  const found: Omit<Block, 'end'>[] = [];
  for (let i = 0; i < lines.length; i++) {
    let title = titleIn(lines[i], metric);
    let next = i + 1;
    if (!title) {
      title = wrappedTitle(lines, i);
      if (!title) continue;
      next = i + 2;
    }
    let unit = unitOf(lines[i].text);
    let start = next;
    let ok = Boolean(unit);
    for (let j = next; !ok && j < Math.min(lines.length, next + LOOKAHEAD); j++) {
      const text = lines[j].text;
      if (!text.trim()) continue;
      if (titleIn(lines[j], metric) || isProse(text)) break;
      unit = unitOf(text);
      if (unit) {
        ok = true;
        start = j + 1;
      } else if (amountCount(lines[j], metric) >= 1 || /项目|科目|合计/.test(text)) {
        ok = amountCount(lines[j], metric) >= 1 || hasAmountsSoon(lines, j, metric);
        if (ok) start = next;
        break;
      }
    }
    if (!ok) continue;
    // a unit printed just above the title
    for (let j = i - 1; !unit && j >= Math.max(0, i - 2); j--) unit = unitOf(lines[j].text);
    found.push({ titleLine: i, title, unit: unit ?? '万元', unitStated: Boolean(unit), start });
    i = start - 1;
  }
  return found.map((b, k) => ({ ...b, end: k + 1 < found.length ? found[k + 1].titleLine : lines.length }));
}

/** A title wrapped over two lines (“…支出预” / “算表”). */
function wrappedTitle(lines: readonly SourceLine[], i: number): string | undefined {
  const a = lines[i].text.trim();
  const b = lines[i + 1]?.text.trim() ?? '';
  if (!a || !b || b.length > 8 || a.length < 6 || a.length > 44 || /表$/.test(a) || !/表$/.test(b)) return undefined;
  if (/\s{2,}|\d[\d,]*\.\d/.test(a) || (b.length > 5 && isTitleText(b))) return undefined;
  return isTitleText(a + b) ? a + b : undefined;
}

function hasAmountsSoon(lines: readonly SourceLine[], from: number, metric: Metric): boolean {
  for (let j = from; j < Math.min(lines.length, from + 12); j++) {
    if (isProse(lines[j].text) || titleIn(lines[j], metric)) return false;
    if (amountCount(lines[j], metric) >= 1) return true;
  }
  return false;
}
