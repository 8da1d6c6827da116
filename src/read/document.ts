/**
 * What a reader makes of a file: the text as lines (with page numbers where the format has pages), each line
 * optionally split into positioned segments (PDF text items, table cells), plus the tables the format carries
 * natively (HTML, DOCX, XLSX). The extractor works on this, whatever the input format was.
 */
export type SourceFormat = 'text' | 'markdown' | 'html' | 'pdf' | 'docx' | 'xlsx';

/** A run of text on a line at a horizontal position (character column for text, points for PDF). */
export interface Segment {
  x: number;
  /** right edge (x + width); numbers in tables are right-aligned, so columns are matched by it */
  right: number;
  text: string;
}

export interface SourceLine {
  /** 1-based line number in the reader's output (for text inputs: the line of the file) */
  no: number;
  /** 1-based page, where the format has pages (PDF; form feeds in pdftotext output) */
  page?: number;
  /** the line as published (original characters, for evidence) */
  text: string;
  /** positioned runs, when the reader knows them (PDF); otherwise derived from runs of spaces */
  segments?: Segment[];
  /** true when the line came from OCR */
  ocr?: boolean;
  confidence?: number;
}

/** A table as the input format itself marks it (HTML <table>, DOCX table, XLSX sheet). */
export interface SourceTable {
  /** cells by row; merged cells are repeated into each grid position they cover */
  rows: string[][];
  /** index into lines of the first line after which the table stands (its caption/title precedes it) */
  afterLine: number;
  page?: number;
  /** sheet name or caption */
  caption?: string;
  /** how many of the rows are header rows, where the reader knows (a table rebuilt from a cell stream) */
  headerRows?: number;
}

export interface SourceDocument {
  file: string;
  format: SourceFormat;
  encoding?: string;
  sha256?: string;
  lines: SourceLine[];
  tables: SourceTable[];
  pages?: number;
  ocrPages?: number[];
  unreadablePages?: number[];
}

/** A file that cannot be read; the message names the problem in plain words. */
export class ReadError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    // one line whatever a library put in it (xmldom's messages run over several)
    super(message.replace(/\s*[\r\n]+\s*/g, ' ').trim());
    this.name = 'ReadError';
  }
}

/**
 * Characters of text (spaces aside) in one document: 15 times the largest disclosure of the corpus. Extraction
 * time grows faster than linearly with dense amount statements; this keeps it under 30 s (BENCHMARKS.md).
 */
export const MAX_TEXT_CHARS = 500_000;

/** The code units /\s/ matches. */
const isSpace = (c: number) =>
  (c >= 9 && c <= 13) ||
  c === 32 ||
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000 ||
  c === 0xfeff;

/** Characters of the lines, spaces aside. */
export function textChars(lines: readonly SourceLine[]): number {
  // counted in place: laid-out PDF lines are mostly spaces, and an array of every space cost 50 ms a document
  let n = 0;
  for (const l of lines) {
    const t = l.text;
    for (let i = 0; i < t.length; i++) if (!isSpace(t.charCodeAt(i))) n++;
  }
  return n;
}

/** A ReadError when the lines hold more than MAX_TEXT_CHARS characters, spaces aside. */
export function checkLinesSize(file: string, lines: readonly SourceLine[]): void {
  let all = 0;
  for (const l of lines) all += l.text.length;
  // nearly every document is within the limit with its spaces counted: then there is nothing to count out
  if (all > MAX_TEXT_CHARS) checkTextSize(file, textChars(lines));
}

/** A ReadError when `chars` is over MAX_TEXT_CHARS. */
export function checkTextSize(file: string, chars: number): void {
  if (chars > MAX_TEXT_CHARS) throw new ReadError(file, `more than ${MAX_TEXT_CHARS} characters of text: more than yusuan reads in one document (split it)`);
}

/** Split text into SourceLines; a form feed starts a new page (pdftotext output). */
export function linesOf(text: string, opts: { pages?: boolean } = {}): SourceLine[] {
  const lines: SourceLine[] = [];
  let page = 1;
  const raw = text.replace(/\r\n?/g, '\n').split('\n');
  raw.forEach((line, i) => {
    let t = line;
    if (opts.pages) {
      const ff = t.split('\f');
      page += ff.length - 1;
      t = ff.join('');
    }
    lines.push(opts.pages ? { no: i + 1, page, text: t } : { no: i + 1, text: t });
  });
  return lines;
}
