/**
 * The words of amount sentences: direction words, comparison markers, “持平” variants, reason and use markers,
 * and the cues that make an amount a previous-year figure, a 决算's budget or its final value.
 */
import type { Direction } from '../model/index.ts';

const UP = '增加|增长|上升|提高|增多|多|增|超支|超出|大于|高于';
const DOWN = '减少|下降|降低|压减|缩减|减|少|节约|节省|下调|小于|低于';

/** A direction word right before an amount: “减少3.43万元”, “增长 7.62%”, “小于上年预算数 29.65万元”. */
export const DIRECTION_BEFORE = new RegExp(
  `(${UP}|${DOWN}|降幅|增幅|减幅|涨幅)(?:[（(](?:${UP}|${DOWN})[）)])?(了|为|约)?(支出|开支)?(上年|去年)?(预算|决算)?(数)?\\s*$`,
);
/** Full direction words, which make a change even without a comparison marker (“基本支出减少3.43万元”). */
export const FULL_DIRECTION = /^(增加|减少|增长|下降|上升|降低|压减|缩减|节约|节省|大于|小于|高于|低于)$/;
export const FLAT = /(持平|保持一致|保持不变|基本一致|一致|相同|相等|等于|无变化|未发生变化|没有变化|不变|无增减)/;
export const COMPARE = /(比|较|与|同比|相比|对比)/;
/** “本年数小于上年预算数”: a change stated by its direction alone, without an amount. */
export const THAN_LAST_YEAR = /本年(?:预算)?数?(大于|高于|多于|小于|低于|少于)(?:上年|去年)(?:预算)?数?/;
/** The comparison phrase at the start of a clause: “与上年相比”, “比2023年预算执行数”. */
export const COMPARE_PHRASE =
  /^(比|较|与|同比|相比|对比)(上一?年度?|去年|\d{4}\s*年度?)?(当年)?(年初)?(预算执行数|预算数|预算|执行数|决算数|决算|实际支出数?|支出数|支出)?(相比|比较|对比|同期相比|同期)?[，,]?/;
export const REASON = /(主要原因是|主要原因为|主要原因：|主要原因:|主要原因|原因是|原因为|主要是由于|主要是|主要由于|主要因为|系)/;
export const USES = /(主要用于|用于)/;
export const PREV_BEFORE =
  /(上年|去年|上一年度?|上年度|(?<!\d)(20\d\d)\s*年度?)(?:的)?(当年|全年)?(预算|预算执行|执行|决算|实际)?(数|金额)?(?:的)?(为|是)?\s*$/;
/** “（2016年度部门支出预算安排8,648.07万元）”: an earlier year's figure named in parentheses. */
export const PREV_IN_PARENS = /[（(]\s*(上年|去年|(20\d\d)\s*年度?)[^，。；（）()0-9]{0,14}(为|是)?\s*$/;
export const BUDGET_BEFORE = /(年初预算|预算数|全年预算|调整预算|调整后预算|预算)(数)?(为|是)?\s*$/;
export const FINAL_BEFORE = /(决算|决算数|实际支出|执行数)(为|是)?\s*$/;
/** A subject that is only a comparison word (“较上年1174万元”: the subject “较”) names no figure. */
export const stripCompare = (s: string): string => s.replace(/(比|较|与|同比|相比|对比)$/, '');

/** Words before a change that name no figure: the change is the current statement's. */
export const GENERIC_CHANGE_SUBJECT = /^(为|是|其中|本年|本年数|本年预算|本年预算数|预算数|预算|决算数|支出决算数|决算)$/;

export function directionOf(word: string): Direction {
  return new RegExp(`^(${DOWN}|降幅|减幅)`).test(word) ? 'decrease' : 'increase';
}

/** The subject of a clause: the words before its amount, without connectors, numbering and quotes. */
export function cleanSubject(s: string): string {
  return s
    .replace(/^.*(情况|说明)\s*(?=20\d\d\s*年)/, '') // a heading run into its text: “1、…增减情况 2020年预算内收入…”
    .replace(/^[\s，,；;：:。、]+/, '')
    .replace(/^(主要原因是|主要原因为|主要原因|原因是|主要是|主要由于)/, '')
    .replace(/^(其中|包括|此外|另外|以及|分别是|分别为|具体是|具体为|主要有|全年|合计|共计|总计为)[：:，,]?/, '')
    .replace(/^(按)?(同|可比)口径/, '') // “按同口径同比减少…”: how it compares, not what
    .replace(/^(\d{1,2}|[一二三四五六七八九十]{1,3})\s*[、.．]\s*/, '')
    .replace(/^[（(]\s*[\d一二三四五六七八九十]{1,3}\s*[）)]\s*/, '')
    .replace(/[“”"‘’]/g, '')
    .replace(/\s+/g, '')
    .replace(/(为|是|共|达|约|:|：)+$/, '')
    .trim();
}

/** Subjects that name no figure of their own: “预算安排”, “支出决算”, “为”. */
export function isGenericSubject(s: string): boolean {
  const t = s.replace(/^(20\d\d)\s*年度?/, '').replace(/(当年|年初)/g, '');
  return (
    t === '' ||
    /^(预算安排|安排|预算|预算数|支出决算|决算|决算数|为|是|支出|合计|共|共计|金额|预算金额|执行数|其中|分别|本年|本年数|本年预算|本年预算数|完成|达到|占)$/.test(
      t,
    )
  );
}

export function sameSubject(a: string, b: string): boolean {
  const strip = (s: string) => s.replace(/^(20\d\d)\s*年度?/, '');
  return strip(a) === strip(b);
}

/** “收、支预算总计” and “财政拨款收支总计” name two figures. */
export function splitBoth(subject: string): string[] {
  const m = /^(.{0,40}?)收(?:入)?、支(?:出)?(.*)$|^(.{0,40}?)收支(总计|总预算|预算总计)(.*)$/.exec(subject);
  if (!m) return [subject];
  const [pre, post] = m[1] !== undefined ? [m[1], m[2]] : [m[3], m[4] + m[5]];
  return [`${pre}收入${post}`, `${pre}支出${post}`];
}

/** Whether the words before a direction word make the amount after it a change (not a value). */
export function isChange(before: string, word: string, hasCurrent: boolean): boolean {
  if (COMPARE.test(before)) return true;
  if (FULL_DIRECTION.test(word)) return true;
  return hasCurrent && /^[\s，,]*$/.test(before);
}

/** 决算: “决算数小于预算数的主要原因”, “决算数与预算数基本持平”. */
export const BUDGET_RELATION = /决算数?(大于|高于|超过|小于|低于|等于|与(?:年初)?预算数?(?:基本)?持平|与(?:年初)?预算数?(?:基本)?一致)(?:年初)?(?:预算数?)?/;

export function budgetRelationOf(word: string): 'above' | 'below' | 'equal' {
  return /大于|高于|超过/.test(word) ? 'above' : /小于|低于/.test(word) ? 'below' : 'equal';
}

/**
 * 决算: a comparison with the year's own budget (“较预算数…”, “与2020年度预算相比”, “较年初预算数”), whose
 * difference is not a change from last year. A comparison naming last year (上年预算) is a change.
 */
export function comparesWithBudget(lead: string, year: number): boolean {
  const m = /(比|较|与|对比)\s*(上一?年度?|去年|(20\d\d)\s*年度?)?\s*(当年)?(年初|全年|调整)?(预算)(数|安排)?/.exec(lead);
  if (!m) return false;
  if (m[2] && !m[3]) return false;
  return !m[3] || Number(m[3]) === year;
}

/** “较上年支出数减少…”, “与2016年决算相比”: a comparison with last year, which ends a budget comparison. */
export const comparesWithLastYear = (lead: string): boolean =>
  /(比|较|与|同比|对比)\s*(上一?年度?|去年|(20\d\d)\s*年度?)/.test(lead) && !/(比|较|与)\s*(20\d\d\s*年度?)?\s*(年初)?预算/.test(lead);
