import { defineRule, type Draft, type RuleContext } from '../../engine.ts';
import type { Content, Evidence, SectionKey, Severity } from '../../../model/index.ts';
import { hasSection } from '../../presence.ts';
import { compactOf, scan } from '../../text.ts';
import type { SourceDocument } from '../../../read/document.ts';

interface Requirement {
  name: string;
  sections: SectionKey[];
  /** the model holds a fact of this part */
  inModel: (ctx: RuleContext) => boolean;
  /** words that show the text covers it */
  words: RegExp;
  severity: Severity;
  applies?: (ctx: RuleContext) => boolean;
}

/** The model holds a fact of the part read from the explanation (not from a table: a table alone is no 情况说明). */
const narrative = (...fs: ({ origin?: string } | boolean | undefined)[]) => fs.some((f) => typeof f === 'object' && f.origin !== 'table');

const REQUIREMENTS: Requirement[] = [
  {
    name: '“三公”经费情况说明',
    sections: ['threePublic'],
    inModel: (c) => narrative(...Object.values(c.disclosure.threePublic)),
    words: /三公/,
    severity: 'warning',
  },
  { name: '机关运行经费情况', sections: ['operatingCost'], inModel: (c) => narrative(c.disclosure.operatingCost), words: /运行经费/, severity: 'warning' },
  {
    name: '政府采购情况',
    sections: ['procurement'],
    inModel: (c) => narrative(...Object.values(c.disclosure.procurement)),
    words: /政府采购/,
    severity: 'warning',
  },
  {
    name: '绩效目标（预算绩效管理）情况',
    sections: ['performance'],
    inModel: (c) => narrative(...Object.values(c.disclosure.performance)) || c.disclosure.performance.allProjects !== undefined,
    words: /绩效/,
    severity: 'warning',
  },
  {
    name: '国有资产占有使用情况',
    sections: ['assets'],
    inModel: (c) => !!c.disclosure.assets.vehicles || c.disclosure.assets.vehiclesByType.length > 0,
    words: /国有资产|公务用车\d|车辆\d|共有车辆/,
    severity: 'info',
  },
  { name: '名词解释', sections: ['glossary'], inModel: (c) => c.disclosure.glossary.length > 0, words: /名词解释|名词说明|术语解释/, severity: 'warning' },
  {
    name: '联系人及联系方式',
    sections: ['contact'],
    inModel: (c) => !!(c.disclosure.contact.person || c.disclosure.contact.phone),
    words: /联系人|联系电话|联系方式|咨询电话/,
    severity: 'warning',
    // the 重庆 template asks for a contact line; other regions' templates do not
    applies: (c) => /重庆/.test(`${c.disclosure.identity.region ?? ''}${c.disclosure.identity.unit}`),
  },
];

/** The standard order of the parts (财预〔2016〕143号 templates): a missing part belongs before the next one present. */
const ORDER: SectionKey[] = [
  'unitInfo',
  'functions',
  'structure',
  'overview',
  'income',
  'expenditure',
  'appropriation',
  'generalExpenditure',
  'basicExpenditure',
  'fund',
  'capital',
  'threePublic',
  'otherMatters',
  'operatingCost',
  'procurement',
  'performance',
  'assets',
  'glossary',
  'tables',
  'contact',
];

/** What a document that is not a full disclosure is, for the one note that says what was not checked. */
const WHAT: Record<Exclude<Content, 'full'>, (word: string) => string> = {
  threePublic: () => '本文件为“三公”经费说明，未检查完整公开所需的其他部分',
  section: (w) => `本文件为部门${w}公开的一个部分，未检查完整公开所需的其他部分`,
  tables: (w) => `本文件仅含${w}表，未检查${w}说明所需的各部分`,
  excerpt: () => '本文件为节选，未检查完整公开所需的其他部分',
};

/** One document's lines without whitespace, and which of them are sentences (a ，or 。, not a table row). */
interface Lines {
  compact: string[];
  sentence: boolean[];
}
const linesCache = new WeakMap<SourceDocument, Lines>();
function linesOf(doc: SourceDocument): Lines {
  let l = linesCache.get(doc);
  if (!l) {
    const c = compactOf(doc);
    const compact = doc.lines.map((_, i) => c.text.slice(c.starts[i], i + 1 < c.starts.length ? c.starts[i + 1] : c.text.length));
    l = { compact, sentence: doc.lines.map((x) => /[，。；,;]/.test(x.text) && !x.text.includes('|')) };
    linesCache.set(doc, l);
  }
  return l;
}

/**
 * Does the explanation speak of the part? Only sentences count (a line with ，or 。), outside the 名词解释: a
 * definition of “三公”经费, a table title (“三公”经费支出预算表) or a line of the table of contents does not make the
 * 三公 part present.
 */
function mentionedOutsideGlossary(ctx: RuleContext, re: RegExp): boolean {
  const glossary = ctx.disclosure.sections.find((x) => x.key === 'glossary')?.evidence;
  return ctx.docs.some((doc) => {
    const from = glossary && glossary.file === doc.file && glossary.line !== undefined ? glossary.line : Infinity;
    const next = ctx.disclosure.sections.find((x) => x.level <= 1 && x.evidence.file === doc.file && (x.evidence.line ?? 0) > from);
    const to = next?.evidence.line ?? Infinity;
    const { compact, sentence } = linesOf(doc);
    return doc.lines.some((l, i) => sentence[i] && (l.no < from || l.no >= to) && re.test(compact[i]));
  });
}

/**
 * Is there a part with content? A heading followed by a sentence within the next few lines; a line of the table of
 * contents (a heading followed by headings) is not the part. (The reader may take the entries of a part for
 * headings of their own, so the lines are counted, not the headings.)
 */
const CONTENT_WITHIN = 8;
const DEFINITION = /[：:]\s*(指|是)/;
const TABLE_TITLE = /表(单位[：:]?(万?元)?)?$/;
const PART = /^(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、)/;
function hasPart(ctx: RuleContext, keys: SectionKey[], words: RegExp): boolean {
  if (!ctx.docs.length) return hasSection(ctx, ...keys);
  const sections = ctx.disclosure.sections.filter(
    // a 名词解释 entry read as a heading (“（七）“三公”经费：是…”) is a definition, not the part
    (s) => keys.includes(s.key) && s.evidence.line !== undefined && !DEFINITION.test(s.evidence.text),
  );
  return ctx.docs.some((doc) => {
    const { compact, sentence } = linesOf(doc);
    // a sentence before the next numbered part (“十二、”, “第四部分”): in a table of contents the next entry comes first
    const withContent = (i: number) => {
      for (let j = i; j < doc.lines.length && j <= i + CONTENT_WITHIN; j++) {
        // a numbered 名词解释 entry (“一、财政拨款收入：指…”) is the glossary's content, not the next part
        const entry = DEFINITION.test(compact[j]);
        if (j > i && PART.test(compact[j]) && !entry) return false;
        if (sentence[j] || entry) return true;
      }
      return false;
    };
    const titles = sections.filter((s) => s.evidence.file === doc.file || ctx.docs.length === 1).map((s) => s.title.replace(/\s+/g, ''));
    const lines = new Set(sections.map((s) => s.evidence.line));
    // the heading where it was read (perhaps the table of contents), wherever else its title stands alone, and a
    // numbered line naming the part that the reader did not take for a heading (“第四部分 名词解释”)
    // a numbered 名词解释 entry (“八、“三公”经费：指…”) is a definition and a table's title (“九、…支出预算表”) a
    // table, wherever they stand: neither is the part
    // the cheap tests first: most lines are none of these, and this runs once per part asked for
    return doc.lines.some(
      (l, i) =>
        (lines.has(l.no) ||
          titles.some((t) => t.length >= 2 && compact[i].length <= t.length + 8 && compact[i].endsWith(t)) ||
          (compact[i].length <= 30 && !sentence[i] && PART.test(compact[i]) && words.test(compact[i]))) &&
        !DEFINITION.test(compact[i]) &&
        !TABLE_TITLE.test(compact[i]) &&
        withContent(i),
    );
  });
}

/** Where a missing part belongs: the heading of the next part present in the standard order (else the title). */
function placeOf(ctx: RuleContext, key: SectionKey): Evidence[] {
  const after = ORDER.slice(ORDER.indexOf(key) + 1);
  const next = ctx.disclosure.sections
    .filter((x) => after.includes(x.key))
    .sort((a, b) => (a.evidence.line ?? a.evidence.page ?? 0) - (b.evidence.line ?? b.evidence.page ?? 0))[0];
  return next ? [next.evidence] : ctx.disclosure.identity.evidence.slice(0, 1);
}

/**
 * Which parts can be asked for, by what the document is. A full disclosure carries every part; a cut-off copy
 * nothing after the cut, so only parts before the last one present (read as a heading or found by its words: the
 * reader takes “3、机关运行经费情况” for no heading); an excerpt a run of consecutive parts, so only parts between
 * its first and its last (one missing inside the run is missing); a 三公 notice its 三公 part; one section or the
 * tables nothing we can ask for.
 */
function asked(ctx: RuleContext, content: Content, present: (r: Requirement) => boolean): Requirement[] {
  if (content === 'threePublic') return REQUIREMENTS.filter((r) => r.sections.includes('threePublic'));
  if (content !== 'full' && content !== 'excerpt') return [];
  const at = (r: Requirement) => ORDER.indexOf(r.sections[0]);
  const seen = [...ctx.disclosure.sections.map((x) => ORDER.indexOf(x.key)), ...REQUIREMENTS.filter(present).map(at)].filter((i) => i >= 0);
  const last = Math.max(-1, ...seen);
  const first = content === 'excerpt' ? Math.min(...REQUIREMENTS.filter(present).map(at)) : -1;
  const cut = content === 'excerpt' || ctx.disclosure.identity.truncated;
  return REQUIREMENTS.filter((r) => at(r) > first && (!cut || at(r) < last));
}

export default defineRule({
  meta: {
    id: 'sections-required',
    severity: 'warning',
    kinds: ['budget', 'final'],
    category: 'completeness',
    basis: '预算法 第十四条；预算法实施条例 第六条；财预〔2016〕143号（部门预决算说明应包括的内容）',
    docs: '完整公开的说明包含“三公”经费、机关运行经费、政府采购、绩效目标、国有资产、名词解释（重庆另需联系人）各部分，缺少的部分（标题和内容都没有）在它应在的位置报告；“三公”说明只查“三公”部分；截断的文件只查截断处之前的部分，节选只查它所载的第一部分与最后一部分之间的部分；单独一部分、仅表格的文件不查；并说明文件是什么。',
  },
  // reasons and sections are read from the text: a figures-only model has none to judge
  reads: 'text',
  check(ctx) {
    if (ctx.unreadablePages > 0) return []; // the part may be on a page that could not be read
    const content = ctx.disclosure.identity.content ?? 'full';
    const word = ctx.kind === 'budget' ? '预算' : '决算';
    const notes: Draft[] = [];
    if (content !== 'full') notes.push({ severity: 'info', message: WHAT[content](word), evidence: ctx.disclosure.identity.evidence.slice(0, 1) });
    else if (ctx.disclosure.identity.truncated)
      notes.push({ severity: 'info', message: '本文件在中途截断，截断处之后的部分未检查', evidence: ctx.disclosure.identity.evidence.slice(0, 1) });
    const seen = new Map<Requirement, boolean>();
    const present = (r: Requirement) => {
      if (!seen.has(r)) seen.set(r, hasPart(ctx, r.sections, r.words) || r.inModel(ctx) || mentionedOutsideGlossary(ctx, r.words));
      return seen.get(r)!;
    };
    const missing = asked(ctx, content, present)
      .filter((r) => (r.applies ?? (() => true))(ctx) && !present(r))
      .map((r) => ({
        severity: r.severity,
        message: `缺少“${r.name}”部分`,
        evidence: placeOf(ctx, r.sections[0]),
        path: r.sections[0],
        suggestion: `补充${r.name}；没有相关事项的，写明“无”`,
      }));
    // the document says itself that a part was not published (“2015年度决算未公开“三公”经费”)
    const unpublished = scan(ctx.docs, /未(?:公开|披露)[“"]?([\u4e00-\u9fa5]{2,8})[”"]?(?:经费|情况|信息)?/).map((m) => ({
      message: `文中说明“${m.match[0]}”：公开内容不完整`,
      evidence: [m.evidence],
      suggestion: '补充公开相应部分',
    }));
    return [...notes, ...missing, ...unpublished];
  },
});
