// Issue 5, must show: a corpus PDF rasterised to images and rebuilt as a PDF (no text layer) gives ≥ 95 % of its
// figures through OCR, and no error-level finding that the text-layer version does not give. Slow (OCR of 26
// pages: a few minutes on two cores).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { checkDisclosure } from '../src/check/index.ts';
import { parseTruth, scoreFigures } from '../src/eval/figures.ts';
import { extract } from '../src/extract/index.ts';
import { flattenFigures } from '../src/model/index.ts';
import { readDocument } from '../src/read/index.ts';
import { scanPdf } from './support/scanned-pdf.ts';
import { CORPUS } from './shared.ts';

test('a scanned 001.pdf: ≥ 95 % of its figures by OCR, and no error the text-layer PDF does not give', { timeout: 30 * 60_000 }, async () => {
  const file = path.join(CORPUS, 'original', '001.pdf');
  const truth = parseTruth(readFileSync(path.join(CORPUS, 'text', '001.figures.tsv'), 'utf8'));
  const textDoc = await readDocument('001.pdf', new Uint8Array(readFileSync(file)));
  const scanDoc = await readDocument('001-scanned.pdf', scanPdf(file, 1, 1000, 200));
  assert.equal(scanDoc.pages, textDoc.pages);
  assert.equal(scanDoc.ocrPages?.length, scanDoc.pages, 'every page was read by OCR');

  const scanned = extract([scanDoc]);
  const score = scoreFigures(truth, flattenFigures(scanned));
  const misses = score.misses.map((m) => `${m.key}: expected ${m.expected}, got ${m.actual ?? '(none)'}`);
  assert.ok(score.exact >= 0.95 * score.total, `${score.exact}/${score.total} figures:\n${misses.join('\n')}`);

  const errors = (docs: (typeof textDoc)[], d: ReturnType<typeof extract>) =>
    new Set(
      checkDisclosure(d, docs)
        .filter((f) => f.severity === 'error')
        .map((f) => f.rule),
    );
  const textErrors = errors([textDoc], extract([textDoc]));
  const scanErrors = [...errors([scanDoc], scanned)].filter((r) => !textErrors.has(r));
  assert.deepEqual(scanErrors, [], 'error-level findings only the scanned version gives');
});
