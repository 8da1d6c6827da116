/**
 * PDF reader: the text layer through pdf.js (legacy build, offline cmaps and standard fonts), laid out into
 * lines and segments (layout.ts); pages without any text are rendered and read by OCR (ocr.ts). Broken,
 * encrypted and absurd files give a ReadError with a plain message.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { checkTextSize, ReadError, textChars, type SourceDocument, type SourceLine } from '../document.ts';
import { layoutPage, type Item } from './layout.ts';
import { popplerPageHasImages, popplerPages, type PopplerPage } from './poppler.ts';
import { guardPdfStreams } from './streams.ts';

/** More pages than any disclosure has; a file over this is refused rather than read for minutes. */
export const MAX_PDF_PAGES = 1000;

export interface PdfOptions {
  /** OCR pages without a text layer (default true) */
  ocr?: boolean;
  /** refuse files with more pages than this */
  maxPages?: number;
}

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfJs> | undefined;

/**
 * pdf.js's legacy build carries core-js polyfills, and on Node 20 one of them replaces Array.prototype.push
 * process-wide with a slow generic version (a V8 length quirk triggers it): a third of the reading time went
 * into it. The native push is put back after both bundles (the API and the worker, which runs in this thread)
 * have loaded; the worker is loaded here so that pdf.js finds it and does not import it later.
 */
async function importPdfJs(): Promise<PdfJs> {
  const push = Object.getOwnPropertyDescriptor(Array.prototype, 'push')!;
  try {
    const workerModule: string = 'pdfjs-dist/legacy/build/pdf.worker.mjs'; // (no type declarations)
    const worker: unknown = await import(workerModule);
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker ??= worker;
    return await import('pdfjs-dist/legacy/build/pdf.mjs');
  } finally {
    Object.defineProperty(Array.prototype, 'push', push);
  }
}
const loadPdfJs = () => (pdfjs ??= importPdfJs());
const pdfjsDir = () => path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

interface RawItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
}

/** The items of one page in viewport space (rotation applied; y down), horizontal text only, plus vertical runs. */
function pageItems(lib: PdfJs, items: RawItem[], viewport: number[]): { flat: Item[]; vertical: Item[] } {
  const flat: Item[] = [];
  const vertical: Item[] = [];
  for (const it of items) {
    if (!it.str || !it.str.trim()) continue;
    const m = lib.Util.transform(viewport, it.transform) as number[];
    const [a, b, c, d, e, f] = m;
    const size = Math.hypot(c, d) || Math.hypot(a, b);
    if (Math.abs(b) < 1e-3 * Math.abs(a) && a > 0) {
      flat.push({ text: it.str, x: e, y: f, w: it.width, size });
    } else {
      // Rotated text (a vertical caption, a stamp, a watermark): kept, as a line of its own, ordered by position.
      vertical.push({ text: it.str, x: e, y: f, w: 0, size });
    }
  }
  return { flat, vertical };
}

/** Whether a page paints any image (a page with neither text nor images is blank, not scanned). */
async function hasImages(lib: PdfJs, page: { getOperatorList(): Promise<{ fnArray: number[] }> }): Promise<boolean> {
  const ops = await page.getOperatorList();
  const image = new Set(
    [
      lib.OPS.paintImageXObject,
      lib.OPS.paintInlineImageXObject,
      lib.OPS.paintImageMaskXObject,
      lib.OPS.paintImageXObjectRepeat,
      lib.OPS.paintInlineImageXObjectGroup,
    ].filter((x) => x !== undefined),
  );
  return ops.fnArray.some((f) => image.has(f));
}

const textLength = (lines: SourceLine[]) => lines.reduce((a, l) => a + l.text.replace(/\s+/g, '').replace(GARBAGE, '').length, 0);
// private-use code points, replacement characters and controls: what a font without a usable ToUnicode gives
const GARBAGE = /[\ue000-\uf8ff\ufffd\u0000-\u001f]/g;

/**
 * Whether a page's text layer is too thin to be the page (nothing, or under 8 characters — a scanned page with
 * a typed page number) or mostly garbage (unmapped glyphs); such a page is OCRed when it has an image.
 */
function needsOcr(lines: SourceLine[]): boolean {
  const all = lines.map((l) => l.text.replace(/\s+/g, '')).join('');
  if (all.length < 8) return true;
  return (all.match(GARBAGE)?.length ?? 0) > all.length * 0.3;
}

function describe(e: unknown): string {
  const err = e as { name?: string; message?: string };
  if (err?.name === 'PasswordException') return 'the PDF is encrypted with a password (open it, print to PDF without protection, and try again)';
  if (err?.name === 'InvalidPDFException') return `not a valid PDF (${err.message ?? 'broken file'})`;
  if (err?.name === 'MissingPDFException') return 'the PDF is missing or empty';
  return `the PDF cannot be read (${err?.message ?? String(e)})`;
}

/** A page's items into numbered-later lines: the horizontal text laid out, then each vertical run as a line of its own. */
function linesOf(page: number, flat: Item[], vertical: Item[]): SourceLine[] {
  const out: SourceLine[] = layoutPage(flat).map((l) => ({ no: 0, page, text: l.text, segments: l.segments }));
  for (const v of vertical.sort((a, b) => a.x - b.x || a.y - b.y)) {
    const text = v.text.trim();
    if (text) out.push({ no: 0, page, text, segments: [{ x: Math.round(v.x), right: Math.round(v.x + v.size), text }] });
  }
  return out;
}

function documentOf(file: string, pageLines: SourceLine[][], ocrPages: number[] = [], unreadable: number[] = []): SourceDocument {
  const lines: SourceLine[] = [];
  for (const pl of pageLines) for (const l of pl) lines.push({ ...l, no: lines.length + 1 });
  const doc: SourceDocument = { file, format: 'pdf', lines, tables: [], pages: pageLines.length };
  if (ocrPages.length) doc.ocrPages = ocrPages.sort((a, b) => a - b);
  if (unreadable.length) doc.unreadablePages = [...new Set(unreadable)].sort((a, b) => a - b);
  return doc;
}

/** Which text engine reads PDFs: YUSUAN_PDF_ENGINE=pdfjs forces pdf.js; by default poppler first, pdf.js as the fallback. */
const usePoppler = () => process.env.YUSUAN_PDF_ENGINE !== 'pdfjs';

/**
 * The document from poppler's pages, or null when pdf.js must read it: poppler failed, the file has more pages
 * than allowed (pdf.js says how many), or a page too thin to be the page paints an image (pdf.js decides whether
 * it is a scan to OCR).
 */
async function fromPoppler(file: string, bytes: Uint8Array, pages: PopplerPage[] | null, maxPages: number): Promise<SourceDocument | null> {
  if (!pages?.length || pages.length > maxPages) return null;
  const pageLines: SourceLine[][] = [];
  let chars = 0;
  for (const [i, p] of pages.entries()) {
    const out = linesOf(i + 1, p.flat, p.vertical);
    // a blank page is kept as it is; a thin page with an image may be a scan: pdf.js reads the file and OCRs it
    if (needsOcr(out) && (await popplerPageHasImages(bytes, i + 1)) !== false) return null;
    pageLines.push(out);
    chars += textChars(out);
    checkTextSize(file, chars);
  }
  return documentOf(file, pageLines);
}

export async function readPdf(file: string, bytes: Uint8Array, opts: PdfOptions = {}): Promise<SourceDocument> {
  const maxPages = opts.maxPages ?? MAX_PDF_PAGES;
  if (usePoppler()) {
    const doc = await fromPoppler(file, bytes, await popplerPages(bytes, maxPages), maxPages);
    if (doc) return doc;
  }
  // pdf.js decodes a stream whole, in this process: a decompression bomb is refused first. pdftotext needs no such
  // check: it decodes as it reads, in its own process (10 MB for a 1 GB bomb), under a time limit (poppler.ts)
  guardPdfStreams(file, bytes);
  const lib = await loadPdfJs();
  const dir = pdfjsDir();
  const task = lib.getDocument({
    // pdf.js transfers (detaches) the buffer it is given: hand it a copy so the caller's bytes stay usable
    data: new Uint8Array(bytes),
    cMapUrl: dir + '/cmaps/',
    cMapPacked: true,
    standardFontDataUrl: dir + '/standard_fonts/',
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    stopAtErrors: false,
    verbosity: 0,
  });
  let pdf: Awaited<typeof task.promise>;
  try {
    pdf = await task.promise;
  } catch (e) {
    await task.destroy().catch(() => {});
    throw new ReadError(file, describe(e));
  }
  try {
    if (pdf.numPages > maxPages) {
      throw new ReadError(file, `the PDF has ${pdf.numPages} pages; yusuan reads at most ${maxPages} (split the file)`);
    }
    const scanned: number[] = [];
    const unreadable: number[] = [];
    const pageLines: SourceLine[][] = [];
    let chars = 0;
    for (let n = 1; n <= pdf.numPages; n++) {
      let page;
      try {
        page = await pdf.getPage(n);
      } catch {
        unreadable.push(n);
        pageLines.push([]);
        continue;
      }
      try {
        const viewport = page.getViewport({ scale: 1 });
        const content = await page.getTextContent({ disableNormalization: false });
        const { flat, vertical } = pageItems(lib, content.items as RawItem[], viewport.transform);
        const out = linesOf(n, flat, vertical);
        if (needsOcr(out) && (await hasImages(lib, page))) scanned.push(n);
        pageLines.push(out);
        chars += textChars(out);
      } catch {
        unreadable.push(n);
        pageLines.push([]);
      } finally {
        page.cleanup();
      }
      // stop at the text limit instead of reading hundreds more pages that will be refused
      checkTextSize(file, chars);
    }
    const ocrPages: number[] = [];
    if (scanned.length && opts.ocr !== false) {
      const { ocrPdfPages } = await import('./ocr.ts');
      const results = await ocrPdfPages(file, bytes, scanned);
      for (const r of results) {
        const layer = pageLines[r.page - 1];
        // a text layer that was only a stamp or a page number, or garbage, gives way to OCR that reads more
        if (r.lines.length && textLength(r.lines) > textLength(layer)) {
          pageLines[r.page - 1] = r.lines;
          ocrPages.push(r.page);
        } else if (!textLength(layer)) {
          unreadable.push(r.page);
        }
      }
    } else {
      unreadable.push(...scanned.filter((n) => !textLength(pageLines[n - 1])));
    }
    return documentOf(file, pageLines, ocrPages, unreadable);
  } finally {
    await pdf.destroy().catch(() => {});
  }
}
