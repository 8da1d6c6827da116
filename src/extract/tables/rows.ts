/** Row lines of a layout table: code, name, level and the amounts as positioned runs. */
import type { Segment } from '../../read/document.ts';
import { isAmountCell } from './amounts.ts';

export interface RawRow {
  code?: string;
  name: string;
  amounts: Segment[];
  /** x of the name run, for wrapped names */
  nameX?: number;
  side?: number;
  /** last line of the row (wrapped names, amounts below) */
  line: number;
  /** line where the row starts, for evidence */
  firstLine?: number;
}

/** Level of a code: 类 (3 digits), 款 (5), 项 (7). */
export function levelOfCode(code: string): '类' | '款' | '项' | undefined {
  return code.length === 3 ? '类' : code.length === 5 ? '款' : code.length === 7 ? '项' : undefined;
}

const TOTAL = /^(合\s*计|总\s*计|小\s*计)$|合计$|总计$|^(本年|当年)(收入|支出)(合计|小计)$/;
export const isTotalName = (name: string) => TOTAL.test(name.replace(/\s+/g, ''));

/** Numbering before a summary row label: 一、 1. （一） */
export const NUMBERED = /^(?:[一二三四五六七八九十]+、|\d{1,2}[.．、]|（[一二三四五六七八九十]+）|\(\d+\))/;

const CODE_RUN = /^([1-9]\d{2}(?:\d{2}){0,2})((?:\s+\d{2}){0,2})(?:\s+(\D.*)|\s*([\u4e00-\u9fff].*))?$/;

/**
 * Split a line's runs into the classification code (printed joined “2010507” or split “201 05 07”, in one
 * run or several), the label runs and the amount runs.
 */
export function splitLine(segs: readonly Segment[], codesAlone = false): { code?: string; labels: Segment[]; amounts: Segment[] } {
  // a joined code alone (30207) is a code; a 3-digit one only where codes stand alone (two-column tables)
  const lone = segs.length === 1 ? segs[0].text.trim() : '';
  if (/^[1-9]\d{4}(\d{2})?$/.test(lone) || (codesAlone && /^[1-9]\d{2}$/.test(lone))) return { code: lone, labels: [], amounts: [] };
  let rest = [...segs];
  let code: string | undefined;
  const first = rest[0];
  const m = first && CODE_RUN.exec(first.text.trim());
  if (m && !m[3] && m[4]) m[3] = m[4];
  if ((m && rest.length > 1) || (m && m[3])) {
    const parts = [m![1], ...m![2].trim().split(/\s+/).filter(Boolean)];
    if (m![1].length === 3 || parts.length === 1) {
      code = parts.join('');
      rest = rest.slice(1);
      if (m![3]) rest.unshift({ x: first.right - m![3].length, right: first.right, text: m![3] });
      while (code.length < 7 && code.length >= 3 && parts.length < 3 && /^\d{2}$/.test(rest[0]?.text.trim() ?? '') && m![1].length === 3) {
        code += rest[0].text.trim();
        parts.push(rest[0].text.trim());
        rest = rest.slice(1);
      }
    }
  }
  const labels: Segment[] = [];
  const amounts: Segment[] = [];
  for (const s of rest) (isAmountCell(s.text) ? amounts : labels).push(s);
  // a lone 3-digit number before amounts is an amount (“470  0  1.35”), not a 类 code
  if (code && labels.length === 0 && (amounts.length === 0 || code.length === 3)) {
    const all = [...segs];
    return { labels: all.filter((s) => !isAmountCell(s.text)), amounts: all.filter((s) => isAmountCell(s.text)) };
  }
  return { code, labels, amounts };
}

export const compactName = (s: string) => s.replace(/[\s\u3000]+/g, '');
