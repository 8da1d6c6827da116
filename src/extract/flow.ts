/**
 * The narrative as flowing text. Published layouts break sentences across lines and pages (pdftotext keeps the
 * line breaks, page footers such as “— 5 —” interrupt sentences); tables sit between paragraphs. Here the
 * narrative lines are joined into paragraphs, table lines and page furniture left out, and every character of a
 * paragraph keeps a link to the line it came from, for evidence.
 */
import type { SourceDocument, SourceLine } from '../read/document.ts';
import type { Evidence } from '../model/index.ts';
import { normalizeForMatch, stripMarkdown } from '../read/normalize.ts';

export interface Paragraph {
  /** normalised text for matching */
  text: string;
  /** start offset in `text` of each contributing line, with the line */
  parts: { offset: number; line: SourceLine; file: string; paged: boolean }[];
  /** true when the paragraph opens with a heading number (一、（一）第一部分…) */
  heading: boolean;
}

const PAGE_FURNITURE = /^\s*([-—–－]\s*\d+\s*[-—–－]|第\s*\d+\s*页(\s*共\s*\d+\s*页)?|\d{1,3}|[-—–－]?\s*\d+\s*\/\s*\d+\s*[-—–－]?)\s*$/;
const TOC_LINE = /(\.{4,}|…{2,}|·{4,}|-{6,})\s*\d*\s*$/;
export const HEADING_START =
  /^\s*(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]{1,3}\s*[、.．]|[（(]\s*[一二三四五六七八九十]{1,3}\s*[）)]|\d{1,2}\s*[、.．](?!\d)|[（(]\d{1,2}[）)]|[①-⑳])/;
/** A title: a year and a disclosure, ending on what the document is, with no sentence punctuation. */
const TITLE_LINE = /^[^，。；,;]*20\d\d\s*年[^，。；,;]*(预算|决算|三公|预决算)[^，。；,;]*(情况说明|公开说明|说明|公开|报告|情况)$/;
const END_OF_SENTENCE = /[。；！？!?：:]\s*$/;
/** A colon inside a sentence (“主要用于：” goes on with what the money is for), not one that opens a list. */
const OPEN_COLON = /用于[：:]\s*$/;
/** Enough of a paragraph's end for END_OF_SENTENCE and OPEN_COLON (norm is trimmed: no trailing spaces). */
const TAIL = 8;

/** A layout line that is part of a table: cells separated by wide gaps, or a lone number column. */
function isTableLine(text: string): boolean {
  const t = text.trim();
  if (!t) return false;
  if (/^[\d,.\s%-]+$/.test(t) && /\d/.test(t)) return true;
  // Narrative lines carry sentence punctuation or 万元 even when justified with wide gaps; table rows do not.
  if (/[，。；：、]|万元/.test(t)) return false;
  return /\S\s{3,}\S/.test(t);
}

/** A line that opens with an amount (“161.62万元，支出决算为…”). */
const OPENS_WITH_AMOUNT = /^\s*\d[\d,]*(\.\d+)?\s*(万元|亿元|元)/;
/** A line that ends on a label always followed by an amount (“年初预算为”, “决算数为”). */
const ENDS_ON_AMOUNT_LABEL = /(预算|决算|执行|安排|支出|收入)数?(为|是|：|:)\s*$/;

/**
 * pdftotext sometimes prints two lines of a paragraph in the wrong order: “…基本养老 / 161.62万元，支出决算为… /
 * 保险缴费支出（项）…年初预算为 / 障预估…”. When a line opening with an amount follows a line that does not
 * lead into an amount, and the next line ends on a label that does and is not itself followed by one, the two
 * lines are read the other way round.
 */
export function restoreSwappedLines(lines: readonly SourceLine[]): SourceLine[] {
  const out = [...lines];
  const text = out.map((l) => l.text.trim());
  const nonBlank = out.map((_, i) => i).filter((i) => text[i]);
  for (let k = 1; k + 1 < nonBlank.length; k++) {
    const [p, a, b] = [nonBlank[k - 1], nonBlank[k], nonBlank[k + 1]];
    const next = nonBlank[k + 2];
    if (!OPENS_WITH_AMOUNT.test(text[a]) || ENDS_ON_AMOUNT_LABEL.test(text[p]) || !ENDS_ON_AMOUNT_LABEL.test(text[b])) continue;
    if (next !== undefined && OPENS_WITH_AMOUNT.test(text[next])) continue;
    if (isTableLine(text[a]) || isTableLine(text[b])) continue;
    [out[a], out[b]] = [out[b], out[a]];
    [text[a], text[b]] = [text[b], text[a]];
    k++;
  }
  return out;
}

export function paragraphsOf(doc: SourceDocument): Paragraph[] {
  const out: Paragraph[] = [];
  const paged = isPaged(doc);
  let cur: Paragraph | undefined;
  // The last characters of cur.text: the end-anchored tests look only at these, so that joining a paragraph of n
  // lines stays linear (a regex ending in $ scans the whole string, and reading cur.text flattens it each time).
  let tail = '';
  let gap = false;
  const close = () => {
    if (cur?.text.trim()) out.push(cur);
    cur = undefined;
    tail = '';
  };
  for (const line of restoreSwappedLines(doc.lines)) {
    const raw = line.text;
    if (!raw.trim()) {
      gap = true;
      continue;
    }
    if (PAGE_FURNITURE.test(raw) || TOC_LINE.test(raw)) continue;
    if (isTableLine(raw) || (doc.format === 'markdown' && /^\s*\|/.test(raw))) {
      close();
      continue;
    }
    // Spaces inside narrative lines are layout (justified or spaced-out text), except between Latin words.
    const plain = doc.format === 'markdown' ? stripMarkdown(raw) : raw;
    const norm = normalizeForMatch(plain)
      .trim()
      .replace(/\s+/g, (sp, at: number, str: string) => (/[A-Za-z]/.test(str[at - 1] ?? '') && /[A-Za-z]/.test(str[at + sp.length] ?? '') ? ' ' : ''));
    const heading = HEADING_START.test(norm);
    const indented = /^\s{2,}/.test(raw);
    const ended = cur !== undefined && END_OF_SENTENCE.test(tail) && !OPEN_COLON.test(tail);
    // “8、…住房公积金（项）。” then “主要用于：…” after a blank line: the item goes on
    const itemGoesOn = cur?.heading === true && /^主要用(于|途)/.test(norm);
    const startsNew = !cur || heading || (ended && (indented || gap) && !itemGoesOn);
    if (startsNew) {
      close();
      cur = { text: '', parts: [], heading };
      tail = '';
    }
    const p = cur!;
    // Join without a space between CJK characters; keep one between Latin words and numbers.
    const sep = p.text && /[A-Za-z]$/.test(tail) && /^[A-Za-z]/.test(norm) ? ' ' : '';
    p.parts.push({ offset: p.text.length + sep.length, line, file: doc.file, paged });
    p.text += sep + norm;
    tail = (tail + sep + norm).slice(-TAIL);
    gap = false;
    // A heading that is only a title (no sentence after it) stands alone.
    // (A “1．…（项）” item line may wrap into its amount on the next line: only 一、（一）第一部分 titles close.)
    if (heading && !/[，。；]/.test(norm) && norm.length <= 40 && !/^\s*(\d{1,2}\s*[、.．]|[（(]\d{1,2}[）)])/.test(norm)) close();
    // So does a document's title (“…2022年度“三公”经费决算情况说明”): the sentence under it is not its continuation.
    else if (TITLE_LINE.test(norm) && norm.length <= 60) close();
  }
  close();
  if (out.length) out[0] = withoutLostSubject(out[0]);
  return out;
}

/**
 * A document that begins mid-sentence has lost that sentence's subject: whose 项目支出 is the 0元 after
 * “19816.81元，”? The sentence is left out; the paragraph goes on from the next one.
 */
function withoutLostSubject(p: Paragraph): Paragraph {
  if (!OPENS_WITH_AMOUNT.test(p.text)) return p;
  const end = p.text.search(/[。；]/);
  if (end < 0) return { ...p, text: '', parts: [] };
  const cut = end + 1;
  // the lines that end before the cut go; the one it falls in starts the paragraph
  const parts = p.parts.filter((_, i) => (p.parts[i + 1]?.offset ?? p.text.length) > cut).map((part) => ({ ...part, offset: Math.max(0, part.offset - cut) }));
  return { ...p, text: p.text.slice(cut), parts };
}

/** The line (and file) that holds character `offset` of a paragraph. */
export function lineAt(p: Paragraph, offset: number): Paragraph['parts'][number] {
  let found = p.parts[0];
  for (const part of p.parts) {
    if (part.offset <= offset) found = part;
    else break;
  }
  return found;
}

/** PDF, DOCX and XLSX evidence names the page (sheet), not the reader's line numbers; text inputs name the line. */
export const isPaged = (doc: SourceDocument) => doc.format === 'pdf' || doc.format === 'docx' || doc.format === 'xlsx';

export function lineEvidence(part: { line: SourceLine; file: string; paged: boolean }): Evidence {
  const { line, file, paged } = part;
  const text = line.text.trim();
  if (paged && line.page) return { file, page: line.page, text, ...(line.ocr ? { ocr: true, confidence: line.confidence } : {}) };
  return { file, line: line.no, ...(line.page ? { page: line.page } : {}), text };
}

/** Evidence for character `offset` of a paragraph. */
export const evidenceAt = (p: Paragraph, offset: number): Evidence => lineEvidence(lineAt(p, offset));
