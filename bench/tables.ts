/**
 * Table extraction speed per corpus document: extractTables + figuresFromTables (median of warm runs),
 * beside a baseline measured in the same run: splitting the text into lines (linesOf) and matching every
 * amount on every line with one regex — the least any table reader must do. Run: npx tsx bench/tables.ts
 */
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { linesOf, type SourceDocument } from '../src/read/document.ts';
import { extractTables, figuresFromTables } from '../src/extract/tables/index.ts';
import { CORPUS_TEXT } from '../test/shared.ts';

const dir = CORPUS_TEXT;
const files = readdirSync(dir).filter((f) => /^\d+\.txt$/.test(f));
const RUNS = Number(process.env.RUNS ?? 21);

const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function time(fn: () => void): number {
  const runs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    fn();
    runs.push(performance.now() - t0);
  }
  return median(runs);
}

const docOf = (text: string): SourceDocument => ({ file: 'x.txt', format: 'text', lines: linesOf(text, { pages: true }), tables: [] });
const AMOUNT = /\d{1,3}(?:,\d{3})*(?:\.\d+)?/g;

// warm up every code path first (the optimising compiler needs a few hundred calls)
const texts = files.map((f) => readFileSync(resolve(dir, f), 'utf8'));
for (let r = 0; r < 10; r++) for (const text of texts) figuresFromTables(extractTables(docOf(text)), 'budget');

let sumTables = 0;
let sumBase = 0;
console.log('doc   tables  extract+figures ms  baseline ms  ratio');
for (const f of files) {
  const text = readFileSync(resolve(dir, f), 'utf8');
  const docs = Array.from({ length: RUNS }, () => docOf(text));
  let k = 0;
  let n = 0;
  const t = time(() => {
    const tables = extractTables(docs[k++ % docs.length]);
    n = tables.length;
    figuresFromTables(tables, 'budget');
  });
  const b = time(() => {
    let c = 0;
    for (const l of linesOf(text, { pages: true })) c += (l.text.match(AMOUNT) ?? []).length;
    if (c < 0) console.log(c);
  });
  sumTables += t;
  sumBase += b;
  console.log(`${f.slice(0, 3)}   ${String(n).padStart(6)}  ${t.toFixed(2).padStart(18)}  ${b.toFixed(2).padStart(11)}  ${(t / b).toFixed(1).padStart(5)}`);
}
console.log(
  `mean  ${' '.repeat(6)}  ${(sumTables / files.length).toFixed(2).padStart(18)}  ${(sumBase / files.length).toFixed(2).padStart(11)}  ${(sumTables / sumBase).toFixed(1).padStart(5)}`,
);

// CPU time (user + system) of the whole corpus, per document: less sensitive to other processes than wall time
const all = Array.from({ length: RUNS }, () => texts.map(docOf));
const c0 = process.cpuUsage();
for (const set of all) for (const d of set) figuresFromTables(extractTables(d), 'budget');
const cpu = process.cpuUsage(c0);
console.log(`cpu per document: ${((cpu.user + cpu.system) / 1000 / (RUNS * texts.length)).toFixed(2)} ms (${RUNS} × ${texts.length} documents)`);
