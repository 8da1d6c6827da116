import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { makePdf } from '../../../test/support/pdf.ts';
import { pdfFromJpegs } from '../../../test/support/scanned-pdf.ts';
import { readDocument } from '../index.ts';
import { bigramRecall, bigrams } from '../../../test/support/text-match.ts';
import { cleanOcrText } from './ocr.ts';
import { CORPUS } from '../../../test/shared.ts';

test('OCR clean-up: no spaces between Chinese characters, full-width punctuation, numbers mended', () => {
  assert.equal(cleanOcrText('收 入 预 算 37, 151. 47 万 元 , 其 中 :'), '收入预算37,151.47万元，其中：');
  assert.equal(cleanOcrText('1 661, 216. 00'), '1,661,216.00');
  assert.equal(cleanOcrText('22] 02'), '221 02');
  assert.equal(cleanOcrText('“ 一般公共服务支出'), '一般公共服务支出');
  assert.equal(cleanOcrText('卫生健康文出'), '卫生健康支出');
  assert.equal(cleanOcrText('编制部门，上海市普陀区商务委员会'), '编制部门：上海市普陀区商务委员会');
  assert.equal(cleanOcrText('单位 ：元'), '单位：元');
  assert.equal(cleanOcrText('单位，万元'), '单位：万元');
  assert.equal(cleanOcrText('各单位，按规定'), '各单位，按规定');
  assert.equal(cleanOcrText('荣位 * 元'), '单位：元');
  assert.equal(cleanOcrText('合评'), '合计');
  assert.equal(cleanOcrText('( 2 )  政府性基金收入预算0万元'), '（2）政府性基金收入预算0万元');
  assert.equal(cleanOcrText('1. 财政拨款收入预算总计'), '1.财政拨款收入预算总计');
  assert.equal(cleanOcrText('增长19.62%. 主要原因'), '增长19.62%。主要原因');
  assert.equal(cleanOcrText('基本支出5,678.17万元，占55.94%;'), '基本支出5,678.17万元，占55.94%；');
});

/** Rasterise pages of a PDF to greyscale JPEGs at dpi (what a scanner would give). */
function jpegPages(file: string, pages: number[], dpi: number): Uint8Array[] {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'yusuan-scan-test-'));
  try {
    return pages.map((p) => {
      execFileSync('pdftoppm', ['-jpeg', '-gray', '-r', String(dpi), '-f', String(p), '-l', String(p), '-singlefile', file, path.join(dir, `p${p}`)]);
      return new Uint8Array(readFileSync(path.join(dir, `p${p}.jpg`)));
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const amounts = (lines: string[]): string[] => lines.join('\n').match(/\d[\d,]*\.\d{2}/g) ?? [];

test('a scanned PDF (corpus pages rasterised, rebuilt as images) is read by OCR with its amounts', async () => {
  const file = path.join(CORPUS, 'original', '001.pdf');
  const pages = [7, 12]; // the 编制说明 narrative, and the 支出预算总表 table with ruled cells
  const dir = mkdtempSync(path.join(os.tmpdir(), 'yusuan-blank-'));
  let white: Uint8Array;
  try {
    writeFileSync(path.join(dir, 'blank.pdf'), makePdf([{ runs: [] }]));
    white = jpegPages(path.join(dir, 'blank.pdf'), [1], 100)[0];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  // the first scan carries a typed page number, as scanning software stamps it: the page is still OCRed
  const scanned = pdfFromJpegs([...jpegPages(file, pages, 200), white], 200, ['- 7 -']);
  const text = await readDocument('001.pdf', new Uint8Array(readFileSync(file)));
  const d = await readDocument('scanned.pdf', scanned);

  assert.equal(d.pages, 3);
  assert.deepEqual(d.ocrPages, [1, 2]);
  assert.deepEqual(d.unreadablePages, [3], 'the blank scan is reported, once');
  assert.ok(d.lines.every((l) => l.ocr === true && l.confidence! >= 0 && l.confidence! <= 1));
  assert.ok(!d.lines.some((l) => l.text.trim() === '- 7 -'), 'the stamped page number gave way to the OCR text');
  for (const l of d.lines)
    for (const s of l.segments!) assert.ok(!/[\u4e00-\u9fff] +[\u4e00-\u9fff]/.test(s.text), `no spaces between Chinese characters: ${s.text}`);
  const mean = d.lines.reduce((a, l) => a + l.confidence!, 0) / d.lines.length;
  assert.ok(mean > 0.8, `mean confidence ${mean}`);

  pages.forEach((p, i) => {
    const want = amounts(text.lines.filter((l) => l.page === p).map((l) => l.text));
    const pool = amounts(d.lines.filter((l) => l.page === i + 1).map((l) => l.text));
    const missed = want.filter((a) => {
      const k = pool.indexOf(a);
      if (k >= 0) pool.splice(k, 1);
      return k < 0;
    });
    assert.ok(want.length >= 15, `page ${p} has amounts`);
    assert.ok(missed.length <= want.length * 0.1, `page ${p}: missed ${missed.join(' ')} of ${want.length}`);
    const recall = bigramRecall(
      bigrams(text.lines.filter((l) => l.page === p).map((l) => l.text)),
      bigrams(d.lines.filter((l) => l.page === i + 1).map((l) => l.text)),
    );
    assert.ok(recall >= 0.85, `page ${p}: ${(recall * 100).toFixed(1)} % of the text layer's bigrams`);
  });
  // table rows keep their cells apart, as on a text page
  const row = d.lines.find((l) => l.page === 2 && l.text.includes('科技条件专项'));
  assert.ok(row && row.segments!.length >= 3, row?.text);
});
