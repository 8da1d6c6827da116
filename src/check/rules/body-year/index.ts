import { defineRule, type Draft, type RuleContext } from '../../engine.ts';
import { compactOf, lineEvidence, lineIndexAt, scan, type Compact } from '../../text.ts';
import type { SourceDocument } from '../../../read/document.ts';

/**
 * Years in the body (not only the titles) against the document's year: a 2021 决算 whose heading says 2020年度, a
 * reason paragraph dated 2015 in a 2016 决算 (“2015年…同比下降的原因”), a comparison of 2021 with 2020 in a 2022
 * 预算 — text copied from last year's disclosure and not updated. Legitimate years are left alone: 上年 and the
 * comparison year after 比/较/与, policy documents (〔2014〕8号, 2014年印发), dates of events (2016年5月, 于2016年,
 * 2016年以来), and in a budget the previous year's execution (2023年预算执行数).
 */

/** A year as the subject of a sentence or heading: “2015年”, “2020年度” (not a date, not after 比/较/自/截至…). */
const YEAR = /(20\d\d)年(度)?/g;
/** Words before a year that make it a comparison, a starting point or a reference date, not the subject. */
const NOT_SUBJECT = /(比|较|与|同|和|及|至|到|自|从|于|截至|截止|截|在|对比|相比|〔|\[|（|\()$/;
/** After a year: a date, a period, a policy document or a plan (“2016年5月”, “2014年印发”, “2021年以来”). */
const NOT_SUBJECT_AFTER = /^(度)?([0-9０-９]|以来|起|开始|至|到|[-—–~～]|印发|出台|颁布|发布|修订|[第]|以前|前|后|底|末|初|初期|中)/;
/** Comparing with the year before: the year of the sentence is the year whose change is described. */
const AGAINST_LAST = /同比|比上年|较上年|与上年|上年同期|比去年|较去年/;
/** A pair “2021年和2020年”, “2021年比2020年”: the years compared. */
const PAIR = /(20\d\d)年度?(?:[^，。；0-9]{0,12}?)(?:和|与|比|较|同|对比)(20\d\d)年/;
/** A budget's sentence about last year's execution is no mistake. */
const PAST_FIGURES = /执行|决算|实际|完成|上年|去年/;
const AMOUNT = /\d(?:[\d,.]*)\s*万?元/;

const MALFORMED = /(?<![\d〔])(20\d)年|〔(20\d\d)(\d{1,4})号/;

interface Hit {
  at: number;
  message: string;
}

/** The year a sentence is about (its first year that is not a comparison, a start or a date), with its offset. */
function subjectYear(s: string): { year: number; at: number } | undefined {
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(s); m; m = YEAR.exec(s)) {
    const before = s.slice(Math.max(0, m.index - 4), m.index);
    const after = s.slice(m.index + m[0].length, m.index + m[0].length + 4);
    if (NOT_SUBJECT.test(before) || NOT_SUBJECT_AFTER.test(after)) continue;
    return { year: Number(m[1]), at: m.index };
  }
  return undefined;
}

function sentenceHits(s: string, ctx: RuleContext, heading: boolean): Hit[] {
  const { year, kind } = ctx;
  const word = kind === 'budget' ? '预算' : '决算';
  const subject = subjectYear(s);
  if (!subject || subject.year === year || subject.year > year + 1 || subject.year < year - 15) return [];
  const y = subject.year;
  // a line that also names the document's year as its subject compares the two (“2016年决算数与2015年决算数对比情况”)
  if (new RegExp(`(?<!比|较|与|同)${year}年`).test(s)) return [];
  const against = [...s.slice(subject.at).matchAll(/(?:比|较|与|同)(20\d\d)年/g)].map((x) => Number(x[1]));
  // an earlier year compared with a later one (“2015年…决算20.2万元，与2016年决算相比”): the subject is out of date
  if (against.includes(year) && y < year && AMOUNT.test(s))
    return [{ at: subject.at, message: `文中以${y}年与${year}年比较，本文件为${year}年${word}（应为${year}年与${year - 1}年）` }];
  const pair = PAIR.exec(s.slice(subject.at));
  if (pair && Number(pair[1]) === y && (Number(pair[2]) === y - 1 || Number(pair[2]) === y))
    return [{ at: subject.at, message: `文中比较${pair[1]}年与${pair[2]}年，本文件为${year}年${word}（应为${year}年与${year - 1}年）` }];
  // “2023年…预算4.30万元，比2023年减少”: the year compared with itself or with the year before it
  if (against.some((a) => a === y || a === y - 1) && !against.includes(year))
    return [{ at: subject.at, message: `文中以${y}年与${against.find((a) => a === y || a === y - 1)}年比较，本文件为${year}年${word}` }];
  if (AGAINST_LAST.test(s)) return [{ at: subject.at, message: `文中以${y}年与上年比较，本文件为${year}年${word}` }];
  // a budget's part on the year before's final accounts or execution (“二、2024年“三公”经费决算情况”)
  if (heading && kind === 'budget' && y === year - 1 && PAST_FIGURES.test(s)) return [];
  if (heading && /预算|决算|情况|说明|公开/.test(s)) return [{ at: subject.at, message: `标题中的年度为${y}年，本文件为${year}年${word}` }];
  // an amount of another year stated as this document's: only when it cannot be last year's execution or 决算
  if (AMOUNT.test(s) && y < year - 1 && !(kind === 'budget' ? PAST_FIGURES : /上年|去年/).test(s))
    return [{ at: subject.at, message: `文中所述为${y}年的数字，本文件为${year}年${word}` }];
  // the next year's amounts stated as this document's (a title's year not updated, or the body's), unless planned
  if (AMOUNT.test(s) && y === year + 1 && !/将|计划|拟|预计|下一?年/.test(s))
    return [{ at: subject.at, message: `文中所述为${y}年的数字，本文件为${year}年${word}` }];
  return [];
}

/** A heading: a short line without sentence punctuation or table bars, not a number alone. */
const isHeading = (raw: string) => {
  const t = raw.replace(/\s+/g, '');
  return t.length > 0 && t.length <= 40 && !/[，,。；|]/.test(t) && !/^[\d,.\-%]+$/.test(t);
};

function draft(ctx: RuleContext, doc: SourceDocument, c: Compact, at: number, message: string): Draft {
  return { message, evidence: [lineEvidence(doc, doc.lines[lineIndexAt(c, at)])], suggestion: `核对年度，本文件为${ctx.year}年` };
}

export default defineRule({
  meta: {
    id: 'body-year',
    severity: 'warning',
    kinds: ['budget', 'final'],
    category: 'text',
    basis: '预算法 第十四条；财预〔2016〕143号（内容准确）；实践：沿用上年文本未改年度',
    docs: '正文中的年度（句首、标题、比较的两个年度）与文件年度及其比较年度一致，年度与文号书写完整；上年、政策文件、事件日期除外。',
  },
  reads: 'text',
  check(ctx) {
    const out: Draft[] = [];
    for (const doc of ctx.docs) {
      const c = compactOf(doc);
      const end = (i: number) => (i + 1 < c.starts.length ? c.starts[i + 1] : c.text.length);
      // a heading line stands alone; the lines between headings form paragraphs, read sentence by sentence
      let para = -1;
      const flush = (upTo: number) => {
        if (para < 0) return;
        const text = c.text.slice(para, upTo);
        const re = /[^。；！？]+/g;
        for (let m = re.exec(text); m; m = re.exec(text)) {
          if (!m[0].includes('年')) continue;
          for (const h of sentenceHits(m[0], ctx, false)) out.push(draft(ctx, doc, c, para + m.index + h.at, h.message));
        }
        para = -1;
      };
      for (let i = 0; i < doc.lines.length; i++) {
        const raw = doc.lines[i].text;
        if (raw.includes('|')) {
          flush(c.starts[i]); // a table cell (“2015年 | 2840”) is a column of its own
          continue;
        }
        if (isHeading(raw)) {
          flush(c.starts[i]);
          const text = c.text.slice(c.starts[i], end(i));
          if (text.includes('年')) for (const h of sentenceHits(text, ctx, true)) out.push(draft(ctx, doc, c, c.starts[i] + h.at, h.message));
          continue;
        }
        if (para < 0) para = c.starts[i];
        // a line ending in a colon opens what follows (“…情况公开如下：” then “2021年，…”): its own sentence
        if (/[：:]\s*$/.test(raw)) flush(end(i));
      }
      flush(c.text.length);
    }
    // a year with a digit lost (“在201年基础”), a document number with its bracket lost (“〔20148号”)
    for (const m of scan(ctx.docs, MALFORMED))
      out.push({
        message: m.match[1] ? `年度“${m.match[0]}”不完整` : `文号“${m.match[0]}”缺少“〕”`,
        evidence: [m.evidence],
        suggestion: m.match[1] ? `核对年度，应为四位数` : `改为“〔${m.match[2]}〕${m.match[3]}号”`,
      });
    return out;
  },
});
