/**
 * `npx tsx scripts/eval-scan.ts [NNN …]` (default 001): a corpus PDF rasterised to 200-dpi greyscale JPEGs and
 * rebuilt as an image-only PDF (as a scanner would give it), read through OCR, extracted, and scored against
 * `NNN.figures.tsv`. Slow: a few seconds per page. The OCRed documents are kept in the temp folder;
 * `--reuse` scores those again without OCR (to follow the extractor's progress).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { extract } from '../src/extract/index.ts';
import { flattenFigures } from '../src/model/index.ts';
import { parseTruth, scoreFigures } from '../src/eval/figures.ts';
import { readDocument, type SourceDocument } from '../src/read/index.ts';
import { scanPdf } from '../test/support/scanned-pdf.ts';
import { corpusPdfGroups } from './eval-pdf.ts';
import { SHARED as shared } from '../test/shared.ts';

const ids = process.argv.slice(2).filter((a) => /^\d{3}$/.test(a));
const reuse = process.argv.includes('--reuse');
for (const [id, files] of corpusPdfGroups(ids.length ? ids : ['001'])) {
  const truth = parseTruth(readFileSync(join(shared, 'corpus', 'text', `${id}.figures.tsv`), 'utf8'));
  const cache = join(os.tmpdir(), `yusuan-scan-${id}.json`);
  const t = performance.now();
  let docs: SourceDocument[] = [];
  if (reuse && existsSync(cache)) docs = JSON.parse(readFileSync(cache, 'utf8'));
  else {
    for (const f of files) docs.push(await readDocument(`scanned-${f}`, scanPdf(join(shared, 'corpus', 'original', f), 1, 10_000)));
    writeFileSync(cache, JSON.stringify(docs));
  }
  const pages = docs.reduce((a, d) => a + (d.pages ?? 0), 0);
  const ms = performance.now() - t;
  let s;
  try {
    s = scoreFigures(truth, flattenFigures(extract(docs)));
  } catch (e) {
    console.log(`${id}: the extractor failed (${(e as Error).message}); OCR kept in ${cache}, rerun with --reuse`);
    continue;
  }
  const unreadable = docs.flatMap((d) => d.unreadablePages ?? []);
  console.log(
    `${id}: ${s.exact}/${s.total} figures (${((100 * s.exact) / s.total).toFixed(1)}%) from ${pages} scanned pages in ${(ms / 1000).toFixed(0)} s; unreadable pages: ${unreadable.join(',') || 'none'}`,
  );
  for (const m of s.misses) console.log(`   miss ${m.key}: expected ${m.expected}, got ${m.actual ?? '(none)'}`);
}
