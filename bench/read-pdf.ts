/**
 * `npx tsx bench/read-pdf.ts [--runs N] [files…]`: reading (and extracting, and checking) each corpus PDF, beside
 * poppler's `pdftotext -layout` on the same file in the same run. Medians of N runs (default 5) after one
 * warm-up; pdftotext is timed as the subprocess a user would run (spawn included); yusuan in-process with pdf.js
 * already loaded (the cold start of a fresh process is printed once, separately).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { extract } from '../src/extract/index.ts';
import { readDocument, type SourceDocument } from '../src/read/index.ts';
import type { Disclosure } from '../src/model/index.ts';
import { CORPUS_ORIGINAL } from '../test/shared.ts';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const RUNS = runsAt >= 0 ? Math.max(1, Number(args[runsAt + 1]) || 5) : 5;
const named = args.filter((a, i) => a.endsWith('.pdf') && i !== runsAt + 1);
const dir = CORPUS_ORIGINAL;
const files = named.length
  ? named.map((f) => resolve(f))
  : readdirSync(dir)
      .filter((f) => f.endsWith('.pdf'))
      .sort()
      .map((f) => join(dir, f));

type Check = (d: Disclosure, docs: SourceDocument[]) => unknown;
const checkPath = resolve('src/check/index.ts');
const check: Check | undefined = existsSync(checkPath) ? ((await import(checkPath)) as { checkDisclosure?: Check }).checkDisclosure : undefined;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const time = async (f: () => unknown) => {
  const t = performance.now();
  await f();
  return performance.now() - t;
};

function pdftotext(file: string): number {
  const t = performance.now();
  const r = spawnSync('pdftotext', ['-layout', file, '-'], { stdio: ['ignore', 'ignore', 'ignore'] });
  if (r.status !== 0) throw new Error(`pdftotext failed on ${file}`);
  return performance.now() - t;
}

const pagesOf = (file: string) =>
  Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }))?.[1]);

// the cold start: a fresh process that imports the reader and reads the first file
const coldScript = `import { readDocument } from './src/read/index.ts'; import { readFileSync } from 'node:fs';
const f = process.argv[1]; await readDocument(f, new Uint8Array(readFileSync(f)));`;
const coldT = performance.now();
spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', coldScript, files[0]], { stdio: 'ignore' });
const cold = performance.now() - coldT;

const rows: string[][] = [];
const sums = { pages: 0, p2t: 0, read: 0, full: 0 };
for (const file of files) {
  const bytes = new Uint8Array(readFileSync(file));
  const name = basename(file);
  const pages = pagesOf(file);
  const runOnce = async () => {
    const doc = await readDocument(name, bytes);
    const d = extract([doc]);
    if (check) check(d, [doc]);
  };
  await runOnce(); // warm-up
  pdftotext(file);
  const p2t: number[] = [];
  const read: number[] = [];
  const full: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    p2t.push(pdftotext(file));
    read.push(await time(() => readDocument(name, bytes)));
    full.push(await time(runOnce));
  }
  const [a, b, c] = [median(p2t), median(read), median(full)];
  sums.pages += pages;
  sums.p2t += a;
  sums.read += b;
  sums.full += c;
  rows.push([name, String(pages), a.toFixed(0), b.toFixed(0), c.toFixed(0), (b / a).toFixed(1), (c / a).toFixed(1), ((c / pages) * 30).toFixed(0)]);
}
rows.push([
  'all',
  String(sums.pages),
  sums.p2t.toFixed(0),
  sums.read.toFixed(0),
  sums.full.toFixed(0),
  (sums.read / sums.p2t).toFixed(1),
  (sums.full / sums.p2t).toFixed(1),
  ((sums.full / sums.pages) * 30).toFixed(0),
]);

const head = [
  'file',
  'pages',
  'pdftotext ms',
  'read ms',
  `read+extract${check ? '+check' : ''} ms`,
  'read ÷ pdftotext',
  'all ÷ pdftotext',
  'all ms per 30 pages',
];
const width = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (r: string[]) => `| ${r.map((c, i) => (i ? c.padStart(width[i]) : c.padEnd(width[i]))).join(' | ')} |`;
console.log(`medians of ${RUNS} runs; Node ${process.version}; ${new Date().toISOString()}`);
console.log(line(head));
console.log(`|${width.map((w, i) => (i ? '-'.repeat(w + 1) + ':' : '-'.repeat(w + 2))).join('|')}|`);
for (const r of rows) console.log(line(r));
console.log(`cold start (new process: load tsx + pdf.js, read ${basename(files[0])}): ${cold.toFixed(0)} ms`);
console.log('peer baseline (stated in the issue, not measured here): GovBudgetChecker 2300–4000 ms per 21–30-page PDF');
