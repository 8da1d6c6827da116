/**
 * Amount sentences into statements: “SUBJECT AMOUNT，比上年增加/减少 CHANGE，增长 X%。主要原因是 REASON；主要用于 USES”.
 * A statement is opened by an amount with its subject; the comparison, percentage, previous-year, budget and
 * reason clauses that follow attach to it, across sentences of the same paragraph (江苏 writes the change in the
 * sentence after the amount). A change stated without an amount (“收入较去年减少2544.50万元”) makes a statement
 * of its own subject with the change only.
 */
import { neg, type Decimal, type Direction, type Evidence } from '../model/index.ts';
import { amountsIn, type Amount } from './amounts.ts';
import { lineAt, type Paragraph } from './flow.ts';

export interface Statement {
  subject: string;
  paragraph: number;
  value?: Decimal;
  unit: Amount['unit'];
  statedUnit?: string;
  prev?: Decimal;
  change?: Decimal;
  changePercent?: Decimal;
  direction?: Direction;
  directionWord?: string;
  reason?: string;
  uses?: string;
  budget?: Decimal;
  adjustedBudget?: Decimal;
  completionRate?: Decimal;
  share?: Decimal;
  /** the same figure stated again in the paragraph with another value */
  restated?: { value: Decimal; evidence: Evidence }[];
  evidence: Evidence;
}

const UP = '增加|增长|上升|提高|增多|多|增|超支|超出|大于|高于';
const DOWN = '减少|下降|降低|压减|缩减|减|少|节约|节省|下调|小于|低于';
const DIRECTION_BEFORE = new RegExp(`(${UP}|${DOWN}|降幅|增幅|减幅|涨幅)(?:[（(](?:${UP}|${DOWN})[）)])?(了|为|约)?(上年|去年)?(预算|决算)?(数)?\\s*$`);
const FLAT = /(持平|保持一致|保持不变|基本一致|一致|相同|相等|等于|无变化|未发生变化|没有变化|不变|无增减)/;
const COMPARE = /(比|较|与|同比|相比|对比)/;
const REASON = /(主要原因是|主要原因为|主要原因：|主要原因:|主要原因|原因是|原因为|主要是由于|主要是|主要由于|主要因为|系)/;
const USES = /(主要用于|用于)/;
const PREV_BEFORE = /(上年|去年|上一年度?|上年度|(?<!\d)(20\d\d)\s*年度?)(当年|全年)?(预算|预算执行|执行|决算|实际)?(数|金额)?(为|是)?\s*$/;
const BUDGET_BEFORE = /(年初预算|预算数|全年预算|调整预算|调整后预算)(数)?(为|是)?\s*$/;
const FINAL_BEFORE = /(决算|决算数|实际支出|执行数)(为|是)?\s*$/;

function directionOf(word: string): Direction {
  return new RegExp(`^(${DOWN}|降幅|减幅)`).test(word) ? 'decrease' : 'increase';
}

/** The subject of a clause: the words before its amount, without connectors, numbering and quotes. */
export function cleanSubject(s: string): string {
  return s
    .replace(/^[\s，,；;：:。、]+/, '')
    .replace(/^(主要原因是|主要原因为|主要原因|原因是|主要是|主要由于)/, '')
    .replace(/^(其中|包括|此外|另外|以及|分别是|分别为|具体是|具体为|主要有|全年|合计|共计|总计为)[：:，,]?/, '')
    .replace(/^(\d{1,2}|[一二三四五六七八九十]{1,3})\s*[、.．]\s*/, '')
    .replace(/^[（(]\s*[\d一二三四五六七八九十]{1,3}\s*[）)]\s*/, '')
    .replace(/[“”"‘’]/g, '')
    .replace(/\s+/g, '')
    .replace(/(为|是|共|达|约|:|：)+$/, '')
    .trim();
}

interface Ctx {
  kind: 'budget' | 'final';
  year: number;
}

export function statementsOf(p: Paragraph, index: number, ctx: Ctx): Statement[] {
  const out: Statement[] = [];
  let current: Statement | undefined;
  const evidenceAt = (offset: number): Evidence => {
    const { line, file } = lineAt(p, offset);
    return { file, line: line.no, ...(line.page ? { page: line.page } : {}), text: line.text.trim() };
  };
  const open = (subject: string, a: { unit: Amount['unit']; statedUnit?: string }, offset: number): Statement => {
    const s: Statement = { subject, paragraph: index, unit: a.unit, evidence: evidenceAt(offset) };
    if (a.statedUnit) s.statedUnit = a.statedUnit;
    out.push(s);
    current = s;
    return s;
  };

  // Reason and uses text: from the marker to the end of the sentence.
  let clauseStart = 0;
  const text = p.text;
  // Clauses end at CJK punctuation; an ASCII comma ends one only when it is not a thousands separator.
  const clauses = [...text.matchAll(/(?:[^，,；;。！？!?：:]|(?<=\d),(?=\d{3}))+(?:[，,；;。！？!?：:]|$)/g)];
  for (const cm of clauses) {
    const clause = cm[0];
    clauseStart = cm.index!;
    const sentenceEnd = endOfSentence(text, clauseStart);
    const reasonM = REASON.exec(clause);
    if (reasonM && current && !(reasonM[1] === '系' && reasonM.index > 0)) {
      const from = clauseStart + reasonM.index + reasonM[0].length;
      const reason = text.slice(from, sentenceEnd).split(/[，,]?主要用于/)[0].replace(/^[：:\s]+/, '').trim();
      const target = [...out].reverse().find((s) => s.change !== undefined || s.changePercent !== undefined || s.direction) ?? current;
      if (reason && !target.reason) target.reason = reason;
    }
    const usesM = USES.exec(clause);
    if (usesM && current && !current.uses && !(reasonM && reasonM.index < usesM.index)) {
      current.uses = text.slice(clauseStart + usesM.index + usesM[0].length, sentenceEnd).replace(/^[：:\s]+/, '').trim();
    }

    const amounts = amountsIn(clause);
    let prevEnd = 0;
    if (!amounts.length) {
      const flat = FLAT.exec(clause);
      const compared = flat && COMPARE.exec(clause.slice(0, flat.index));
      // “因公出国（境）费支出决算持平”: 持平 says the comparison by itself.
      if (flat && (compared || flat[1] === '持平') && !/无|没有/.test(clause.slice(0, flat.index))) {
        const before = clause.slice(0, compared ? compared.index : flat.index);
        const subj = cleanSubject(before);
        const target = subj && !isGenericSubject(subj) ? open(subj, { unit: current?.unit ?? '万元' }, clauseStart) : current;
        if (target && target.change === undefined) {
          target.change = '0';
          target.direction = 'flat';
          target.directionWord = flat[1];
        }
      }
      continue;
    }
    for (const a of amounts) {
      const lead = clause.slice(prevEnd, a.start);
      prevEnd = a.end;
      const offset = clauseStart + a.start;
      if (a.unit === '%') {
        const d = DIRECTION_BEFORE.exec(lead);
        if (/占/.test(lead)) {
          if (current && current.share === undefined) current.share = a.value;
        } else if (/完成/.test(lead)) {
          if (current) current.completionRate = a.value;
        } else if (d && current) {
          const dir = current.direction ?? directionOf(d[1]);
          current.changePercent = dir === 'decrease' ? neg(a.value) : a.value;
          if (!current.directionWord) {
            current.direction = directionOf(d[1]);
            current.directionWord = d[1];
          }
        }
        continue;
      }
      const d = DIRECTION_BEFORE.exec(lead);
      if (d && isChange(lead.slice(0, d.index), d[1], current)) {
        // A change: “比2023年减少3.43万元”, “收入较去年减少…”, “与上年相比收、支预算总计各增加…”.
        const cmp = COMPARE.exec(lead);
        const before = cmp ? lead.slice(0, cmp.index) : '';
        const afterCompare = cmp ? lead.slice(cmp.index).replace(/^(比|较|与|同比|相比|对比)(上一?年度?|去年|\d{4}\s*年度?)?(当年)?(年初)?(预算执行数|预算数|预算|执行数|决算数|决算)?(相比|比较|同期相比|同期)?[，,]?/, '') : '';
        const subj = cleanSubject(cmp ? before : lead.slice(0, d.index)) || cleanSubject(afterCompare.slice(0, afterCompare.length - d[0].length).replace(/各$/, ''));
        const signed = directionOf(d[1]) === 'decrease' ? neg(a.value) : a.value;
        const targets: Statement[] = [];
        if (subj && !GENERIC_CHANGE_SUBJECT.test(subj) && !(current && sameSubject(current.subject, subj))) {
          for (const s of ctx.kind === 'budget' ? splitBoth(subj) : [subj]) targets.push(open(s, a, offset));
        } else if (current) targets.push(current);
        for (const t of targets) {
          if (t.change !== undefined && t.change !== '0') continue;
          t.change = signed;
          t.direction = directionOf(d[1]);
          t.directionWord = d[1];
          if (a.statedUnit && !t.statedUnit) t.statedUnit = a.statedUnit;
        }
        continue;
      }
      if (ctx.kind === 'final' && BUDGET_BEFORE.test(lead)) {
        const m = BUDGET_BEFORE.exec(lead)!;
        const subj = cleanSubject(lead.slice(0, m.index));
        const target = subj && !isGenericSubject(subj) ? open(subj, a, offset) : current;
        if (target) {
          if (/全年|调整/.test(m[1])) target.adjustedBudget = a.value;
          else target.budget = a.value;
        }
        continue;
      }
      const prevM = PREV_BEFORE.exec(lead);
      if (prevM && (prevM[1].startsWith('上') || prevM[1].startsWith('去') || (prevM[2] && Number(prevM[2]) < ctx.year)) && current) {
        const subj = cleanSubject(lead.slice(0, prevM.index));
        if (!subj || isGenericSubject(subj) || sameSubject(current.subject, subj)) {
          current.prev = a.value;
          continue;
        }
      }
      if (ctx.kind === 'final' && FINAL_BEFORE.test(lead) && current && current.value === undefined) {
        const m = FINAL_BEFORE.exec(lead)!;
        const subj = cleanSubject(lead.slice(0, m.index));
        if (!subj || isGenericSubject(subj) || sameSubject(current.subject, subj) || /支出$/.test(subj)) {
          current.value = a.value;
          continue;
        }
      }
      // A new amount: its subject is the clause text before it.
      const subj = cleanSubject(lead);
      if (current && isGenericSubject(subj)) {
        // “2024年预算安排X万元” after an item's heading amount: the same figure stated again.
        if (current.value === undefined || current.value === a.value) current.value = a.value;
        else (current.restated ??= []).push({ value: a.value, evidence: evidenceAt(offset) });
        continue;
      }
      for (const s of ctx.kind === 'budget' && subj ? splitBoth(subj) : [subj || current?.subject || '']) open(s, a, offset).value = a.value;
    }
  }
  return out;
}

/** Subjects that name no figure of their own: “预算安排”, “支出决算”, “为”. */
export function isGenericSubject(s: string): boolean {
  const t = s.replace(/^(20\d\d)\s*年度?/, '').replace(/(当年|年初)/g, '');
  return t === '' || /^(预算安排|安排|预算|预算数|支出决算|决算|决算数|为|是|支出|合计|共|共计|金额|预算金额|执行数|其中|分别|本年|本年数|本年预算|本年预算数)$/.test(t);
}

function sameSubject(a: string, b: string): boolean {
  const strip = (s: string) => s.replace(/^(20\d\d)\s*年度?/, '');
  return strip(a) === strip(b);
}

/** “收、支预算总计” names two figures. */
export function splitBoth(subject: string): string[] {
  const m = /^(.{0,40}?)收(?:入)?、支(?:出)?(.*)$|^(.{0,40}?)收支(总计|总预算|预算总计)(.*)$/.exec(subject);
  if (!m) return [subject];
  const [pre, post] = m[1] !== undefined ? [m[1], m[2]] : [m[3], m[4] + m[5]];
  return [`${pre}收入${post}`, `${pre}支出${post}`];
}

/** Where the sentence (or semicolon clause) holding `from` ends. */
function endOfSentence(text: string, from: number): number {
  const m = /[。；;]/.exec(text.slice(from));
  return m ? from + m.index : text.length;
}

/** Words before a change that name no figure: the change is the current statement's. */
const GENERIC_CHANGE_SUBJECT = /^(为|是|其中|本年|本年数|本年预算|本年预算数|预算数|预算|决算数|支出决算数|决算)$/;

const FULL_DIRECTION = /^(增加|减少|增长|下降|上升|降低|压减|缩减|节约|节省|大于|小于|高于|低于)$/;

/** Whether the words before a direction word make the amount after it a change (not a value). */
function isChange(before: string, word: string, current: Statement | undefined): boolean {
  if (COMPARE.test(before)) return true;
  // “主要是基本支出减少3.43万元”: a full direction word after a subject is a change too.
  if (FULL_DIRECTION.test(word)) return true;
  return Boolean(current) && /^[\s，,]*$/.test(before);
}
