/**
 * Who published what: the unit, region, year, kind (预算/决算), scope (部门/单位/本级·汇总) and what the document is
 * (full disclosure, “三公” notice, one section, tables only, an excerpt). Read from the title — however the page
 * wraps it (“天津市某区人民法院 / 2017年度一般公共预算财政拨款 / “三公”经费决算情况说明”) and wherever the page
 * chrome puts it —, from named fields (“预算主管部门：…”, “编制单位：…”) and from the sentences that say whose
 * money it is (“经某区财政局汇总，…”, “某区2016年一般公共预算安排…”); never from page furniture (breadcrumbs,
 * 索引号/发布机构 boxes, page numbers, “单位：万元”). A document that names no unit gets none (null), not a guess.
 */
import type { SourceDocument } from '../read/document.ts';
import { normalizeForMatch, stripMarkdown } from '../read/normalize.ts';
import { isPaged } from './flow.ts';
import type { Content, Disclosure, Evidence, Kind, Scope } from '../model/index.ts';

type Identity = Disclosure['identity'];
interface HeadLine {
  no: number;
  page?: number;
  text: string;
  file: string;
}

/** Lines of the page around the document, not of the document: breadcrumbs, metadata boxes, buttons. */
const FURNITURE_START =
  /^(当前位置|您的位置|今天是|首页|设为首页|加入收藏|登录|注册|简体|繁体|无障碍|长者|索\s*引\s*号|发布(机构|日期|时间)|信息来源|来\s*源|文\s*号|公开(日期|方式|范围|时限)|成文日期|责任部门|名\s*称[：:]|主题分类|浏览次数|点击|字体|字号|打印|分享|扫一扫|关闭|【|日期[：:]|\d{4}-\d{2}-\d{2}|单位[：:]\s*(万元|元|亿元))/;
const LIST_BULLETS = /^[\s•·●▪◦■□◆◇]+/;
const BOOK_TITLE = /《[^》\n]{0,80}》/g;
/** A breadcrumb: “首页 > 政务公开 > 财政预决算”. */
const BREADCRUMB = /[\u4e00-\u9fa5]\s*>{1,2}\s*[\u4e00-\u9fa5]/;
const DISCLOSURE_WORD = /预算|决算|三公|预决算/;
const TITLE_END = /(公开|说明|情况|报告|表|预算|决算|经费)[）)]?$/;
/** Words that end a unit's name in a title: what comes after is the document's kind, not the unit. */
const AFTER_UNIT = /(关于|(?<!本级)部门|单位|区级|市级|省级|县级|州级|镇级|乡级|一般公共|公共财政|财政拨款|[“"]?三公|预算|决算|预决算|年度)+$/;
/** A named field in the head: “预算主管部门：上海市普陀区商务委员会”. */
const NAMED_UNIT = /(预算主管部门|主管部门|预算单位|编制部门|编制单位|部门名称|单位名称)[：:]\s*([^\s，,。；:：]{2,40})/;
/** An aggregate of a government level: “区本级”, “迪庆州州本级”, “湖南省本级部门”. */
const OWN_LEVEL = /((?:[\u4e00-\u9fa5]{2,12}?(?:省|市|州|盟|区|县|旗))?(?:省|市|州|区|县|旗)?本级(?:部门)?)/;
/** “经长乐区财政局汇总，2017年区级…”, “经湖南省财政厅汇总，湖南省本级部门，…”. */
const SUMMED_BY = /经\s*([\u4e00-\u9fa5]{2,16}?)(?:财政局|财政厅|财政)?(?:统计)?汇总[，,]\s*([^\d，,。；]{2,24})?[，,]?/;
/** A sentence that opens with the unit and the year: “…工作安排，衢江区2016年一般公共预算安排…”. */
const BODY_UNIT_YEAR =
  /(?:^|[，,。；;\n])\s*([\u4e00-\u9fa5（）()]{2,30}?)\s*(20\d\d)\s*年度?(?:的)?\s*(?:[“"]?三公|一般公共|部门|单位|预算|决算|收入|支出|机关运行)/;
/** “…工作委员会共有车辆0辆”: a unit named as the holder of something. */
const BODY_UNIT_HOLDS = /[，,。\n]((?:中共)?[\u4e00-\u9fa5]{4,30}?(?:委员会|局|厅|院|馆|中心|学校|政府|办公室|办事处|站|所|队))(?:共有|现有|实有)/;
const REGION_PREFIX = /^(.{2,3}?省|.{2,5}?自治区|.{2,3}?市)(.{1,4}?[区县市旗])?/;

function headLines(doc: SourceDocument, limit: number): HeadLine[] {
  const out: HeadLine[] = [];
  for (const l of doc.lines.slice(0, limit)) {
    const t = normalizeForMatch(doc.format === 'markdown' ? stripMarkdown(l.text) : l.text).trim();
    if (t) out.push({ no: l.no, page: l.page, text: t, file: doc.file });
  }
  return out;
}

const compact = (s: string) => s.replace(/\s+/g, '');
/**
 * The body's first lines as printed (not normalised: the cues looked for need no more), without spaces or page
 * furniture. Most questions need only its start: the whole of it (400 lines) is built only when one asks more,
 * since building it cost more than all the rest of the identity.
 */
interface Body {
  start: string;
  all(): string;
}

const BODY_LINES = 400;
const BODY_START = 800;

function bodyOf(docs: SourceDocument[]): Body {
  const upTo = (chars: number) => {
    const out: string[] = [];
    let n = 0;
    for (const d of docs) {
      for (const l of d.lines.slice(0, BODY_LINES)) {
        const t = compact(l.text);
        if (!t || isFurniture(t)) continue;
        out.push(t);
        if ((n += t.length + 1) >= chars) return out.join('\n');
      }
    }
    return out.join('\n');
  };
  let all: string | undefined;
  return { start: upTo(BODY_START), all: () => (all ??= upTo(Infinity)) };
}

/** Every line of a document's head and body is asked this: the cheap tests first, the unanchored ones where they can match. */
function isFurniture(line: string): boolean {
  // a site's menu is often a list: “• 设为首页 • 加入收藏 • 无障碍阅读”
  const t = line.replace(LIST_BULLETS, '');
  if (FURNITURE_START.test(t) || /^[-—–－\d\s/|]+$/.test(t)) return true;
  if (t.includes('>') && BREADCRUMB.test(t)) return true;
  const end = t.trimEnd();
  return end.endsWith('打印') || end.endsWith('关闭');
}
const isTitleLike = (t: string) => compact(t).length <= 60 && !/[。；]$/.test(t) && !/^\d+(\.\d+)?$/.test(t);

/**
 * The title block: the first run of short heading-like lines (before the table of contents) that names a year
 * and a disclosure; a line above it without a year (the unit on a line of its own) belongs to it.
 */
/** A year in a title: 2017, not the 2080505 of a function code (a table of codes is no title). */
const A_YEAR = /(?<!\d)20\d\d(?!\d)/;

export function findTitle(lines: HeadLine[]): HeadLine[] {
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i].text;
    if (/^目\s*录$/.test(t)) break;
    if (isFurniture(t) || !isTitleLike(t) || !A_YEAR.test(t) || /^(附(件|表)|表\s*[：:\d])/.test(t)) continue;
    const block = [lines[i]];
    // the unit on a line of its own above the year (“天津市某区人民法院 / 2017年度…”, “中共上海市普陀区委 / 社会工作部 2024 年度”)
    for (let k = i - 1; k >= 0 && k >= i - 2; k--) {
      const above = lines[k];
      const joined = above.no === block[0].no - 1 && isTitleLike(above.text) && !isFurniture(above.text) && !/\d/.test(above.text);
      if (!joined || !(/^\s*20\d\d/.test(t) || /[省市区县委]$/.test(above.text))) break;
      block.unshift(above);
    }
    for (let j = i + 1; j < lines.length && block.length < 4; j++) {
      const n = lines[j].text;
      if (isFurniture(n) || !isTitleLike(n) || /^目\s*录$/.test(n) || /^(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、)/.test(n)) break;
      if (/^\d{4}\s*年\s*\d{1,2}\s*月/.test(n)) break;
      block.push(lines[j]);
    }
    const text = compact(block.map((l) => l.text).join(''));
    if (DISCLOSURE_WORD.test(text) && !/^[一二三四五六七八九十]+、/.test(text)) return trimBlock(block);
  }
  return [];
}

/** Every title-like line of the head that names a year and a disclosure (a page may print two titles). */
function titleLikeLines(lines: HeadLine[]): string {
  return lines
    .slice(0, 40)
    .filter(
      (l) => !isFurniture(l.text) && isTitleLike(l.text) && A_YEAR.test(l.text) && DISCLOSURE_WORD.test(l.text) && !/^(附(件|表)|表\s*[：:\d])/.test(l.text),
    )
    .map((l) => compact(l.text))
    .join('\n');
}

/** Keep the block up to the line that completes the title (“…情况说明”), so a date or a heading below stays out. */
function trimBlock(block: HeadLine[]): HeadLine[] {
  let acc = '';
  for (let k = 0; k < block.length; k++) {
    acc += compact(block[k].text);
    if (/20\d\d/.test(acc) && TITLE_END.test(acc)) return block.slice(0, k + 1);
  }
  return block;
}

/** The unit a title names before its year (“运城铁路中学2020年…”) or after it (“2018年度江苏省高级人民法院预算公开”). */
export function unitOfTitle(title: string): string | undefined {
  const m = /^(.*?)(20\d\d)\s*年度?(.*)$/.exec(title);
  if (!m) return undefined;
  const before = cleanUnit(m[1]);
  if (before) return /部门$/.test(compact(m[1])) ? `${before}部门` : before;
  const after = /^(?:区级|市级|省级|县级)?([^\d“"]{2,40}?)(?:区级|市级|省级|县级)?(?:部门|单位)?(?:预算|决算|一般公共|公共财政|财政拨款|[“"]?三公)/.exec(m[3]);
  return after ? cleanUnit(after[1]) : undefined;
}

function cleanUnit(s: string): string | undefined {
  // a part's or section's number before a heading (“第二部分 2022年度单位决算情况说明”) is no unit
  let u = compact(s)
    .replace(/^(第[一二三四五六七八九十\d]+(部分|章|节)|[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)])/, '')
    .replace(/^[（(【[]|[：:，,]$/g, '');
  for (let prev = ''; prev !== u;) {
    prev = u;
    u = u.replace(AFTER_UNIT, '');
  }
  if (u.length < 2 || /^(本|我|该|各)|^(部门|单位|局|委|办)$|^(区|市|省|县)?(级|本级)$|^[“"]/.test(u)) return undefined;
  return u;
}

/**
 * Titles that name a sector (“海南省交通运输部门”) where the body names the office (“交通运输厅2022年…”): a unit
 * name ends with what it is (厅, 局, 委员会, 人民法院…), a sector with 部门.
 */
function preferOffice(unit: string, body: Body): string {
  if (!/部门$/.test(unit)) return unit;
  const name = unit.replace(/部门$/, '');
  const stem = name.replace(/^(.{1,4}?(省|市|自治区|区|县))/, '');
  if (stem.length < 2) return name;
  const office = new RegExp(`(?:^|[，,。\\n])([\\u4e00-\\u9fa5]{0,8}${stem}[\\u4e00-\\u9fa5]{0,3}(?:厅|局|委员会|委|办公室|院))\\s*20\\d\\d`).exec(body.all());
  return office?.[1] ?? name;
}

function unitOf(head: string, titleText: string, titles: string, body: Body): string | undefined {
  const named = NAMED_UNIT.exec(head)?.[2];
  if (named) return named;
  const own = OWN_LEVEL.exec(titles.replace(/20\d\d\s*年度?/g, '\n'));
  // a bare “县本级” in a report's heading gives way to the place the title names (“阳城县2023年政府决算”)
  if (own && !(/^(省|市|州|区|县|旗)?本级(部门)?$/.test(own[1]) && unitOfTitle(titleText))) return own[1];
  const summed = SUMMED_BY.exec(body.start.slice(0, 400));
  const summedName = summed?.[2] ? cleanUnit(summed[2]) : undefined;
  if (summedName) return summedName;
  const titled = unitOfTitle(titleText);
  if (titled) return preferOffice(titled, body);
  if (summed) return summed[1];
  const opening = BODY_UNIT_YEAR.exec(body.start.slice(0, 600));
  const holder = () => BODY_UNIT_HOLDS.exec(body.all())?.[1];
  if (opening) {
    const u = cleanUnit(opening[1].replace(/^.*(工作安排|部署|要求|规定)/, ''));
    // a short form (“区直工委”) gives way to the full name the text gives elsewhere
    if (u && !/^(按照|根据|为|现将|经)/.test(u)) return (u.length <= 4 && holder()) || u;
  }
  return holder();
}

const FINAL_CUES = /决算|年初预算(数)?为|完成(年初)?预算的|本年支出|实际支出|执行情况|支出情况(说明|表)/g;
const BUDGET_CUES = /预算安排|预算数?为|拟(安排|购置)|预算公开|预算情况/g;

/** Text without what names neither kind: a cited law or notice (in 《》), and 预决算 (both). */
const neither = (t: string) => t.replace(BOOK_TITLE, '').replace(/预决算/g, '');

/** The funds' names (一般公共预算, 政府性基金预算, 国有资本经营预算) say nothing of the document's kind. */
const FUNDS = /一般公共预算|政府性基金预算|国有资本经营预算/g;

/** 决算 by its title, else by its wording: 决算数, 年初预算为 … 决算为, 完成年初预算的, 本年支出. */

function kindOf(titleText: string, headText: string, bodyText: Body, year: number, published: number | undefined): Kind {
  if (/决算/.test(titleText)) return 'final';
  if (/预算/.test(titleText.replace(FUNDS, ''))) return 'budget';
  if (!titleText) {
    // laws and notices cited by name (《…预决算公开操作规程》) and 预决算 (both kinds) say nothing of this one
    const head = neither(headText);
    const first = headKind(head, year);
    if (first) return first;
    if (/决算/.test(head)) return 'final';
    if (/预算/.test(head.replace(FUNDS, ''))) return 'budget';
  }
  const body = neither(bodyText.all());
  const count = (re: RegExp) => body.match(re)?.length ?? 0;
  // a year's budget is published in that year, its final accounts the year after
  const finals = count(FINAL_CUES) + (published && year && published > year ? 1 : 0);
  const budgets = count(BUDGET_CUES);
  if (finals > budgets) return 'final';
  if (budgets > 0) return 'budget';
  // no 预算/决算 word at all (but in the funds' names): spending of a year reported against the year before
  return /支出[^。]{0,20}比上年|比上年[^。]{0,6}支出/.test(body) && !/预算/.test(body.replace(FUNDS, '')) ? 'final' : 'budget';
}

/**
 * Without a title, the first 预算 or 决算 the head's headings name, but not a 决算 of a year before the
 * document's: a budget is compared with the year before's final accounts (“一、2022年“三公”经费预算安排情况 /
 * 二、2021年…决算情况”). A sentence is no heading: “…支出预算为44.52万元，…决算为22.62万元” is a 决算.
 */
function headKind(head: string, year: number): Kind | undefined {
  const headings = head
    .split('\n')
    .filter((l) => l.length <= 40 && !/[，。；,;]/.test(l))
    .join('\n');
  for (const m of headings.replace(FUNDS, '').matchAll(/(?:(20\d\d)\s*年[^，。；\n]{0,16}?)?(预算|决算)/g)) {
    if (m[2] === '预算') return 'budget';
    if (!(m[1] && year && Number(m[1]) < year)) return 'final';
  }
  return undefined;
}

/** The page's publication date (发布日期：2020-09-27, or a bare date line under the title). */
function publishedYear(lines: HeadLine[]): number | undefined {
  const m = lines
    .slice(0, 40)
    .map((l) => /(?:^|发布|公开|日期)[^\d]{0,8}(20\d\d)-\d{1,2}-\d{1,2}/.exec(l.text))
    .find(Boolean);
  return m ? Number(m[1]) : undefined;
}

function scopeOf(titleText: string, head: string, body: Body, unit: string | undefined): Scope | undefined {
  if (/本级|汇总/.test(unit ?? '') || /本级|汇总|区级各单位|区级部门汇总/.test(titleText) || /^.{0,300}经[^，。]{0,16}汇总/.test(body.start))
    return 'aggregate';
  if (/(单位预算|单位决算|预算单位[：:])/.test(head)) return 'unit';
  if (/(部门预算|部门决算|主管部门)/.test(head)) return 'department';
  return undefined;
}

/** A full disclosure's words, never split by a layout break in these texts' headings (so tested line by line). */
const FULL_WORDS = /收入(预算|决算)?总计|收支总|基本支出|项目支出|主要职[能责]|机构设置|收入支出决算总表|部门(预算|决算)表/;
const FIRST_HEADING = /^(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、)/;

/**
 * What the document is: a “三公” notice, the tables only, one section, or a full disclosure (or its excerpt).
 * `texts` are the lines as printed; `nonEmpty` the same trimmed, without the empty ones (built only if needed:
 * this is asked of every line of every document, and a full disclosure answers at its first matching line).
 */
function contentOf(titleText: string, texts: string[], nonEmpty: () => string[], titleFound: boolean): Content {
  if (/三公/.test(titleText) && !/部门(预算|决算)(公开|情况说明)?$|部门(预算|决算)公开报告/.test(titleText)) return 'threePublic';
  const full = texts.some((t) => FULL_WORDS.test(t));
  if (!full && texts.some((t) => t.includes('三公'))) return 'threePublic';
  if (/其他重要事项|补充说明/.test(titleText)) return 'section';
  // a text that opens on a later part (“第二部分 2022年度单位决算情况说明”) is cut from a whole
  if (/^第[二三四五六七八九十]+部分/.test(titleText)) return 'excerpt';
  if (!texts.some((t) => /[。；]/.test(t)) && nonEmpty().length > 10) return 'tables';
  if (!titleFound) {
    const firstHeading = nonEmpty().find((t) => FIRST_HEADING.test(t));
    if (firstHeading && !/^(第一部分|一、)/.test(firstHeading)) return 'excerpt';
    if (firstHeading && /^一、/.test(firstHeading) && /机关运行|政府采购|国有资产|绩效/.test(firstHeading)) return 'excerpt';
    if (/三公/.test(nonEmpty().slice(0, 20).join(''))) return 'threePublic';
  }
  return 'full';
}

/** The text stops mid-sentence: its last line of prose does not end a sentence. */
function truncatedOf(docs: SourceDocument[]): boolean {
  const lines = docs.at(-1)!.lines;
  let last: string | undefined;
  for (let i = lines.length - 1; i >= 0 && last === undefined; i--) {
    const t = lines[i].text.trim();
    if (t && !isFurniture(t) && !/^[-—]?\s*(扫一扫|分享|相关|附件)/.test(t)) last = t;
  }
  return last !== undefined && /[\u4e00-\u9fa5，,、]$/.test(last) && !TITLE_END.test(last) && last.length > 1;
}

export function extractIdentity(docs: SourceDocument[]): Identity {
  const lines = headLines(docs[0], 120);
  const titleBlock = findTitle(lines);
  const titleText = compact(titleBlock.map((l) => l.text).join(''));
  const headEnd = lines.findIndex((l) => /^目\s*录$/.test(l.text));
  const head = lines
    .slice(0, headEnd >= 0 ? headEnd : 12)
    .map((l) => compact(l.text))
    .join('\n');
  const body = bodyOf(docs);
  const unit = unitOf(head, titleText, titleLikeLines(lines), body);
  // a year inside 《…》 names a law or a notice (“《…操作规程（2022年修订）的通知》”), not the disclosure
  const yearIn = (t: string) => /(20\d\d)\s*年/.exec(t.replace(BOOK_TITLE, ''))?.[1];
  const year = Number(yearIn(titleText) ?? yearIn(head) ?? yearIn(body.start) ?? yearIn(body.all()) ?? 0);
  const kind = kindOf(titleText, head.slice(0, 120), body, year, publishedYear(lines));
  const scope = scopeOf(titleText, head, body, unit);
  // a party committee (中共上海市普陀区委…) is not a region: its region is the place it names
  const region = unit ? REGION_PREFIX.exec(unit.replace(/^中共/, ''))?.[0] : undefined;
  const level = levelOf(titleText || head, (unit ?? '').replace(/^中共/, ''));
  const paged = isPaged(docs[0]);
  const cited = titleBlock.length ? titleBlock : lines.filter((l) => !isFurniture(l.text)).slice(0, 1);
  const evidence: Evidence[] = cited.map((l) => (paged ? { file: l.file, page: l.page ?? 1, text: l.text } : { file: l.file, line: l.no, text: l.text }));
  // the whole text as printed (not normalised: these tests need no more, and a long document has many lines)
  const texts = docs.flatMap((d) => d.lines.map((l) => l.text));
  let trimmed: string[] | undefined;
  const nonEmpty = () => (trimmed ??= texts.map((t) => t.trim()).filter(Boolean));
  return {
    kind,
    year,
    unit: unit ?? null,
    ...(scope ? { scope } : {}),
    content: contentOf(titleText, texts, nonEmpty, titleBlock.length > 0),
    ...(truncatedOf(docs) ? { truncated: true } : {}),
    ...(region ? { region } : {}),
    ...(level ? { level } : {}),
    ...(titleText ? { title: titleText } : {}),
    evidence,
  };
}

/** The government level, from the title (区级, 省级…) or the unit's own name (上海市普陀区…, 江苏省…). */
function levelOf(title: string, unit: string): Identity['level'] {
  if (/区级|县级|区本级|县本级/.test(title)) return 'district';
  if (/市级|市本级/.test(title)) return 'municipal';
  if (/省级|省本级|自治区级/.test(title)) return 'provincial';
  if (/中央|国务院/.test(title) && !/省|市|区|县/.test(unit)) return 'national';
  if (/(街道|乡|镇)(办事处|人民政府)?$/.test(unit)) return 'township';
  if (/^.{2,5}?自治区(?!.{0,6}[市州县盟])/.test(unit)) return 'provincial';
  if (/^(.{2,4}?(省|自治区)|.{2,3}市)?.{1,6}?[区县旗]/.test(unit) && !/^.{2,3}(省|自治区)[^市]*$/.test(unit)) return 'district';
  if (/^.{2,4}?(省|自治区)/.test(unit)) return 'provincial';
  return undefined;
}
