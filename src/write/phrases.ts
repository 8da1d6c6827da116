/**
 * The small pieces of wording every sentence is built from: amounts, year-over-year comparisons with computed
 * differences and direction words, shares and completion rates. All arithmetic is Decimal (exact).
 */
import { abs, compare, isZero, percent, round, scaleOf, sign, sub, type Decimal, type Figure } from '../model/index.ts';

/** An amount as the documents write it: "447.01万元", "0万元"; counts keep their unit (1辆). */
export function amt(d: Decimal, unit = '万元'): string {
  // text states 万元 to two decimals (figures converted from 元 tables carry more); 四舍五入
  return `${unit === '万元' && scaleOf(d) > 2 ? round(d, 2) : d}${unit}`;
}

/** A figure that states this year's value. */
export type Stated = Figure & { value: Decimal };
export const stated = (f: Figure | undefined): f is Stated => f?.value !== undefined;

/** The amount of a figure with its own unit. */
export function fig(f: Stated): string {
  return amt(f.value, unitOf(f));
}

/** Previous-year value of a figure, stated or derived from the stated change. */
export function prevOf(f: Figure | undefined): Decimal | undefined {
  if (!f) return undefined;
  if (f.prev !== undefined) return f.prev;
  if (f.change !== undefined && f.value !== undefined) return sub(f.value, f.change);
  return undefined;
}

/** The signed difference this year − last year, computed; undefined when last year is unknown. */
export function changeOf(f: Figure | undefined): Decimal | undefined {
  if (!f || f.value === undefined) return f?.change;
  const prev = prevOf(f);
  return prev === undefined ? f.change : sub(f.value, prev);
}

export interface YoyWords {
  /** "比2023年" or "较去年" or "比上年" */
  than: string;
  /** "与2023年" (used with 持平) */
  same: string;
  /** add "，下降1.87%" after the difference (none on a zero base) */
  percent?: boolean;
  /** 增长/下降 for the percentage (决算 style) */
  up?: string;
  down?: string;
}

/**
 * "比2023年减少2544.50万元" / "与2023年持平" (+ "，下降85.06%" when asked and the base is not zero).
 * Undefined when the model does not give last year's figure: nothing is said then.
 */
export function yoy(f: Figure | undefined, w: YoyWords): string | undefined {
  if (!f) return undefined;
  const prev = prevOf(f);
  const diff = changeOf(f);
  if (diff === undefined) return undefined;
  if (isZero(diff)) return `${w.same}持平`;
  const up = sign(diff) > 0;
  let s = `${w.than}${up ? '增加' : '减少'}${amt(abs(diff), unitOf(f))}`;
  if (w.percent) {
    const p = prev === undefined ? null : percent(abs(diff), abs(prev), 2);
    if (p !== null && prev !== undefined && !isZero(prev)) s += `，${up ? (w.up ?? '增长') : (w.down ?? '下降')}${p}%`;
  }
  return s;
}

export function unitOf(f: Figure): string {
  return f.unit === '万元' ? '万元' : f.unit;
}

/** A reason as written, without a leading 主要原因是/主要是 and without its final full stop. */
export function bare(s: string | undefined, lead = /^(主要原因(是|为|：|:)?|主要是|原因是|主要用于|用于)\s*/): string | undefined {
  if (!s) return undefined;
  const t = stripInstructions(s)
    .trim()
    .replace(lead, '')
    .replace(/[。；;，,\s]+$/, '');
  return t || undefined;
}

/** The share part/whole in %, 2 decimals; undefined on a zero whole. */
export function share(part: Decimal, whole: Decimal | undefined): string | undefined {
  if (whole === undefined || isZero(whole)) return undefined;
  const p = percent(part, whole, 2);
  return p === null ? undefined : `${p}%`;
}

/** 大于/小于/等于 for a final figure against its budget. */
export function versus(value: Decimal, budget: Decimal): '大于' | '小于' | '等于' {
  const c = compare(value, budget);
  return c > 0 ? '大于' : c < 0 ? '小于' : '等于';
}

/**
 * Template instructions that must never reach the output: parenthesised notes to whoever fills the template in
 * (“（纳入向社会公开范围的部门必须填写！）”, “（以下为常见专业名词解释，单位应根据实际情况进行解释和增减。）”).
 */
const INSTRUCTION =
  /[（(][^（）()]*(必须填写|请填写|应根据实际情况|根据实际情况(进行)?(填写|解释|增减|删减)|如无此项|填写说明|模板|此处填|单位应|请根据|请删除|不需公开|据实填列)[^（）()]*[）)]/g;

export function stripInstructions(s: string): string {
  return s.replace(INSTRUCTION, '').replace(/[ \t]+$/g, '');
}

/** True when a whole text is nothing but an instruction. */
export function isInstruction(s: string): boolean {
  return s.trim() !== '' && stripInstructions(s).trim() === '';
}

const CN = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
/** 1 → 一, 11 → 十一, 24 → 二十四 (heading numbers up to 99). */
export function cnNumber(n: number): string {
  if (n <= 10) return CN[n];
  if (n < 20) return `十${CN[n - 10]}`;
  return `${CN[Math.floor(n / 10)]}十${CN[n % 10]}`;
}

/** Join clauses with a separator, skipping the missing ones. */
export function join(parts: (string | undefined | false)[], sep = '，'): string {
  return parts.filter((p): p is string => Boolean(p)).join(sep);
}
