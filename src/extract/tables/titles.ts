/** Table titles: recognising a title line, its kind, its printed number, and the 空表说明. */
import type { TableKind } from '../../model/table.ts';

/** Numbering printed before a title: “一、”, “1.”, “4．”, “（三）”, “表1”, “附表3-1”, “01表”, “表一：”. */
const NUMBER_PREFIX =
  /^\s*(?:第?[一二三四五六七八九十]+[、.．]|（[一二三四五六七八九十]+）|\(?\d{1,2}(?!\d)[)）.．、]|附件\s*\d{1,2}(?!\d)\s*[：:.．、]?|附?表\s*(?:[一二三四五六七八九十]+|\d{1,2}(?!\d))(?:[-－]\d{1,2})?[：:.．、]?|(?:部门预算)?(?:公开)?\s*\d{1,2}\s*表[：:]?)\s*/;

/** Compact a title: no spaces, no numbering, no (续). */
export function cleanTitle(text: string): { title: string; number?: string } {
  let t = text
    .trim()
    .replace(/^#{1,6}\s*/, '')
    .replace(/\*\*/g, '');
  let number: string | undefined;
  const m = NUMBER_PREFIX.exec(t);
  if (m && t.length > m[0].length + 2) {
    number = m[0].replace(/[、.．：:\s]+$/, '').replace(/\s+/g, '');
    t = t.slice(m[0].length);
  }
  t = t.replace(/[\s\u3000]+/g, '');
  t = t.replace(/[（(]续(?:表)?[)）]$|续表$/, '').replace(/(表)[（(][^（）()]{2,12}[)）]$/, '$1');
  return number ? { title: t, number } : { title: t };
}

/**
 * True when a line reads as a table title: short, ends with 表 (or 表（续）), names money
 * (收/支/预算/决算/经费/采购), and is not a sentence, a note or a section heading about a table.
 */
export function isTitleText(text: string): boolean {
  if (!text.includes('表')) return false;
  const { title } = cleanTitle(text);
  if (title.length < 4 || title.length > 48) return false;
  if (!/表$/.test(title)) return false;
  if (/[，。；;！？]/.test(title)) return false;
  if (/^(本表|注|说明|详见|附|填|按)/.test(title)) return false;
  return /收|支|预算|决算|经费|采购|资产|绩效|拨款/.test(title);
}

const KIND_RULES: ReadonlyArray<readonly [RegExp, TableKind]> = [
  [/三公/, 'threePublic'],
  [/机关运行经费|政府采购|项目支出(绩效|预算)?表|绩效|资产|会议费|培训费/, 'other'],
  [/政府性基金/, 'fundExpenditure'],
  [/国有资本经营/, 'capitalExpenditure'],
  [/财政拨款收(入)?支(出)?/, 'appropriationSummary'],
  [/(一般公共预算|财政拨款).*基本支出/, 'generalBasic'],
  [/一般公共预算.*支出|一般公共预算(财政)?拨款(支出)?(预算|决算)?(明细)?表/, 'generalExpenditure'],
  [/收(入)?支(出)?(预算|决算)?总(体情况)?表|财务收支/, 'summary'],
  [/^(部门|单位|预算单位)?收入(预算|决算)?(总体情况|总|情况)?表$/, 'income'],
  [/^(部门|单位|预算单位)?支出(预算|决算)?(总体情况|总|情况)?表$/, 'expenditure'],
];

/** The standard table a title names (domain.md §1a.4); `other` for any other published table. */
export function kindOfTitle(title: string): TableKind {
  const core = title.replace(/[\s\u3000]+/g, '').replace(/^.*?\d{4}年度?/, '');
  for (const [re, kind] of KIND_RULES) {
    if (re.test(kind === 'income' || kind === 'expenditure' ? stripOwner(core) : core)) return kind;
  }
  return 'other';
}

/** Drop a leading owner (“2025年部门”, “预算单位”, “上海市…局”) before the table name proper. */
function stripOwner(t: string): string {
  const i = t.search(/(收入|支出)(预算|决算)?(总体情况|总|情况)?表$/);
  if (i < 0) return t;
  const head = t.slice(0, i);
  return /财政|一般|基金|国有|三公|项目|基本|经济|功能/.test(head) ? t : t.slice(i);
}

/** A 空表说明: the table has no data (本表无数据 / 本表为空表 / 没有…故本表无数据 / 本部门无…). */
export function isEmptyNote(text: string): boolean {
  if (!/表|无|没有|未安排|不涉及/.test(text)) return false;
  const t = text.replace(/\s+/g, '');
  return /本表(无数据|为空表?|无内容)|空表|无数据|故本表|(本部门|本单位|本年度)(无|没有|未安排|不涉及)/.test(t);
}

/** A note line printed under a table (注：… / 说明：… / 备注). */
export function isNoteLine(text: string): boolean {
  return /^\s*(注|说明|备注)\s*[:：]?/.test(text) || isEmptyNote(text);
}
