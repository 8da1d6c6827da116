/**
 * Shared building blocks of the narratives: a section list that numbers itself (sections with nothing to say
 * disappear and the rest are renumbered), the model's free texts cleaned of template instructions, and the
 * standard glossary used when the model has none.
 */
import type { Disclosure } from '../model/index.ts';
import type { Block } from './doc.ts';
import { cnNumber, isInstruction, stripInstructions } from './phrases.ts';

export interface Sub {
  /** heading text without its number (职能职责); `runIn` puts it in front of the first paragraph */
  title: string;
  paras: string[];
  runIn?: boolean;
  /** punctuation after a run-in or standalone heading: “。” or “：” */
  after?: string;
  /** blocks added after the paragraphs (a table) */
  extra?: Block[];
}

export interface Section {
  title: string;
  paras?: string[];
  subs?: Sub[];
  extra?: Block[];
}

/** Headings “一、…” at `level`, subsections “（一）…” below; empty ones are dropped, numbers follow. */
export function layoutSections(sections: Section[], level: 1 | 2): Block[] {
  const out: Block[] = [];
  let n = 0;
  for (const s of sections) {
    const subs = (s.subs ?? []).filter((x) => x.paras.length || x.extra?.length);
    const paras = (s.paras ?? []).filter(Boolean);
    if (!subs.length && !paras.length && !s.extra?.length) continue;
    out.push({ t: 'heading', level, text: `${cnNumber(++n)}、${s.title}` });
    for (const p of paras) out.push({ t: 'para', text: p });
    let m = 0;
    for (const sub of subs) {
      const head = `（${cnNumber(++m)}）${sub.title}${sub.after ?? ''}`;
      if (sub.runIn) {
        out.push({ t: 'para', text: head + sub.paras[0], lead: head });
        for (const p of sub.paras.slice(1)) out.push({ t: 'para', text: p });
      } else {
        out.push({ t: 'heading', level: (level + 1) as 2 | 3, text: head });
        for (const p of sub.paras) out.push({ t: 'para', text: p });
      }
      if (sub.extra) out.push(...sub.extra);
    }
    if (s.extra) out.push(...s.extra);
  }
  return out;
}

/** A free text from the model as it may be printed: instructions removed, blank or instruction-only dropped. */
export function clean(s: string | undefined): string | undefined {
  if (!s || isInstruction(s)) return undefined;
  const t = stripInstructions(s).trim();
  return t || undefined;
}

/** The 职能 items, numbered “1.” unless they already are. */
export function functionParas(d: Disclosure): string[] {
  const items = d.unitInfo.functions.map(clean).filter((x): x is string => Boolean(x));
  const numbered = items.every((x) => /^(\d+[.．、]|[（(][一二三四五六七八九十]+[)）]|第[一二三四五六七八九十]+条)/.test(x));
  return numbered ? items : items.map((x, i) => `${i + 1}.${x}`);
}

/** Standard definitions (名词解释) for a model that has no glossary of its own. */
export const STANDARD_GLOSSARY: ReadonlyArray<readonly [string, string]> = [
  ['财政拨款收入', '指本级财政当年拨付的资金，包括一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款。'],
  ['事业收入', '指事业单位开展专业业务活动及其辅助活动取得的收入。'],
  ['其他收入', '指单位取得的除上述收入以外的各项收入。'],
  ['基本支出', '指为保障机构正常运转、完成日常工作任务而发生的人员经费和公用经费。'],
  ['项目支出', '指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。'],
  ['“三公”经费', '指用财政拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。'],
  ['机关运行经费', '指行政单位和参照公务员法管理的事业单位使用一般公共预算财政拨款安排的基本支出中的日常公用经费支出。'],
];

/** The glossary to print: the model's entries, or the standard ones. Each “（一）term：definition”. */
export function glossaryParas(d: Disclosure, numbered: (i: number) => string): string[] {
  const own = d.glossary
    .map((g) => ({ term: clean(g.term), def: clean(g.definition) }))
    .filter((g): g is { term: string; def: string } => Boolean(g.term && g.def));
  const list = own.length ? own.map((g) => [g.term, g.def] as const) : STANDARD_GLOSSARY;
  return list.map(
    ([term, def], i) => `${numbered(i)}${term.replace(/^[（(][一二三四五六七八九十]+[)）]\s*/, '').replace(/[：:]$/, '')}：${def.replace(/^[：:]\s*/, '')}`,
  );
}
