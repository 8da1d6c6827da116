/**
 * Reading confidence: an error finding says a department published something wrong, so it stands only on figures
 * read with certainty and on a certain reading of what the document is (预算 or 决算). Otherwise the engine keeps
 * the finding but as a warning that names the doubtful reading (请人工核对), with the same evidence.
 */
import { compare, shift, type Disclosure, type Evidence, type Figure, type Kind } from '../model/index.ts';
import { allFigures } from './model.ts';

/** Every figure of the model by the evidence objects it carries (rules cite a figure by its first evidence). */
export function figuresByEvidence(d: Disclosure): Map<Evidence, { figure: Figure; label: string }> {
  const out = new Map<Evidence, { figure: Figure; label: string }>();
  for (const { figure, label } of allFigures(d)) for (const e of figure.evidence) if (!out.has(e)) out.set(e, { figure, label });
  return out;
}

export interface Basis {
  /** figures the finding rests on: named by the rule, and those whose evidence it cites */
  figures: { figure: Figure; label: string }[];
  /** the finding assumes the kind was read right (a rule for one kind, or figures chosen by the kind) */
  assumesKind: boolean;
  /** the text's own doubt about the kind read (kindDoubt), if any */
  kindDoubt?: string;
  /** the figures were read from texts now at hand: their evidence can speak against the reading (implausible) */
  read: boolean;
}

/** Why the finding should be checked by hand, or undefined when everything it rests on was read with certainty. */
export function doubtOf(basis: Basis, d: Disclosure): string | undefined {
  const doubts: string[] = [];
  for (const { figure, label } of basis.figures) {
    if (figure.reading?.certain === false) {
      doubts.push(figure.reading.doubt ? `${label}：${figure.reading.doubt}` : `${label}的读法不确定`);
      continue;
    }
    const seen = basis.read ? implausible(figure, label, d.identity.kind) : undefined;
    if (seen) doubts.push(`${label}：${seen}`);
  }
  const identity = d.identity.reading;
  if (basis.assumesKind && identity?.certain === false) {
    doubts.push(identity.doubt ?? `文件是${d.identity.kind === 'budget' ? '预算' : '决算'}的判断不确定`);
  } else if (basis.assumesKind && basis.kindDoubt) doubts.push(basis.kindDoubt);
  return doubts.length ? [...new Set(doubts)].join('；') : undefined;
}

/** Where a number equal to `value` (万元, or the same amount in 元) is printed in `text`: the words around it. */
export function printedAt(text: string, value: string): { before: string; after: string }[] {
  const out: { before: string; after: string }[] = [];
  const inYuan = shift(value, 4);
  for (const m of text.matchAll(/\d[\d,，]*(?:\.\d+)?/g)) {
    const n = m[0].replace(/[,，]/g, '');
    if (compare(n, value) !== 0 && compare(n, inYuan) !== 0) continue;
    const end = m.index + m[0].length;
    out.push({ before: text.slice(Math.max(0, m.index - 8), m.index).replace(/\s+/g, ''), after: text.slice(end, end + 6).replace(/\s+/g, '') });
  }
  return out;
}

/** A number after 较上年/较预算数/比2021年: the base compared against, not the figure itself. */
const BASE_WORD = /(较|比|与|同)(上年|去年|上年度|预算数?|年初预算数?|20\d\d年度?(预算|决算)?(数)?)(为|是)?$/;
/** A count or a rate printed right after the number: “4527人次”, “427批”, “5辆”, “63.42%”. */
const OTHER_UNIT = /^(人次|人|次|批|辆|台|套|个|名|户|项|家|所|%|％|‰)/;
const MONEY_AFTER = /^(万元|元|亿元|万)/;
/** The word of the amount just before it: “预算为30.8万元”, “支出决算为25.7万元”, “上年6万元”. */
const BUDGET_WORD = /(预算|预算数|预算为|预算拨入|预算安排|年初预算)[^，。；,;]{0,3}$/;
const FINAL_WORD = /(决算|决算数|决算为|实际支出|执行数|实际)[^，。；,;]{0,3}$/;

/**
 * What the evidence of a figure read from a sentence says against the reading, if anything: the number printed
 * only with another unit (“4527人次” read as 万元), a 预算数 taken as a 决算's figure (or a 决算数 as a budget's),
 * one subject for a pair of amounts (“收入、支出总计各增加A、B”). Table figures and figures without a sentence pass.
 */
export function implausible(f: Figure, label: string, kind: Kind): string | undefined {
  const text = f.evidence[0]?.text;
  if (!text || f.value === undefined || f.origin === 'table' || f.origin === 'derived') return undefined;
  if (f.unit !== '万元' && f.unit !== '元') {
    // a count (批次, 辆) given a change that the sentence prints in money: the change belongs to an amount
    const moved = f.change ?? f.prev;
    const money = moved !== undefined && printedAt(text, moved.replace(/^-/, '')).some((p) => MONEY_AFTER.test(p.after));
    return f.unit !== '%' && money ? '数量与金额的增减对应不确定' : undefined;
  }
  if (/、[^、]*各$|各$/.test(label) || (/^[^，。]*、[^，。]*各(增加|减少|增长|下降|为)/.test(text.slice(0, 80)) && label.includes('、')))
    return '一句中成对的数字，对应关系不确定';
  const at = printedAt(text, f.value);
  // not printed in its sentence: suspicious only when the line is a whole sentence with amounts (a paragraph's first
  // line, wrapped by pdftotext, may hold none of its numbers)
  if (at.length === 0) {
    const whole = /万元/.test(text) && /[。：:；;]\s*$/.test(text);
    return whole && printedAt(text, shift(f.value, -4)).length === 0 ? '所引的句子中没有此数' : undefined;
  }
  if (!at.some((p) => MONEY_AFTER.test(p.after)) && at.every((p) => OTHER_UNIT.test(p.after)))
    return `原文中的“${f.value.replace(/\.0+$/, '')}”不是金额（${at[0].after.slice(0, 3)}）`;
  const money = at.filter((p) => MONEY_AFTER.test(p.after));
  if (money.length === 0) return undefined; // the unit is on the next line (pdftotext wraps): nothing to say
  if (money.every((p) => BASE_WORD.test(p.before))) return '此数是比较的基数（较上年、较预算数），不是本年数';
  if (kind === 'final' && money.every((p) => BUDGET_WORD.test(p.before) && !FINAL_WORD.test(p.before))) return '决算文件中此数为预算数';
  if (kind === 'budget' && money.every((p) => FINAL_WORD.test(p.before) && !BUDGET_WORD.test(p.before))) return '预算文件中此数为决算数或执行数';
  return undefined;
}

/**
 * Does the text contradict the kind read? A 预算 whose text says 决算 three times or more, or a 决算 that never says
 * 决算 (no budget of the corpus says 决算 more than once; every 决算 says it at least three times but one).
 */
export function kindDoubt(kind: Kind, texts: string[]): string | undefined {
  let finals = 0;
  for (const t of texts) for (let at = t.indexOf('决算'); at >= 0; at = t.indexOf('决算', at + 2)) finals++;
  if (kind === 'budget' && finals >= 3) return `文中${finals}处写“决算”，文件是预算还是决算不确定`;
  if (kind === 'final' && finals === 0) return '文中没有“决算”二字，文件是预算还是决算不确定';
  return undefined;
}

export const withDoubt = (message: string, doubt: string) => `${message}（请人工核对：${doubt}）`;
