/**
 * `npx tsx bench/limits.ts [runs] [--import]`: the time and peak memory of `yusuan figures` on the largest inputs
 * the readers accept — just under each stated limit (file size per format, characters of text, DOCX/XLSX XML, PDF
 * pages, Flate and LZW streams) — each in a fresh process, as a user runs it; with --import, also of `yusuan
 * import FILE` into a new SQLite database (the file read in an isolated worker: its memory is the process's). The goal: every one under 30 s and 1 GB. A small
 * 预算 text (test/fixtures) is the baseline of the same run. The PDF inputs are in English (Helvetica has no Chinese): they are read
 * whole and then refused for want of a year, so their time is the reading's. Inputs are made in a temporary folder and removed afterwards.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { cell, makeDocx, makeFlatePdf, makeLzwBomb, makeXlsx, para } from '../test/support/crafted.ts';
import { makePdf } from '../test/support/pdf.ts';
import { MAX_FORMAT_BYTES, MAX_TEXT_CHARS } from '../src/read/index.ts';
import { MAX_DOCX_XML } from '../src/read/docx.ts';
import { MAX_XLSX_XML } from '../src/read/xlsx.ts';
import { MAX_PDF_STREAM } from '../src/read/pdf/streams.ts';
import { MAX_PDF_PAGES } from '../src/read/pdf/index.ts';

const runs = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 1);
const withImport = process.argv.includes('--import');
const dir = mkdtempSync(join(tmpdir(), 'yusuan-limits-'));
const at = (name: string) => join(dir, name);

const DENSE = '本单位按照预算管理要求认真组织实施各项工作，收入预算447.01万元。';
const PLAIN = '本单位按照预算管理要求认真组织实施各项工作并加强资金管理使用';
const HEAD = '2024年部门预算情况说明\n';
const under = (limit: number) => Math.floor(limit * 0.98);

/** Lines of `line` up to `chars` characters of text. */
const linesUpTo = (line: string, chars: number) => `${line}\n`.repeat(Math.floor(chars / line.length));

async function inputs(): Promise<[string, string][]> {
  const made: [string, string][] = [['a 预算 text of the test fixtures (baseline)', resolve('test', 'fixtures', 'synthetic-budget-bj.txt')]];
  const add = (label: string, name: string, data: string | Uint8Array) => {
    writeFileSync(at(name), data);
    made.push([label, at(name)]);
  };
  const chars = under(MAX_TEXT_CHARS);
  add(`text: ${chars} characters of amount sentences`, 'dense.txt', HEAD + linesUpTo(DENSE, chars));
  add(`text: one paragraph of ${chars} characters`, 'paragraph.txt', HEAD + linesUpTo(PLAIN, chars));
  add(`text: one line of ${chars} characters`, 'line.txt', HEAD + PLAIN.repeat(Math.floor(chars / PLAIN.length)));
  // pdftotext -layout output: the same characters spread over the whole size limit by runs of spaces
  const lines = Math.floor(chars / DENSE.length);
  const spaces = Math.floor(under(MAX_FORMAT_BYTES.text) / lines) - Buffer.byteLength(DENSE) - 1;
  add(
    `text: ${(under(MAX_FORMAT_BYTES.text) / 1048576).toFixed(1)} MB laid out with spaces`,
    'spaces.txt',
    HEAD + `${' '.repeat(spaces)}${DENSE}\n`.repeat(lines),
  );
  const body = `<p>${HEAD}</p>${'<div><span>'.repeat(50_000)}${DENSE}${'</span></div>'.repeat(50_000)}`;
  const filler = '<div class="nav"><script>var x = 1;</script><a href="/">首页</a></div>';
  add(
    `HTML: ${(under(MAX_FORMAT_BYTES.html) / 1048576).toFixed(1)} MB of markup`,
    'page.html',
    `<html><body>${body}${filler.repeat(Math.floor((under(MAX_FORMAT_BYTES.html) - body.length * 2) / Buffer.byteLength(filler)))}</body></html>`,
  );
  const p = para(DENSE);
  add(
    `DOCX: ${(under(MAX_DOCX_XML) / 1048576).toFixed(1)} MB of XML`,
    'big.docx',
    makeDocx(para(HEAD) + p.repeat(Math.floor(under(MAX_DOCX_XML) / Buffer.byteLength(p)))),
  );
  const row = (r: number) => `<row r="${r}">${cell(`A${r}`, '一般公共服务支出')}${cell(`B${r}`, '447.01')}${cell(`C${r}`, '100.00')}</row>`;
  const rows: string[] = [`<row r="1">${cell('A1', '2024年部门预算支出表')}</row>`];
  for (let r = 2, size = 0; size < under(MAX_XLSX_XML); r++) size += Buffer.byteLength((rows[rows.length] = row(r)));
  add(`XLSX: ${(under(MAX_XLSX_XML) / 1048576).toFixed(1)} MB of sheet XML`, 'big.xlsx', makeXlsx(`<sheetData>${rows.join('')}</sheetData>`));
  const sparse = [[72, 720, 12, 'Page of the 2024 budget: 447.01']] as [number, number, number, string][];
  add(`PDF: ${MAX_PDF_PAGES} pages, one line each`, 'pages.pdf', makePdf(Array.from({ length: MAX_PDF_PAGES }, () => ({ runs: sparse }))));
  const dense = Array.from(
    { length: 40 },
    (_, i) => [72, 800 - i * 18, 10, `Line ${i}: income 447.01 expenditure 123.45 total ${i}.00`] as [number, number, number, string],
  );
  add(
    `PDF: ${MAX_PDF_PAGES} pages of 40 lines (stops at the text limit)`,
    'dense.pdf',
    makePdf(Array.from({ length: MAX_PDF_PAGES }, () => ({ runs: dense }))),
  );
  add(
    `PDF: a Flate stream of ${Math.floor(under(MAX_PDF_STREAM) / 1048576)} MB`,
    'stream.pdf',
    await makeFlatePdf(Math.floor(under(MAX_PDF_STREAM) / 1048576)),
  );
  add(`PDF: an LZW stream of ${Math.floor(under(MAX_PDF_STREAM) / 1048576)} MB at most`, 'lzw.pdf', makeLzwBomb(Math.floor(under(MAX_PDF_STREAM) / 1048576)));
  return made;
}

let dbs = 0;
/** Seconds and peak resident memory (MB) of one `yusuan figures FILE` (or `import FILE`) in a fresh process (GNU time). */
function measure(file: string, command: 'figures' | 'import' = 'figures'): { seconds: number; cpu: number; mb: number; status: string } {
  const args = command === 'figures' ? ['figures', file] : ['import', file, '--db', at(`import-${dbs++}.db`)];
  const r = spawnSync('/usr/bin/time', ['-f', '%e %M %U %S', process.execPath, resolve('bin/yusuan.mjs'), ...args], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const last = r.stderr.trim().split('\n').at(-1) ?? '';
  const [seconds, kb, user, sys] = last.split(' ').map(Number);
  const message = r.stderr
    .trim()
    .split('\n')
    .filter((l) => l.startsWith('yusuan'))[0];
  return { seconds, cpu: user + sys, mb: kb / 1024, status: message ? `refused: ${message.replace(/^yusuan: [^:]+: /, '').slice(0, 70)}` : 'read' };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

try {
  const list = await inputs();
  // CPU seconds (user + system) beside the wall time: on a shared machine the wall time says more about the load
  const importHead = withImport ? ['import: time (s)', 'import: CPU (s)', 'import: peak memory (MB)'] : [];
  const head = ['input', 'file', 'time (s)', 'CPU (s)', '× baseline', 'peak memory (MB)', ...importHead, 'outcome'];
  console.log(`| ${head.join(' | ')} |\n|${' --- |'.repeat(head.length)}`);
  let base = 0;
  measure(list[0][1]); // warm-up: the first start compiles and caches the TypeScript
  for (const [label, file] of list) {
    const results = Array.from({ length: runs }, () => measure(file));
    const seconds = median(results.map((r) => r.seconds));
    const mb = median(results.map((r) => r.mb));
    base ||= seconds;
    const size = statSync(file).size;
    const sizeText = size > 1048576 ? `${(size / 1048576).toFixed(1)} MB` : `${(size / 1024).toFixed(0)} KB`;
    const flag = seconds > 30 || mb > 1024 ? ' **over**' : '';
    const imported = withImport ? Array.from({ length: runs }, () => measure(file, 'import')) : [];
    const importCells = withImport
      ? [
          `${median(imported.map((r) => r.seconds)).toFixed(1)}`,
          median(imported.map((r) => r.cpu)).toFixed(1),
          `${Math.round(median(imported.map((r) => r.mb)))}${median(imported.map((r) => r.mb)) > 1024 ? ' **over**' : ''}`,
        ]
      : [];
    const cpu = median(results.map((r) => r.cpu));
    console.log(
      `| ${[label, sizeText, `${seconds.toFixed(1)}${flag}`, cpu.toFixed(1), (seconds / base).toFixed(1), Math.round(mb), ...importCells, results[0].status].join(' | ')} |`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
