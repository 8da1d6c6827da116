/**
 * Rendering benchmark: all five formats (md, html, docx, xlsx, pdf) for one disclosure, with the browser already
 * started. Prints the median of N runs per format and for the five together. Goal: all five < 2 s.
 *   npx tsx bench/render.ts [MODEL.json] [--runs 7]
 * Without MODEL, the seed is read and extracted first (outside the timing).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { extract } from '../src/extract/index.ts';
import { readDocument } from '../src/read/index.ts';
import { DisclosureSchema, type Disclosure } from '../src/model/index.ts';
import { closeRenderer, FORMATS, render } from '../src/write/index.ts';
import { sharedBrowser } from '../src/write/pdf.ts';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 7;
const file = args.find((a, i) => !a.startsWith('--') && i !== runsAt + 1);

async function model(): Promise<Disclosure> {
  if (file) return DisclosureSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  const seed = path.resolve('..', 'shared', 'seed', '000_5eccc108b9c624cd.txt');
  return extract([await readDocument(seed, readFileSync(seed))]);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const d = await model();
const t0 = performance.now();
await sharedBrowser();
const launch = performance.now() - t0;
// warm-up: loads the modules and the fonts once
for (const f of FORMATS) await render(d, f);
const per: Record<string, number[]> = Object.fromEntries(FORMATS.map((f) => [f, []]));
const all: number[] = [];
for (let i = 0; i < runs; i++) {
  const start = performance.now();
  for (const f of FORMATS) {
    const t = performance.now();
    await render(d, f);
    per[f].push(performance.now() - t);
  }
  all.push(performance.now() - start);
}
await closeRenderer();
console.log(`browser launch: ${launch.toFixed(0)} ms (not counted)`);
for (const f of FORMATS) console.log(`${f.padEnd(5)} median ${median(per[f]).toFixed(0)} ms`);
console.log(`all five: median ${median(all).toFixed(0)} ms over ${runs} runs (goal < 2000 ms)`);
