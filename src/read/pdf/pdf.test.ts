import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { makePdf } from '../../../test/support/pdf.ts';
import { readDocument, ReadError, type SourceDocument } from '../index.ts';
import { bigramRecall, bigrams } from '../../../test/support/text-match.ts';
import { CORPUS } from '../../../test/shared.ts';

const nativePush = Array.prototype.push; // before pdf.js is loaded (the reader loads it on its first PDF)
const bytesOf = (f: string) => new Uint8Array(readFileSync(f));

/** The corpus PDFs grouped by document: 012a + 012b are one document (text 012). */
function corpusGroups(): [string, string[]][] {
  const groups = new Map<string, string[]>();
  for (const f of readdirSync(path.join(CORPUS, 'original')).sort()) {
    const m = /^(\d{3})[a-z]?\.pdf$/.exec(f);
    if (m) groups.set(m[1], [...(groups.get(m[1]) ?? []), f]);
  }
  return [...groups];
}

const pdfinfoPages = (file: string) =>
  Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }))?.[1]);

test('every corpus PDF reads with its page count, and its text matches pdftotext’s (bigrams, both ways)', async () => {
  const groups = corpusGroups();
  assert.ok(groups.length >= 20);
  for (const [key, files] of groups) {
    const docs: SourceDocument[] = [];
    for (const f of files) {
      const file = path.join(CORPUS, 'original', f);
      const d = await readDocument(f, bytesOf(file));
      assert.equal(d.format, 'pdf');
      assert.equal(d.pages, pdfinfoPages(file), `${f}: page count`);
      assert.deepEqual([d.ocrPages, d.unreadablePages], [undefined, undefined], `${f}: every page has a text layer`);
      assert.ok(
        d.lines.every((l, i) => l.no === i + 1 && l.page! >= 1 && l.page! <= d.pages!),
        `${f}: line numbers and pages`,
      );
      for (const l of d.lines) {
        assert.ok(l.segments?.length, `${f}: line ${l.no} has segments`);
        let at = 0;
        for (const s of l.segments!) {
          assert.ok(s.x <= s.right, `${f}: segment extent`);
          const i = l.text.indexOf(s.text, at);
          assert.ok(i >= at, `${f}: line ${l.no}: segment “${s.text}” in order in “${l.text}”`);
          at = i + s.text.length;
        }
      }
      docs.push(d);
    }
    const ref = readFileSync(path.join(CORPUS, 'text', `${key}.txt`), 'utf8').split(/[\n\f]/);
    const mine = docs.flatMap((d) => d.lines.map((l) => l.text));
    const [R, M] = [bigrams(ref), bigrams(mine)];
    const recall = bigramRecall(R, M);
    const precision = bigramRecall(M, R);
    assert.ok(recall >= 0.99, `${key}: ${(recall * 100).toFixed(2)} % of pdftotext's bigrams found`);
    assert.ok(precision >= 0.99, `${key}: ${(precision * 100).toFixed(2)} % of our bigrams are pdftotext's`);
  }
});

test('both text engines read corpus PDFs to the same lines (spacing aside): poppler by default, pdf.js as the fallback', async () => {
  const words = (d: SourceDocument) => d.lines.map((l) => `${l.page}|${l.text.replace(/\s+/g, '')}`);
  for (const f of ['001.pdf', '009.pdf', '010.pdf', '016.pdf', '024.pdf']) {
    const bytes = bytesOf(path.join(CORPUS, 'original', f));
    const poppler = words(await readDocument(f, bytes));
    process.env.YUSUAN_PDF_ENGINE = 'pdfjs';
    try {
      assert.deepEqual(poppler, words(await readDocument(f, bytes)), f);
    } finally {
      delete process.env.YUSUAN_PDF_ENGINE;
    }
  }
});

test('table rows keep their cells apart as in pdftotext -layout (code, name, right-aligned amounts)', async () => {
  const d = await readDocument('001.pdf', bytesOf(path.join(CORPUS, 'original', '001.pdf')));
  const row = d.lines.find((l) => l.page === 12 && /^\s*201\s+13\s+01\s+行政运行/.test(l.text));
  assert.ok(row, 'the 行政运行 row of the expenditure table');
  assert.deepEqual(
    row.segments!.map((s) => s.text),
    ['201', '13', '01', '行政运行', '9,389,913.00', '9,389,913.00'],
  );
  const total = d.lines.find((l) => l.page === 12 && /一般公共服务支出\s+21,601,733\.00/.test(l.text))!;
  // amounts are right-aligned: the 合计 column's right edges coincide across rows
  assert.ok(Math.abs(total.segments![2].right - row.segments![4].right) < 1);
  assert.equal(total.text.indexOf('21,601,733.00') + 13, row.text.indexOf('9,389,913.00') + 12);
});

test('a rotated page reads in its displayed orientation', async () => {
  const pdf = makePdf([
    {
      runs: [
        [100, 72, 12, 'First line 100.00', true],
        [120, 72, 12, 'Second line 200.00', true],
      ],
      rotate: 90,
    },
    { runs: [[72, 720, 12, 'Page two']] },
  ]);
  const d = await readDocument('rotated.pdf', pdf);
  assert.deepEqual(
    d.lines.map((l) => [l.page, l.text.trim()]),
    [
      [1, 'First line 100.00'],
      [1, 'Second line 200.00'],
      [2, 'Page two'],
    ],
  );
  assert.equal(d.pages, 2);
});

test('broken, encrypted and absurd PDFs give one clear ReadError', async () => {
  const good = bytesOf(path.join(CORPUS, 'original', '002.pdf'));
  const cases: [string, Uint8Array, RegExp][] = [
    ['truncated.pdf', good.subarray(0, Math.floor(good.length * 0.4)), /not a valid PDF|cannot be read/],
    ['header-only.pdf', good.subarray(0, 1000), /not a valid PDF|cannot be read/],
    ['garbage.pdf', new Uint8Array(Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(5000, 0x41)])), /not a valid PDF|cannot be read/],
    ['locked.pdf', makePdf([{ runs: [[72, 720, 12, 'Secret 123.45']] }], { encrypt: true }), /encrypted with a password/],
    [
      'huge.pdf',
      makePdf(
        Array.from({ length: 5000 }, () => ({ runs: [[72, 720, 12, 'Page']] as [number, number, number, string][] })),
        { sharedContent: true },
      ),
      /5000 pages; yusuan reads at most 1000/,
    ],
    ['blank.pdf', makePdf([{ runs: [] }]), /no text found/],
  ];
  for (const [name, bytes, re] of cases) {
    await assert.rejects(readDocument(name, bytes), (e: unknown) => e instanceof ReadError && e.file === name && re.test(e.message), name);
  }
  // the caller's bytes are not detached by pdf.js
  await readDocument('002.pdf', good);
  assert.equal(good.length > 0 && good[0], 0x25);
});

test('loading pdf.js leaves the native Array.prototype.push in place (its legacy polyfill is slow)', async () => {
  await readDocument('rotated.pdf', makePdf([{ runs: [[72, 720, 12, 'Hello 1.00']] }]));
  assert.equal(Array.prototype.push, nativePush);
});
