/**
 * Amount sentences into statements: “SUBJECT AMOUNT，比上年增加/减少 CHANGE，增长 X%。主要原因是 REASON；主要用于 USES”.
 * A statement is opened by an amount with its subject; the comparison, percentage, previous-year, budget and
 * reason clauses that follow attach to it, across sentences of the same paragraph (江苏 writes the change in the
 * sentence after the amount). A change stated without an amount (“收入较去年减少2544.50万元”) makes a statement
 * of its own subject with the change only.
 */
import { neg, type Decimal, type Direction, type Evidence } from '../model/index.ts';
import { amountsIn, type Amount } from './amounts.ts';
import { evidenceAt, type Paragraph } from './flow.ts';
import * as W from './wording.ts';

export { cleanSubject, isGenericSubject, splitBoth } from './wording.ts';

export interface Statement {
  subject: string;
  paragraph: number;
  value?: Decimal;
  unit: Amount['unit'];
  statedUnit?: string;
  /** the paragraph gives every amount in whole 万元 */
  wholeWan?: boolean;
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
  budgetDifference?: Decimal;
  budgetDifferencePercent?: Decimal;
  budgetRelation?: 'above' | 'below' | 'equal';
  budgetRelationWord?: string;
  share?: Decimal;
  /** the same figure stated again in the paragraph with another value */
  restated?: { value: Decimal; evidence: Evidence }[];
  evidence: Evidence;
}

/**
 * A passage that writes every amount in whole 万元 (“收入预算17,192万元，…减少990万元”) states them to ± 0.5 万元;
 * one that mixes decimals in (“57.8万元” beside “57.43万元”) dropped trailing zeros only.
 */
function inWholeWan(amounts: Amount[]): boolean {
  const money = amounts.filter((a) => a.unit === '万元' && !a.statedUnit && /[1-9]/.test(a.value));
  return money.length >= 2 && money.every((a) => !a.value.includes('.'));
}

interface Ctx {
  kind: 'budget' | 'final';
  year: number;
}

/** Clauses end at CJK punctuation; an ASCII comma ends one only when it is not a thousands separator. */
const CLAUSE = /(?:[^，,；;。！？!?：:]|(?<=\d),(?=\d{3}))+(?:[，,；;。！？!?：:]|$)/g;

/** Where the sentence (or semicolon clause) holding `from` ends. */
function endOfSentence(text: string, from: number): number {
  const m = /[。；;]/.exec(text.slice(from));
  return m ? from + m.index : text.length;
}

/** An item's heading that the next sentence's figures are about: “（一）因公出国(境)费。支出预算0万元”. */
const ITEM_HEADING = /^\s*([（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十\d]{1,2}[、.．])\s*[\u4e00-\u9fa5（）()“”"]{2,20}[。.]$/;

/**
 * “公务用车购置数及保有量分别为1辆和130辆”: one subject per amount, in order. The names share what precedes the
 * first (“2016年公务用车…”) only as the text writes it.
 */
function respectively(lead: string, count: number): string[] | undefined {
  const m = /^(.*?)(分别为|分别是|分别)\s*$/.exec(lead);
  if (!m || count < 2) return undefined;
  const parts = m[1].split(/及|和|与|、/).filter(Boolean);
  return parts.length === count ? parts : undefined;
}

/** Reads one paragraph clause by clause, keeping the statement that later clauses attach to. */
class ParagraphReader {
  readonly out: Statement[] = [];
  private current: Statement | undefined;
  /** a classification label that ended the previous clause with a colon, or an item heading (“（一）因公出国(境)费。”) */
  private label: string | undefined;
  /** 决算: the clauses after “较预算数X万元” compare with the budget, not with last year */
  private versusBudget = false;
  /** the sentence opened with an earlier year: its other amounts are that year's too */
  private lastYearSentence = false;
  /** the amount being read stands inside brackets (an aside), and the statement current before them */
  private inParens = false;
  private beforeAside: Statement | undefined;
  /** how far aside() has scanned the paragraph, and the last brackets it saw there */
  private scanned = 0;
  private lastOpen = -1;
  private lastClose = -1;
  /** 决算: the sentence states budgets (“预算为20万元，其中：…”) until its end or its 决算 figure */
  private budgetSentence = false;
  /** the 收入 and 支出 statements of the last “收、支…各…” clause, for the list that follows (“各增长5%、8%”) */
  private both: Statement[] = [];
  /** the last change compared with a year other than the one before (“比2019年(疫情前)减少…”): its % is not ours */
  private otherYear = false;
  /** the statement a “其中” list breaks down, while the sentence lasts; after it ends, for the next sentence */
  private listHead: Statement | undefined;
  private afterList: Statement | undefined;

  constructor(
    private readonly p: Paragraph,
    private readonly index: number,
    private readonly ctx: Ctx,
  ) {}

  read(): Statement[] {
    // the paragraph's amounts (offsets in the paragraph), found once and handed to the clauses that hold them
    const amounts = amountsIn(this.p.text);
    let next = 0;
    for (const m of this.p.text.matchAll(CLAUSE)) {
      const start = m.index!;
      const end = start + m[0].length;
      const inClause: Amount[] = [];
      while (next < amounts.length && amounts[next].start < end) {
        const a = amounts[next++];
        if (a.start >= start && a.end <= end) inClause.push(a);
      }
      this.clause(m[0], start, inClause);
    }
    if (inWholeWan(amounts)) for (const s of this.out) if (s.unit === '万元') s.wholeWan = true;
    return this.out;
  }

  private evidenceAt(offset: number): Evidence {
    return evidenceAt(this.p, offset);
  }

  private open(subject: string, a: { unit: Amount['unit']; statedUnit?: string }, offset: number): Statement {
    const s: Statement = { subject, paragraph: this.index, unit: a.unit, evidence: this.evidenceAt(offset) };
    if (a.statedUnit) s.statedUnit = a.statedUnit;
    this.out.push(s);
    this.current = s;
    this.versusBudget = false;
    this.both = [];
    return s;
  }

  /** Both subjects of “收、支预算总计” in a budget; a 决算's 收支总计 is one grand total. */
  private subjects(subject: string): string[] {
    return this.ctx.kind === 'budget' ? W.splitBoth(subject) : [subject];
  }

  /** `amounts` are the clause's, at their offsets in the paragraph (the clause starts at `start`). */
  private clause(clause: string, start: number, amounts: Amount[]): void {
    // “X为14.01万元，其中：A…，B…。与上年相比增长16.75%”: a sentence that opens on a comparison after a list compares
    // the whole the list broke down, not its last item
    if (this.afterList && /^(与|比|较|同比|相比)/.test(clause)) this.current = this.afterList;
    this.afterList = undefined;
    if (/^其中|其中[：:，,]?$/.test(clause) && !this.listHead) this.listHead = this.current;
    this.reasonAndUses(clause, start);
    this.budgetRelation(clause);
    const label = this.label;
    // “检察（款）：2018年预算支出合计16,444.36万元”: a classification label before a colon names what follows.
    this.label = !amounts.length && (/[（(](类|款|项)[）)]\s*[：:]$/.test(clause) || ITEM_HEADING.test(clause)) ? clause.replace(/[：:。.]$/, '') : undefined;
    if (!amounts.length && /[（(]项[）)]/.test(clause)) {
      // “行政运行（项）。主要用于…年初预算为X万元，支出决算为Y万元”: the item opens the statement its figures follow.
      this.open(W.cleanSubject(clause.replace(/[，,；;。：:]$/, '')), { unit: '万元' }, start);
    } else if (!amounts.length) {
      this.aside(start);
      this.flat(clause, start);
    } else this.amounts(clause, start, amounts, label);
    if (/[。；;！？!?]\s*$/.test(clause)) this.lastYearSentence = this.budgetSentence = false;
    if (/[。！？!?]\s*$/.test(clause)) [this.afterList, this.listHead] = [this.listHead, undefined];
  }

  private amounts(clause: string, start: number, amounts: Amount[], label: string | undefined): void {
    if (this.eachOfBoth(clause.slice(0, amounts[0].start - start), amounts)) return;
    const each = respectively(clause.slice(0, amounts[0].start - start), amounts.length);
    let prevEnd = start;
    for (const [i, a] of amounts.entries()) {
      const lead = each ? each[i] : (prevEnd === start && label ? label : '') + clause.slice(prevEnd - start, a.start - start);
      prevEnd = a.end;
      this.aside(a.start);
      this.amount(a, lead, a.start);
    }
  }

  /**
   * “收入、支出预算总计各是A、B万元”, “收、支总计各增加A万元、B万元”, then “各增长x%、y%”: one amount for each of
   * 收入 and 支出, in that order. A 决算's 收支总计 is one total, but 各 with two amounts says there are two.
   */
  private eachOfBoth(lead: string, amounts: Amount[]): boolean {
    if (amounts.length !== 2 || amounts[0].unit !== amounts[1].unit) return false;
    if (amounts[0].unit === '%') {
      // “…各增加A万元、B万元，(各)增长x%、y%”: right after the pair
      const p = /^[\s，,；;]*(?:各)?\s*(增加|减少|增长|下降|上升|降低)\s*$/.exec(lead);
      if (this.both.length !== 2 || !p) return false;
      const sign = W.directionOf(p[1]) === 'decrease' ? neg : (v: Decimal) => v;
      this.both.forEach((s, i) => (s.changePercent = sign(amounts[i].value)));
      return true;
    }
    const m = /^(.*?)各\s*(是|为|达)?(增加|减少|增长|下降|上升|降低)?\s*$/.exec(lead);
    if (!m || /预算数|比预算|较预算/.test(lead)) return false;
    const subject = W.cleanSubject(m[1].replace(W.COMPARE_PHRASE, ''));
    const named = W.splitBoth(subject);
    if (subject && named.length !== 2) return false;
    const direction = m[3] ? W.directionOf(m[3]) : undefined;
    const targets = subject ? named.map((n, i) => this.open(n, amounts[i], amounts[i].start)) : [...this.both];
    if (targets.length !== 2) return false;
    targets.forEach((t, i) => {
      if (!direction) t.value = amounts[i].value;
      else Object.assign(t, { change: direction === 'decrease' ? neg(amounts[i].value) : amounts[i].value, direction, directionWord: m[3] });
    });
    this.both = targets;
    this.current = targets[1];
    return true;
  }

  /**
   * Brackets are an aside: “公车购置及运行费995万元(其中公务用车购置费38万元,公务用车运行费958万元),比上年下降26.24%”
   * compares the figure before them. Entering one remembers the current statement; leaving it makes that current again.
   */
  private aside(at: number): void {
    // the last bracket opened and closed before `at`, scanned forward once: `at` only grows through a paragraph,
    // and a search back from every amount made a long paragraph quadratic
    const t = this.p.text;
    for (; this.scanned < at; this.scanned++) {
      const c = t[this.scanned];
      if (c === '（' || c === '(') this.lastOpen = this.scanned;
      else if (c === '）' || c === ')') this.lastClose = this.scanned;
    }
    const open = this.lastOpen > this.lastClose;
    if (open && !this.inParens) this.beforeAside = this.current;
    else if (!open && this.inParens && this.beforeAside) this.current = this.beforeAside;
    if (!open) this.beforeAside = undefined;
    this.inParens = open;
  }

  /** “主要原因是…” goes to the last statement with a change; “主要用于…” to the current one. */
  private reasonAndUses(clause: string, start: number): void {
    const text = this.p.text;
    const reason = W.REASON.exec(clause);
    const uses = W.USES.exec(clause);
    if (!reason && !uses) return;
    const end = endOfSentence(text, start);
    if (reason && this.current && !(reason[1] === '系' && reason.index > 0)) {
      const said = text
        .slice(start + reason.index + reason[0].length, end)
        .split(/[，,]?主要用于/)[0]
        .replace(/^[：:\s]+/, '')
        .trim();
      const target = this.out.findLast((s) => s.change !== undefined || s.changePercent !== undefined || s.direction) ?? this.current;
      if (said && !target.reason) target.reason = said;
    }
    if (uses && this.current && !this.current.uses && !(reason && reason.index < uses.index)) {
      this.current.uses = text
        .slice(start + uses.index + uses[0].length, end)
        .replace(/^[：:\s]+/, '')
        .trim();
    }
  }

  /** 决算: “决算数小于预算数的主要原因…” describes the statement that gave both figures. */
  private budgetRelation(clause: string): void {
    const m = W.BUDGET_RELATION.exec(clause);
    if (!m) return;
    const target = this.out.findLast((s) => s.budget !== undefined);
    if (!target || target.budgetRelationWord) return;
    target.budgetRelation = W.budgetRelationOf(m[1]);
    target.budgetRelationWord = m[1];
  }

  /** A clause without an amount may still say “与上年持平”; “…支出决算持平” says it by itself. */
  private flat(clause: string, start: number): void {
    const than = W.THAN_LAST_YEAR.exec(clause);
    if (than && this.current && this.current.change === undefined && !this.current.direction) {
      Object.assign(this.current, { direction: W.directionOf(than[1]), directionWord: than[1] });
      return;
    }
    const flat = W.FLAT.exec(clause);
    // “与上年基本持平”, “基本一致”: about the same is not a change of 0
    if (!flat || /(基本|大致|大体|略|接近)$/.test(clause.slice(0, flat.index)) || flat[1] === '基本一致') return;
    const compared = W.COMPARE.exec(clause.slice(0, flat.index));
    const noChange = /^(持平|无变化|未发生变化|没有变化|不变|保持不变|无增减)$/.test(flat[1]);
    if (!(compared || noChange) || /无|没有/.test(clause.slice(0, flat.index))) return;
    const subject = W.cleanSubject(clause.slice(0, compared ? compared.index : flat.index));
    const target = subject && !W.isGenericSubject(subject) ? this.open(subject, { unit: this.current?.unit ?? '万元' }, start) : this.current;
    if (target && target.change === undefined) Object.assign(target, { change: '0', direction: 'flat', directionWord: flat[1] });
  }

  private amount(a: Amount, lead: string, offset: number): void {
    if (a.unit === '%') return this.percent(a, lead);
    this.otherYear = false;
    const d = W.DIRECTION_BEFORE.exec(lead);
    if (d && W.isChange(lead.slice(0, d.index), d[1], Boolean(this.current))) return this.change(a, lead, d, offset);
    if (this.ctx.kind === 'final' && this.budgetFigure(a, lead, offset)) return;
    if (this.previousYear(a, lead, offset)) return;
    if (this.ctx.kind === 'final' && this.finalValue(a, lead)) return;
    this.value(a, lead, offset);
  }

  /** 占 x% (share), 完成 x% (completion), 增长/下降 x% (change). */
  private percent(a: Amount, lead: string): void {
    const cur = this.current;
    if (!cur) return;
    if (/占/.test(lead)) {
      cur.share ??= a.value;
      return;
    }
    // “完成全年预算84.82万元的73.2%”: the rate follows the budget it is of
    if (/完成/.test(lead) || (/^的\s*$/.test(lead) && (cur.budget !== undefined || cur.adjustedBudget !== undefined))) {
      // the first rate stated is the figure's; a later one sits in its reason (“较年初完成92%”)
      cur.completionRate ??= a.value;
      return;
    }
    const d = W.DIRECTION_BEFORE.exec(lead);
    if (!d || this.otherYear) return;
    if (this.versusBudget) {
      cur.budgetDifferencePercent ??= W.directionOf(d[1]) === 'decrease' ? neg(a.value) : a.value;
      return;
    }
    // Signed by its own word: “增加161.96万元，下降4.39%” contradicts itself, and the checker must see it.
    cur.changePercent = W.directionOf(d[1]) === 'decrease' ? neg(a.value) : a.value;
    if (!cur.directionWord) Object.assign(cur, { direction: W.directionOf(d[1]), directionWord: d[1] });
  }

  /** “比2023年减少3.43万元”, “收入较去年减少…”, “与上年相比收、支预算总计各增加…”. */
  private change(a: Amount, lead: string, d: RegExpExecArray, offset: number): void {
    if (W.comparesWithLastYear(lead)) this.versusBudget = false;
    const cmp = W.COMPARE.exec(lead);
    const year = cmp && /^(?:比|较|与|同比|相比|对比)\s*(20\d\d)\s*年/.exec(lead.slice(cmp.index));
    if (year && Number(year[1]) < this.ctx.year - 1) {
      // a comparison with an earlier year than the last (“比2019年(疫情前)决算数减少24.87万元”) is no change
      // from last year: it and its percentage are left out
      this.otherYear = true;
      return;
    }
    const afterCompare = cmp ? lead.slice(cmp.index).replace(W.COMPARE_PHRASE, '') : '';
    const subject =
      W.cleanSubject(cmp ? lead.slice(0, cmp.index) : lead.slice(0, d.index)) ||
      W.cleanSubject(afterCompare.slice(0, afterCompare.length - d[0].length).replace(/各$/, ''));
    const cur = this.current;
    const ownSubject = subject && !W.GENERIC_CHANGE_SUBJECT.test(subject) && !(cur && W.sameSubject(cur.subject, subject));
    const direction = W.directionOf(d[1]);
    if (this.ctx.kind === 'final' && (this.versusBudget || W.comparesWithBudget(lead, this.ctx.year))) {
      // “较年初预算数减少10.93万元”, “公务接待费支出决算比预算数减少4.82万元”: the difference from the budget
      const target = ownSubject && cmp ? this.open(subject, a, offset) : cur;
      if (target) target.budgetDifference ??= direction === 'decrease' ? neg(a.value) : a.value;
      this.versusBudget = true;
      return;
    }
    const targets = ownSubject ? this.subjects(subject).map((s) => this.open(s, a, offset)) : cur ? [cur] : [];
    for (const t of targets) {
      if (t.change !== undefined && t.change !== '0') continue;
      Object.assign(t, { change: direction === 'decrease' ? neg(a.value) : a.value, direction, directionWord: d[1] });
      if (a.statedUnit) t.statedUnit ??= a.statedUnit;
    }
  }

  /** 决算: “年初预算为X万元” (or 全年预算). */
  private budgetFigure(a: Amount, lead: string, offset: number): boolean {
    const m = W.BUDGET_BEFORE.exec(lead);
    if (!m) return false;
    const subject = W.stripCompare(W.cleanSubject(lead.slice(0, m.index)));
    const target = subject && !W.isGenericSubject(subject) ? this.open(subject, a, offset) : this.current;
    if (target) target[/全年|调整/.test(m[1]) ? 'adjustedBudget' : 'budget'] = a.value;
    // “较预算数1237万元减少103万元”: what follows compares with this budget; “预算为20万元，其中：…” lists budgets
    this.versusBudget = W.COMPARE.test(lead.slice(Math.max(0, m.index - 2), m.index));
    // (“完成预算29.6万元的92.8%” is a completion, not such a list)
    this.budgetSentence = !this.versusBudget && !/完成/.test(lead);
    return true;
  }

  /**
   * “2023年当年预算执行数为60.13万元”, “上年预算数为X”: the current statement's previous-year figure; with a
   * subject of its own (“因公出国（境）费上年预算数为2.00万元，本年预算数为1.00万元”) it opens that statement.
   */
  private previousYear(a: Amount, lead: string, offset: number): boolean {
    const m = W.PREV_BEFORE.exec(lead) ?? W.PREV_IN_PARENS.exec(lead);
    if (!m) return false;
    const earlier = m[1].startsWith('上') || m[1].startsWith('去') || (m[2] !== undefined && Number(m[2]) < this.ctx.year);
    if (!earlier) return false;
    const subject = W.stripCompare(W.cleanSubject(lead.slice(0, m.index)));
    const cur = this.current;
    const own = subject && !W.isGenericSubject(subject) && !(cur && W.sameSubject(cur.subject, subject));
    const target = own ? this.open(subject, a, offset) : cur;
    if (!target) return false;
    target.prev = a.value;
    this.versusBudget = false;
    return true;
  }

  /**
   * “2015年三公经费预算拨入57.55万元” in a 2016 document, “2019年预算内收入安排617.41万元，支出617.41万元”: a
   * subject that opens with an earlier year gives that subject's previous-year figure.
   */
  private earlierYear(subject: string, a: Amount, offset: number): boolean {
    const m = /^(20\d\d)\s*年度?(的)?(.*)$/.exec(subject);
    const inSentence = !m && this.lastYearSentence && subject !== '' && !W.isGenericSubject(subject);
    if (!inSentence && (!m || Number(m[1]) >= this.ctx.year)) return false;
    const named = inSentence ? subject : m![3] || this.current?.subject || '';
    const strip = (s: string) => s.replace(/^(20\d\d)\s*年度?(的)?/, '');
    const same = this.out.findLast((s) => strip(s.subject) === named && s.prev === undefined && s.value !== undefined);
    if (same) {
      same.prev = a.value;
      this.current = same;
    } else {
      this.open(named, a, offset).prev = a.value;
    }
    this.lastYearSentence = true;
    return true;
  }

  /** “收入安排655.55万元，支出655.55万元”: a bare 支出 after a 收入 figure (or the reverse) is its counterpart. */
  private sibling(subject: string): string | undefined {
    const cur = this.current?.subject.replace(/^(20\d\d)\s*年度?/, '');
    if (!cur || !/^(收入|支出)$/.test(subject) || cur.includes(subject)) return undefined;
    const other = subject === '支出' ? '收入' : '支出';
    return cur.includes(other) ? cur.replace(other, subject) : undefined;
  }

  /** 决算: “支出决算为X万元” after the budget figure. */
  private finalValue(a: Amount, lead: string): boolean {
    const m = W.FINAL_BEFORE.exec(lead);
    const cur = this.current;
    if (!m || !cur || cur.value !== undefined) return false;
    this.budgetSentence = false;
    const subject = W.cleanSubject(lead.slice(0, m.index));
    // “支出决算为Y万元” is the current item's; “因公出国(境)费支出决算为12.02万元” names an item of its own
    const named = subject.replace(/支出$/, '');
    if (named && !W.isGenericSubject(named) && !W.sameSubject(cur.subject, subject) && !W.sameSubject(cur.subject, named)) return false;
    cur.value = a.value;
    return true;
  }

  /** A new amount: its subject is the clause text before it. */
  private value(a: Amount, lead: string, offset: number): void {
    const subject = W.cleanSubject(lead);
    const cur = this.current;
    const sibling = this.sibling(subject);
    if (this.earlierYear(sibling ?? subject, a, offset)) return;
    if (sibling) {
      this.open(sibling, a, offset).value = a.value;
      return;
    }
    if (cur && /^(全部为|均为|全部是|全部用于)/.test(subject)) {
      // “…维护费11.9万元，全部为公务用车运行维护费11.9万元，与2016年持平”: a part named in passing; the
      // comparison after it stays with the sentence's subject
      const part = this.open(W.cleanSubject(subject.replace(/^(全部为|均为|全部是|全部用于)/, '')), a, offset);
      part.value = a.value;
      this.current = cur;
      return;
    }
    if (this.budgetSentence && this.ctx.kind === 'final' && subject && !W.isGenericSubject(subject)) {
      // “预算为20万元，其中：因公出国(境)费0万元，公务接待费9万元”: a 决算's budget, item by item
      this.open(subject, a, offset).budget = a.value;
      return;
    }
    if (cur && cur.value !== undefined && /^[\s，,；;：:]*(合计|共计|总计|小计)[\s：:为]*$/.test(lead)) return; // a list's sum, not its last item
    if (cur && cur.unit === '万元' && a.unit !== '万元' && a.unit !== '%' && this.inParens) {
      // “公务接待费122万元（接待15批次、4527人次），较上年144万元…”: counts in an aside; the money figure stays
      // the one the comparisons after it are about, and a count is never that figure stated again
      if (subject && !W.isGenericSubject(subject)) this.open(subject, a, offset).value = a.value;
      this.current = cur;
      return;
    }
    if (cur && W.isGenericSubject(subject)) {
      // “2024年预算安排X万元” after an item's heading amount: the same figure stated again.
      if (cur.value === undefined || cur.value === a.value) cur.value = a.value;
      else (cur.restated ??= []).push({ value: a.value, evidence: this.evidenceAt(offset) });
      return;
    }
    for (const s of subject ? this.subjects(subject) : [cur?.subject ?? '']) this.open(s, a, offset).value = a.value;
  }
}

export function statementsOf(p: Paragraph, index: number, ctx: Ctx): Statement[] {
  return new ParagraphReader(p, index, ctx).read();
}
