/** Every reader is bounded before it allocates: crafted inputs, made here, cost a clear ReadError and little memory. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cell, makeDocx, makeFlatePdf, makeLzwBomb, makeLzwPdf, makeXlsx, para } from '../../test/support/crafted.ts';
import { readDocument, readInputFile, ReadError } from './index.ts';
import { MAX_DOCX_XML } from './docx.ts';
import { lzwSize, MAX_PDF_STREAM } from './pdf/streams.ts';

const refused = (re: RegExp) => (e: unknown) => e instanceof ReadError && re.test(e.message);
/** `fn` with pdf.js as the PDF engine: pdf.js decodes streams in this process, so the bomb checks stand before it. */
async function withPdfJs<T>(fn: () => Promise<T>): Promise<T> {
  const before = process.env.YUSUAN_PDF_ENGINE;
  process.env.YUSUAN_PDF_ENGINE = 'pdfjs';
  try {
    return await fn();
  } finally {
    if (before === undefined) delete process.env.YUSUAN_PDF_ENGINE;
    else process.env.YUSUAN_PDF_ENGINE = before;
  }
}
const heapGrowth = async (fn: () => Promise<unknown>) => {
  const before = process.memoryUsage().rss;
  await fn().catch(() => {});
  return process.memoryUsage().rss - before;
};

test('XLSX: one merged range over the whole sheet (C10:XFD1048576) is refused before exceljs expands it', async () => {
  const x = makeXlsx(`<sheetData><row r="10">${cell('C10', '收入')}</row></sheetData><mergeCells count="1"><mergeCell ref="C10:XFD1048576"/></mergeCells>`);
  assert.ok(x.length < 4096);
  const grew = await heapGrowth(() => assert.rejects(readDocument('merge.xlsx', x), refused(/merged range C10:XFD1048576 .* refused/)));
  assert.ok(grew < 200 * 1024 * 1024, `grew ${grew} bytes`);
});

test('XLSX: a sheet claiming the whole grid (dimension and a cell at XFD1048576) is read only up to the table limits', async () => {
  const x = makeXlsx(`<sheetData><row r="1">${cell('A1', '2024年部门预算')}</row><row r="1048576">${cell('XFD1048576', '远处')}</row></sheetData>`, {
    dimension: 'A1:XFD1048576',
  });
  const doc = await readDocument('dim.xlsx', x);
  assert.equal(doc.lines[0].text, '2024年部门预算');
  assert.ok(!doc.lines.some((l) => l.text.includes('远处')));
});

test('DOCX: more XML than the limit is refused before mammoth reads it; a normal document is read', async () => {
  const p = para('本单位按照预算管理要求认真组织实施各项工作，收入预算447.01万元。');
  const big = makeDocx(p.repeat(Math.ceil(MAX_DOCX_XML / Buffer.byteLength(p)) + 10));
  await assert.rejects(readDocument('big.docx', big), refused(/MB of XML .* refused/));
  const doc = await readDocument('ok.docx', makeDocx(para('2024年部门预算') + p));
  assert.equal(doc.lines[0].text, '2024年部门预算');
});

test('PDF: a Flate stream that expands past the limit is refused before pdf.js inflates it', async () => {
  const bomb = await makeFlatePdf(MAX_PDF_STREAM / 1048576 + 8);
  assert.ok(bomb.length < 2 * 1024 * 1024);
  const grew = await heapGrowth(() => withPdfJs(() => assert.rejects(readDocument('bomb.pdf', bomb), refused(/expands to more than .* decompression bomb/))));
  assert.ok(grew < 400 * 1024 * 1024, `grew ${grew} bytes`);
  const small = await withPdfJs(async () => readDocument('ok.pdf', await makeFlatePdf(1)));
  assert.match(small.lines.map((l) => l.text).join('\n'), /2024 budget/);
});

test('PDF: pdftotext reads the text of a Flate bomb as it decodes, in its own process: little memory here', async () => {
  const bomb = await makeFlatePdf(MAX_PDF_STREAM / 1048576 + 8);
  let doc: Awaited<ReturnType<typeof readDocument>> | undefined;
  const grew = await heapGrowth(async () => (doc = await readDocument('bomb.pdf', bomb)));
  assert.match(doc!.lines.map((l) => l.text).join('\n'), /2024 budget/);
  assert.ok(grew < 100 * 1024 * 1024, `grew ${grew} bytes`);
});

test('files: devices, FIFOs and links to them are refused from fstat, unread; the size is checked before reading', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'yusuan-limits-'));
  try {
    symlinkSync('/dev/zero', join(dir, 'zero.txt'));
    await assert.rejects(readInputFile(join(dir, 'zero.txt')), refused(/not a regular file/));
    execFileSync('mkfifo', [join(dir, 'fifo.txt')]);
    await assert.rejects(readInputFile(join(dir, 'fifo.txt')), refused(/not a regular file/));
    writeFileSync(join(dir, 'big.txt'), Buffer.alloc(2048, 0x41));
    await assert.rejects(readInputFile(join(dir, 'big.txt'), 1024), refused(/file too large \(2048 bytes; the limit is 1024\)/));
    await assert.rejects(readInputFile(join(dir, 'none.txt')), refused(/^no such file$/));
    await assert.rejects(readInputFile(dir), refused(/is a directory/));
    assert.equal((await readInputFile(join(dir, 'big.txt'))).length, 2048);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  assert.ok(!existsSync(dir));
});

test('PDF: an LZW stream that expands past the limit is refused from its codes, before pdf.js decodes it', async () => {
  const bomb = makeLzwBomb(MAX_PDF_STREAM / 1048576 + 8);
  assert.ok(bomb.length < 1024 * 1024, `${bomb.length} bytes`);
  const grew = await heapGrowth(() =>
    withPdfJs(() => assert.rejects(readDocument('lzw-bomb.pdf', bomb), refused(/expands to more than .* decompression bomb/))),
  );
  assert.ok(grew < 400 * 1024 * 1024, `grew ${grew} bytes`);
  // the size is counted exactly: a small bomb is let through at its true size, and pdf.js reads a real LZW page
  const small = makeLzwBomb(1); // one table: 7.4 MB
  const data = Buffer.from(small).toString('latin1');
  const stream = Buffer.from(data.slice(data.indexOf('stream\n') + 7, data.lastIndexOf('\nendstream')), 'latin1');
  const perCycle = 1 + Array.from({ length: 4094 - 258 }, (_, i) => i + 2).reduce((a, b) => a + b);
  assert.equal(lzwSize(stream, MAX_PDF_STREAM), perCycle);
  const doc = await withPdfJs(() => readDocument('lzw.pdf', makeLzwPdf('2024 budget by LZW')));
  assert.match(doc.lines.map((l) => l.text).join('\n'), /2024 budget by LZW/);
});
