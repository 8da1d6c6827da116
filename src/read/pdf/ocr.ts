/**
 * OCR of pages without a text layer: each page is rendered to a 300-dpi greyscale PNG by poppler's pdftoppm
 * (a subprocess; the reader may do I/O) and read by tesseract.js with the simplified-Chinese model shipped in
 * @tesseract.js-data/chi_sim — offline, nothing is downloaded, nothing is cached on disk. One worker serves
 * all pages of a document. The words are laid out into lines like a text layer (layout.ts), the spaces OCR
 * puts between Chinese characters are removed and punctuation next to Chinese text is made full-width.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import type { SourceLine } from '../document.ts';
import { joinCjkSpaces } from '../normalize.ts';
import { layoutPage, type Item } from './layout.ts';

/** Rendering resolution: 200 dpi read the corpus scans as well as 300 in about half the time. */
export const OCR_DPI = Number(process.env.YUSUAN_OCR_DPI) || 200;
/** The data folder of @tesseract.js-data/chi_sim: '4.0.0' (20 MB) read the scanned corpus tables more surely than '4.0.0_best_int'. */
const OCR_MODEL = process.env.YUSUAN_OCR_MODEL === 'best_int' ? '4.0.0_best_int' : '4.0.0';
/** Scanned pages beyond this many are not OCRed (they count as unreadable): minutes of work per hundred pages. */
export const MAX_OCR_PAGES = 200;

export interface OcrPage {
  page: number;
  lines: SourceLine[];
  /** why the page gave no text, when it gave none */
  problem?: string;
}

const require = createRequire(import.meta.url);

/** Render one page (1-based) of a PDF file to a greyscale PGM image. */
function renderPage(pdfPath: string, page: number, dpi = OCR_DPI): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    execFile(
      'pdftoppm',
      ['-gray', '-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', pdfPath],
      { encoding: 'buffer', maxBuffer: 256 * 1024 * 1024, timeout: 120_000 },
      (err, stdout) => (err ? reject(err as Error) : stdout.length ? resolve(stdout) : reject(new Error('pdftoppm gave no image'))),
    );
  });
}

interface Gray {
  width: number;
  height: number;
  /** offset of the first pixel in data */
  offset: number;
  data: Buffer;
}

/** Parse a binary PGM (P5, 8-bit) as pdftoppm writes it. */
export function parsePgm(b: Buffer): Gray {
  const head = b.subarray(0, 64).toString('latin1');
  const m = /^P5\s+(?:#[^\n]*\n\s*)*(\d+)\s+(\d+)\s+(\d+)\s/.exec(head);
  if (!m || m[3] !== '255') throw new Error('renderer gave no 8-bit greyscale image');
  return { width: +m[1], height: +m[2], offset: m[0].length, data: b };
}

/**
 * Whiten table rules: tesseract reads ruled tables badly (cells come out as noise), so dark horizontal and
 * vertical runs much longer than any glyph stroke are erased, with two pixels either side for anti-aliasing.
 */
export function removeRules(img: Gray, minRun: number, dark = 160): void {
  const { width: w, height: h, offset: o, data: d } = img;
  const erase = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) {
    const row = o + y * w;
    let start = -1;
    for (let x = 0; x <= w; x++) {
      const on = x < w && d[row + x] < dark;
      if (on && start < 0) start = x;
      else if (!on && start >= 0) {
        if (x - start >= minRun) for (let yy = Math.max(0, y - 2); yy <= Math.min(h - 1, y + 2); yy++) erase.fill(1, yy * w + start, yy * w + x);
        start = -1;
      }
    }
  }
  for (let x = 0; x < w; x++) {
    let start = -1;
    for (let y = 0; y <= h; y++) {
      const on = y < h && d[o + y * w + x] < dark;
      if (on && start < 0) start = y;
      else if (!on && start >= 0) {
        if (y - start >= minRun) for (let k = start; k < y; k++) erase.fill(1, k * w + Math.max(0, x - 2), k * w + Math.min(w, x + 3));
        start = -1;
      }
    }
  }
  for (let i = 0; i < erase.length; i++) if (erase[i]) d[o + i] = 255;
}

/** Misreadings of budget vocabulary that the Chinese model makes on typical scans (文 for 支 in 支出). */
const OCR_FIXES: [string, string][] = [
  ['文出', '支出'],
  ['支申', '支出'],
  ['文付', '支付'],
  ['收文', '收支'],
  ['合评', '合计'],
];

const CJK_CHAR = '[\\u3400-\\u9fff\\uf900-\\ufaff\\u3000-\\u303f\\uff00-\\uffef]';
const FULL: Record<string, string> = { ',': '，', ':': '：', ';': '；', '(': '（', ')': '）', '?': '？', '!': '！' };

/** OCR text clean-up: no spaces between Chinese characters; ASCII punctuation beside Chinese text made full-width. */
export function cleanOcrText(s: string): string {
  let t = joinCjkSpaces(s.normalize('NFC'));
  // a space between a Chinese character and a digit or Latin word is OCR spacing, not text
  t = t
    .replace(new RegExp(`(${CJK_CHAR}) +(?=[0-9A-Za-z%（(])`, 'g'), '$1')
    .replace(new RegExp(`([0-9A-Za-z%）)]) +(?![一二三四五六七八九十]+、)(?=${CJK_CHAR})`, 'g'), '$1');
  t = t.replace(new RegExp(`(${CJK_CHAR})\\s*([,:;?!()])|([,:;?!()])\\s*(?=${CJK_CHAR})`, 'g'), (_m, c1, p1, p2) => (c1 ? c1 + FULL[p1] : FULL[p2]));
  // after a percentage too (占55.94%; → 占55.94%；)
  t = t.replace(/%\s*([,;:])(?!\d)/g, (_m, p: string) => '%' + FULL[p]);
  // numbers: no spaces around their separators; a space inside a grouped amount is a lost comma
  t = t.replace(/(\d) ?([,.]) ?(?=\d)/g, '$1$2').replace(/\b(\d{1,3}) (?=\d{3}(?:,\d{3})*\.\d{2}\b)/g, '$1,');
  // 1 read as ] l | I inside a number
  t = t.replace(/(?<=\d)[\]lI|](?=[\d,.]|\s|$)/g, '1').replace(/(?<=^|\s)[\]lI|](?=\d)/g, '1');
  // stray quote marks and bars left by table rules at the start or end of a cell
  t = t.replace(/^[“”"'‘’|]+|[“”"'‘’|]+$/g, '');
  if (!/[“”"].*[“”"]/.test(t)) t = t.replace(new RegExp(`(^|\\s)[“”"|]+\\s*(?=${CJK_CHAR})`, 'g'), '$1');
  // a quote mark followed by a space is a speck, not an opening quote; list numbers lose trailing specks (“2.。”)
  t = t.replace(new RegExp(`[“”"]\\s+(?=${CJK_CHAR})`, 'g'), '').replace(/^(\s*\d{1,2}[.．、])[。、，.]+/, '$1');
  for (const [wrong, right] of OCR_FIXES) t = t.split(wrong).join(right);

  t = joinCjkSpaces(t.replace(/\s+/g, ' ').trim());
  // list numbers as the documents print them: （1） not ( 2 ), 1.财政 not 1. 财政; a full stop after Chinese or % is 。
  t = t.replace(/^[(（]\s*(\d{1,2})\s*[)）]\s*/, '（$1）').replace(new RegExp(`^(\\d{1,2}[.．、])\\s+(?=${CJK_CHAR})`), '$1');
  t = t.replace(new RegExp(`([%\\u4e00-\\u9fff])\\.\\s*(?=${CJK_CHAR}|$)`, 'g'), '$1。');
  // the colon of a table's heading fields read as a comma (编制部门，… 单位，元)
  t = t.replace(/(编制(?:部门|单位)|预算(?:主管)?(?:部门|单位))[，,](?=\S)/g, '$1：').replace(/单位[，,](?=(?:万|亿)?元)/g, '单位：');
  // a unit cell on its own whose first character or colon was misread (荣位 * 元): it can only be 单位：元
  return t.replace(/^[\u4e00-\u9fff]位\s*[:：*＊,，.·]?\s*((?:万|亿)?元)$/, '单位：$1');
}

interface TessWord {
  text: string;
  confidence: number;
  bbox: { x0: number; y0: number; x1: number; y1: number };
}
interface TessLine {
  words: TessWord[];
  bbox: { x0: number; y0: number; x1: number; y1: number };
  baseline: { x0: number; y0: number; x1: number; y1: number };
}

/** OCR the given pages of a PDF. Pages that cannot be rendered or read come back with no lines and a problem. */
export async function ocrPdfPages(_file: string, bytes: Uint8Array, pages: number[]): Promise<OcrPage[]> {
  const todo = pages.slice(0, MAX_OCR_PAGES);
  const out: OcrPage[] = pages.slice(MAX_OCR_PAGES).map((page) => ({ page, lines: [], problem: `more than ${MAX_OCR_PAGES} scanned pages` }));
  const dir = await mkdtemp(path.join(os.tmpdir(), 'yusuan-ocr-'));
  let worker: import('tesseract.js').Worker | undefined;
  try {
    const pdfPath = path.join(dir, 'in.pdf');
    await writeFile(pdfPath, bytes);
    try {
      worker = await createOcrWorker();
    } catch (e) {
      return [...todo.map((page) => ({ page, lines: [], problem: `OCR is not available (${(e as Error).message})` })), ...out];
    }
    for (const page of todo) {
      try {
        const pgm = await renderPage(pdfPath, page);
        removeRules(parsePgm(pgm), Math.round(OCR_DPI * 0.4));
        const { data } = await worker.recognize(pgm, {}, { blocks: true, text: false });
        out.push({ page, lines: linesOf(data.blocks ?? [], page) });
      } catch (e) {
        out.push({ page, lines: [], problem: (e as Error).message });
      }
    }
  } finally {
    await worker?.terminate().catch(() => {});
    await rm(dir, { recursive: true, force: true }).catch(() => {});
  }
  return out.sort((a, b) => a.page - b.page);
}

async function createOcrWorker() {
  const { createWorker, OEM } = await import('tesseract.js');
  const langPath = path.join(path.dirname(require.resolve('@tesseract.js-data/chi_sim/package.json')), OCR_MODEL);
  const corePath = path.dirname(require.resolve('tesseract.js-core/package.json'));
  const worker = await createWorker('chi_sim', OEM.LSTM_ONLY, {
    langPath,
    gzip: true,
    cacheMethod: 'none',
    corePath,
    logger: () => {},
    errorHandler: () => {},
  });
  await worker.setParameters({ preserve_interword_spaces: '1', user_defined_dpi: String(OCR_DPI) });
  return worker;
}

/** Tesseract's lines and words into SourceLines via the same layout as a text layer (pixels → points). */
function linesOf(blocks: { paragraphs: { lines: TessLine[] }[] }[], page: number): SourceLine[] {
  const k = 72 / OCR_DPI;
  const items: Item[] = [];
  for (const b of blocks)
    for (const p of b.paragraphs)
      for (const l of p.lines) {
        // the type size: the median height of the line's words (a line box may span a two-row cell)
        const heights = l.words
          .map((w) => w.bbox.y1 - w.bbox.y0)
          .filter((h) => h > 0)
          .sort((a, b) => a - b);
        const height = (heights[heights.length >> 1] ?? l.bbox.y1 - l.bbox.y0) * k;
        const baseline = ((l.baseline.y0 + l.baseline.y1) / 2) * k || l.bbox.y1 * k;
        // Words of one tesseract line closer than a character height are one phrase; larger gaps separate cells,
        // except inside a number (“1.” and “73万元” are 1.73万元).
        let run: Item | undefined;
        let weight = 0;
        for (const w of l.words) {
          if (!w.text.trim()) continue;
          const x = w.bbox.x0 * k;
          const right = w.bbox.x1 * k;
          const conf = Math.max(0, Math.min(1, w.confidence / 100));
          const splitNumber = run && /\d[.,]$/.test(run.text) && /^\d/.test(w.text) && x - (run.x + run.w) < 4 * height;
          if (run && (x - (run.x + run.w) < height || splitNumber)) {
            run.text += ' ' + w.text;
            run.conf = (run.conf! * weight + conf * w.text.length) / (weight + w.text.length);
            weight += w.text.length;
            run.w = right - run.x;
          } else {
            if (run) items.push(run);
            run = { text: w.text, x, y: baseline, w: right - x, size: Math.max(4, height), conf };
            weight = w.text.length;
          }
        }
        if (run) items.push(run);
      }
  return layoutPage(items, cleanOcrText)
    .filter((l) => l.text.trim())
    .map((l) => ({ no: 0, page, text: l.text, segments: l.segments, ocr: true, confidence: l.confidence ?? 0 }));
}
