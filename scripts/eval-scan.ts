/**
 * `npx tsx scripts/eval-scan.ts [NNN …]` (default 001): a corpus PDF rasterised to 200-dpi greyscale JPEGs and
 * rebuilt as an image-only PDF (as a scanner would give it), read through OCR, extracted, and scored against
 * `NNN.figures.tsv` beside the text-layer PDF. Slow: a few seconds per page.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { extract } from '../src/extract/index.ts';
import { flattenFigures } from '../src/model/index.ts';
import { parseTruth, scoreFigures } from '../src/eval/figures.ts';
import { readDocument } from '../src/read/index.ts';
import { scanPdf } from '../test/support/scanned-pdf.ts';
import { corpusPdfGroups } from './eval-pdf.ts';

const shared = resolve(process.env.YUSUAN_SHARED ?? '../shared');
const ids = process.argv.slice(2).filter((a) => /^\d{3}$/.test(a));
for (const [id, files] of corpusPdfGroups(ids.length ? ids : ['001'])) {
  const truth = parseTruth(readFileSync(join(shared, 'corpus', 'text', `${id}.figures.tsv`), 'utf8'));
  const docs = [];
  const t = performance.now();
  let pages = 0;
  for (const f of files) {
    const file = join(shared, 'corpus', 'original', f);
    const n = Number(/\/Count (\d+)/.exec(readFileSync(file, 'latin1'))?.[1]) || 0;
    const d = await readDocument(`scanned-${f}`, scanPdf(file, 1, 10_000));
    pages += d.pages ?? n;
    docs.push(d);
  }
  const ms = performance.now() - t;
  const s = scoreFigures(truth, flattenFigures(extract(docs)));
  const unreadable = docs.flatMap((d) => d.unreadablePages ?? []);
  console.log(`${id}: ${s.exact}/${s.total} figures (${((100 * s.exact) / s.total).toFixed(1)}%) from ${pages} scanned pages in ${(ms / 1000).toFixed(0)} s; unreadable pages: ${unreadable.join(',') || 'none'}`);
  for (const m of s.misses) console.log(`   miss ${m.key}: expected ${m.expected}, got ${m.actual ?? '(none)'}`);
}
