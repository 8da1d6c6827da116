/**
 * The text layer through poppler's `pdftotext -tsv` (a subprocess): word boxes per page, the same positioned
 * items that pdf.js gives, read in about a tenth of the time and memory (poppler is C++ and does not convert
 * embedded fonts, which pdf.js does even when only text is asked for). The reader falls back to pdf.js whenever
 * this gives no answer: pdftotext missing, a file it cannot open (encrypted, broken: pdf.js then says what is
 * wrong), or a page too thin to be the page that paints an image (pdf.js decides whether to OCR it).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Item } from './layout.ts';
import { displayWidth } from '../width.ts';

export interface PopplerPage {
  /** horizontal words */
  flat: Item[];
  /** words set vertically (a caption along the edge of a table): a line of their own each */
  vertical: Item[];
}

/** Time a pathological file may take before pdf.js gets its turn (pdftotext reads a 30-page disclosure in 0.1 s). */
const TIMEOUT_MS = 60_000;
/** More TSV than any document within the text limit gives (about 100 bytes a word). */
const MAX_OUTPUT = 256 * 1024 * 1024;

/** Where the baseline lies in poppler's word box, from its top, as a fraction of its height. */
const BASELINE = 0.859;

/**
 * The shell line that runs a tool: its output to a file, at most `$1` 512-byte blocks of it (a larger file ends
 * the tool with SIGXFSZ). Arguments: the block limit, the output file, then the tool and its arguments.
 */
const RUN_CAPPED = 'ulimit -f "$1" || exit 126; out=$2; shift 2; exec "$@" > "$out"';

/**
 * Run a poppler tool on the bytes: its output, or null when it is not installed, fails or takes too long. The
 * bytes and the output pass through files in a private temporary folder, not pipes: a pipe holds 64 KB, so the
 * tool had to wait whenever this thread was busy (extracting the file before) until it came back to read. The
 * files are written and read at once (a megabyte takes a millisecond, from the page cache), so that no step waits
 * for this thread either. A process killed meanwhile leaves its folder (`yusuan-poppler-*` in the temporary
 * folder) behind. Without a temporary folder to write to (none, read-only, full), pdf.js reads the file.
 */
async function runPoppler(tool: string, argsFor: (input: string) => string[], bytes: Uint8Array): Promise<string | null> {
  let dir: string;
  try {
    dir = mkdtempSync(join(tmpdir(), 'yusuan-poppler-'));
  } catch {
    return null; // no temporary folder to write to: pdf.js reads instead
  }
  const [input, output] = [join(dir, 'in.pdf'), join(dir, 'out')];
  try {
    writeFileSync(input, bytes);
  } catch {
    rmSync(dir, { recursive: true, force: true });
    return null; // a full disk: the same
  }
  try {
    const blocks = String(MAX_OUTPUT / 512);
    const child = spawn('/bin/sh', ['-c', RUN_CAPPED, 'sh', blocks, output, tool, ...argsFor(input)], { stdio: 'ignore' });
    const code = await new Promise<number | null>((resolve) => {
      const timer = setTimeout(() => child.kill('SIGKILL'), TIMEOUT_MS);
      // no shell, or the tool not installed (exit 127): pdf.js reads instead
      child.on('error', () => resolve(null));
      child.on('close', (c) => {
        clearTimeout(timer);
        resolve(c);
      });
    });
    return code === 0 ? readFileSync(output, 'utf8') : null;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The type size of a word: its box height, unless the box is far from what the advance says (fonts whose
 * descriptors give odd ascents and descents: 18-point text in a 4.6-point box, 12-point digits in a 22-point one).
 * A wide glyph advances one em and a narrow one (digits, Latin) about half of one, so the advance stands in then.
 */
function typeSize(text: string, w: number, h: number): number {
  const byAdvance = (2 * w) / displayWidth(text);
  return h < 0.6 * byAdvance || h > 1.3 * byAdvance ? byAdvance : h;
}

/** Text set vertically: Chinese characters in a box much taller than wide (poppler gives no rotation in its TSV). */
const VERTICAL_TEXT = /^[\u3400-\u9fff\uf900-\ufaff（）]{2,}$/u;

/**
 * Word rows (level 5) into items: x at the left edge, the type size from the box (typeSize), y at the baseline,
 * which poppler puts at BASELINE of the box's height from its top whatever the font (measured
 * against pdf.js's baselines on the corpus: SimSun, Microsoft YaHei and Times New Roman alike). Taking the bottom
 * instead would split a row whose label and amount are set in different sizes.
 */
export function parseTsv(tsv: string): PopplerPage[] {
  const pages: PopplerPage[] = [];
  const pageAt = (n: number) => {
    while (pages.length < n) pages.push({ flat: [], vertical: [] });
    return pages[n - 1];
  };
  // rows are cut by hand rather than split: a 30-page document has thousands, and most are the words wanted
  for (let at = 0; at < tsv.length;) {
    let end = tsv.indexOf('\n', at);
    if (end < 0) end = tsv.length;
    const level = tsv.slice(at, tsv.indexOf('\t', at));
    if (level === '1' || level === '5') {
      const f = fieldsOf(tsv, at, end);
      const n = Number(f[1]);
      if (f.length >= 12 && n >= 1) {
        if (level === '1') pageAt(n);
        else {
          // the text is the last column (a word never holds a tab)
          const text = f[11];
          if (text.trim()) {
            const [x, top, w, h] = [Number(f[6]), Number(f[7]), Number(f[8]), Number(f[9])];
            const page = pageAt(n);
            if (h > 1.5 * w && VERTICAL_TEXT.test(text)) page.vertical.push({ text, x, y: top, w: 0, size: w });
            else page.flat.push({ text, x, y: top + BASELINE * h, w, size: typeSize(text, w, h) });
          }
        }
      }
    }
    at = end + 1;
  }
  return pages;
}

/** The tab-separated fields of the row tsv[from, to): eleven, then the rest of the row (the text) as the twelfth. */
function fieldsOf(tsv: string, from: number, to: number): string[] {
  const f: string[] = [];
  let at = from;
  while (f.length < 11) {
    const tab = tsv.indexOf('\t', at);
    if (tab < 0 || tab >= to) break;
    f.push(tsv.slice(at, tab));
    at = tab + 1;
  }
  f.push(tsv.slice(at, to));
  return f;
}

/**
 * The pages of a PDF as word items (at most `maxPages + 1` pages are read), or null when poppler cannot say.
 */
export async function popplerPages(bytes: Uint8Array, maxPages: number): Promise<PopplerPage[] | null> {
  const tsv = await runPoppler('pdftotext', (input) => ['-tsv', '-enc', 'UTF-8', '-l', String(maxPages + 1), input, '-'], bytes);
  return tsv === null ? null : parseTsv(tsv);
}

/** Whether a page (1-based) paints an image (`pdfimages -list`: a header of two lines, then a row per image), or null when poppler cannot say. */
export async function popplerPageHasImages(bytes: Uint8Array, page: number): Promise<boolean | null> {
  const list = await runPoppler('pdfimages', (input) => ['-list', '-f', String(page), '-l', String(page), input], bytes);
  return list === null ? null : list.trim().split('\n').length > 2;
}
