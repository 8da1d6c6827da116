import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { makePdf } from '../../../test/support/pdf.ts';
import { readDocument } from '../index.ts';
import { parseTsv, popplerPages } from './poppler.ts';

const HEAD = 'level\tpage_num\tpar_num\tblock_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext';
const page = (n: number) => `1\t${n}\t0\t0\t0\t0\t0\t0\t595\t842\t-1\t###PAGE###`;
const word = (n: number, x: number, top: number, w: number, h: number, text: string) => `5\t${n}\t0\t0\t0\t0\t${x}\t${top}\t${w}\t${h}\t100\t${text}`;

test('pdftotext TSV words become items at their baselines, with the type size even where the box is odd', () => {
  const pages = parseTsv(
    [
      HEAD,
      page(1),
      // a label in a one-em box and its amount in a smaller size, on one baseline (241.85 and 238.97 in pdf.js)
      word(1, 296.88, 227.2, 34.09, 17.03, '合计'),
      word(1, 493.32, 231.24, 40.5, 8.99, '15,897.44'),
      // 18-point text in a 4.6-point box (a font whose descriptor gives a tiny ascent)
      word(1, 274.5, 85.1, 18, 4.61, '目'),
      // a caption set vertically
      word(1, 40, 300, 12, 48, '单位名称'),
      page(2),
      page(3),
      word(3, 72, 700, 24, 12, 'ok'),
    ].join('\n'),
  );
  assert.equal(pages.length, 3, 'a page without words is still a page');
  const [label, amount, big] = pages[0].flat;
  assert.ok(Math.abs(label.y - 241.85) < 0.1 && Math.abs(amount.y - 238.97) < 0.1, `${label.y} ${amount.y}`);
  assert.ok(Math.abs(label.size - 17.03) < 0.01 && Math.abs(amount.size - 8.99) < 0.01);
  assert.equal(big.size, 18, 'the size from the advance when the box is far too small');
  assert.deepEqual(
    pages[0].vertical.map((v) => v.text),
    ['单位名称'],
  );
  assert.deepEqual([pages[1].flat.length, pages[2].flat.map((i) => i.text)], [0, ['ok']]);
});

const sample = () =>
  makePdf([
    {
      runs: [
        [72, 720, 12, 'Income 2024'],
        [72, 700, 12, 'Total'],
        [300, 700, 12, '1,234.56'],
        [72, 680, 12, 'Basic'],
        [300, 680, 12, '200.00'],
      ],
    },
    { runs: [] }, // a blank page: kept, nothing to OCR
    { runs: [[72, 720, 12, 'Page three 3.00']] },
  ]);
const linesOf = async (bytes: Uint8Array) => (await readDocument('sample.pdf', bytes)).lines.map((l) => [l.page, l.text.replace(/\s+/g, ' ').trim()]);

test('pdftotext reads the pages of a PDF (the default engine works here)', async () => {
  const pages = await popplerPages(sample(), 1000);
  assert.ok(pages, 'poppler-utils is installed (scripts/setup-system.sh)');
  assert.deepEqual(
    pages.map((p) => p.flat.map((i) => i.text).join(' ')),
    ['Income 2024 Total 1,234.56 Basic 200.00', '', 'Page three 3.00'],
  );
  assert.equal((await popplerPages(sample(), 1))?.length, 2, 'at most maxPages + 1 pages are read');
});

test('poppler and pdf.js read a PDF to the same lines; pdf.js on demand (YUSUAN_PDF_ENGINE=pdfjs), when pdftotext is missing and when no temporary folder can be written', async () => {
  const bytes = sample();
  const poppler = await linesOf(bytes);
  assert.deepEqual(poppler, [
    [1, 'Income 2024'],
    [1, 'Total 1,234.56'],
    [1, 'Basic 200.00'],
    [3, 'Page three 3.00'],
  ]);
  const env = { engine: process.env.YUSUAN_PDF_ENGINE, path: process.env.PATH, tmp: process.env.TMPDIR };
  const empty = mkdtempSync(path.join(tmpdir(), 'yusuan-nopoppler-'));
  try {
    process.env.YUSUAN_PDF_ENGINE = 'pdfjs';
    assert.deepEqual(await linesOf(bytes), poppler);
    delete process.env.YUSUAN_PDF_ENGINE;
    process.env.PATH = empty; // no pdftotext on the path
    assert.deepEqual(await linesOf(bytes), poppler);
    process.env.PATH = env.path;
    process.env.TMPDIR = path.join(empty, 'gone'); // no temporary folder for pdftotext's files
    assert.deepEqual(await linesOf(bytes), poppler);
  } finally {
    if (env.tmp === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = env.tmp;
    if (env.engine === undefined) delete process.env.YUSUAN_PDF_ENGINE;
    else process.env.YUSUAN_PDF_ENGINE = env.engine;
    process.env.PATH = env.path;
    rmSync(empty, { recursive: true, force: true });
  }
});
