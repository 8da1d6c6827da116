/** Amounts as written (447.01万元, 3,503,499元, 1.2亿元, 7.62%, 1辆) into exact decimals in the model's units. */
import { shift, type Decimal } from '../model/index.ts';

export type AmountUnit = '万元' | '%' | '辆' | '个' | '人' | '次';

export interface Amount {
  value: Decimal;
  unit: AmountUnit;
  /** unit as printed when converted (元, 亿元) */
  statedUnit?: string;
  start: number;
  end: number;
  text: string;
}

export const AMOUNT_RE =
  /(?<![\d.])(-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|-?\d+(?:\.\d+)?)\s*(万元|亿元|元|%|辆|个|人次|人|批次|次|家|台(?!套|\(套)|万(?![元人户亩平台套次个辆件]))/g;

/** Thousands separators out; "0." and ".5" shapes do not occur in these documents. */
export const plainNumber = (s: string): Decimal => s.replace(/,/g, '');

/** “公务用车购置为0，” — a zero written without its unit in a money sentence (not “增长--(基数为0，不可比)”). */
const BARE_ZERO_RE = /(?<!基数)为\s*(0(?:\.0+)?)(?=[，。；,;]|$)/g;

/** Counts written in words: “新购入公务用车一辆”. */
const WORD_COUNT_RE = /(?<![一二两三四五六七八九十百千万\d])([一二两三四五六七八九十])\s*(辆)/g;
const WORD_DIGIT: Record<string, string> = { 一: '1', 二: '2', 两: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9', 十: '10' };

/**
 * “收、支总计各是4125.49,4143.91万元”, “各增加12、8万元”: numbers listed after 各/分别 share the unit written after the
 * last. (A list that is really one number with thousands separators, “各是1,234万元”, is AMOUNT_RE's.)
 */
const SHARED_UNIT_LIST_RE = /(?:各|分别)(?:是|为|增加|减少|增长|下降|上升|降低|达)?\s*((?:\d+(?:\.\d+)?\s*[、,，]\s*)+)\d+(?:\.\d+)?\s*(万元|亿元|元|%)/g;

export function amountsIn(text: string): Amount[] {
  const out: Amount[] = [];
  // counts in words are rare (“一辆”): the pass runs only where one can stand
  if (text.includes('辆'))
    for (const m of text.matchAll(WORD_COUNT_RE)) {
      const start = m.index!;
      out.push({ value: WORD_DIGIT[m[1]], unit: '辆', start, end: start + m[0].length, text: m[0] });
    }
  for (const m of text.matchAll(BARE_ZERO_RE)) {
    const start = m.index! + m[0].indexOf(m[1]);
    out.push({ value: m[1], unit: '万元', start, end: start + m[1].length, text: m[1] });
  }
  const written: Amount[] = [];
  for (const m of text.matchAll(AMOUNT_RE)) written.push(amountOf(text, m[1], m[2], m.index!, m[0]));
  out.push(...written, ...listedBefore(text, written));
  return out.sort((a, b) => a.start - b.start);
}

/** The numbers of shared-unit lists that no written amount covers. */
function listedBefore(text: string, written: Amount[]): Amount[] {
  const out: Amount[] = [];
  if (!text.includes('各') && !text.includes('分别')) return out;
  for (const m of text.matchAll(SHARED_UNIT_LIST_RE)) {
    const listStart = m.index! + m[0].indexOf(m[1]);
    for (const n of m[1].matchAll(/\d+(?:\.\d+)?/g)) {
      const start = listStart + n.index!;
      const end = start + n[0].length;
      if (written.some((a) => a.start < end && start < a.end)) return [];
      out.push(amountOf(text, n[0], m[2], start, n[0]));
    }
  }
  return out;
}

/** A number and its unit as written, in the model's units. */
function amountOf(text: string, num: string, unit: string, start: number, whole: string): Amount {
  const value = plainNumber(num);
  const base = { start, end: start + whole.length, text: whole };
  if (unit === '万元' || unit === '万') return { ...base, value, unit: '万元' };
  if (unit === '元') return { ...base, value: shift(value, -4), unit: '万元', statedUnit: '元' };
  if (unit === '亿元') return { ...base, value: shift(value, 4), unit: '万元', statedUnit: '亿元' };
  if (unit === '%') return { ...base, value, unit: '%' };
  if (unit === '辆') return { ...base, value, unit: '辆' };
  // “共有车辆0 台”: 台 counts vehicles where the words before name them, else equipment
  if (unit === '台') return { ...base, value, unit: /车/.test(text.slice(Math.max(0, start - 12), start)) ? '辆' : '个' };
  if (unit === '人' || unit === '人次') return { ...base, value, unit: '人' };
  if (unit === '次' || unit === '批次') return { ...base, value, unit: '次' };
  return { ...base, value, unit: '个' };
}
