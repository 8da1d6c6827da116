/**
 * Rendering benchmark: all five formats (md, html, docx, xlsx, pdf) for one disclosure, with the browser already
 * started. Prints the median of N runs per format and for the five together. Goal: all five < 2 s.
 *   npx tsx bench/render.ts [MODEL.json] [--runs 7]
 * Without MODEL, the seed is read and extracted first (outside the timing).
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { extract } from '../src/extract/index.ts';
import { readDocument } from '../src/read/index.ts';
import { type Disclosure } from '../src/model/index.ts';
import { DisclosureSchema } from '../src/model/schemas.ts';
import { closeRenderer, FORMATS, render } from '../src/write/index.ts';
import { fontCss, fontFile, sharedBrowser } from '../src/write/pdf.ts';
import { buildDocument } from '../src/write/build.ts';
import { renderHtml } from '../src/write/html.ts';
import type { Browser } from 'playwright-core';
import { SEED } from '../test/shared.ts';

/** Baseline: the straightforward way, a fresh page per document (fonts fetched and parsed every time). */
async function freshPagePdf(browser: Browser, html: string): Promise<number> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url === 'https://doc.invalid/') return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    const file = fontFile(url);
    return file ? route.fulfill({ status: 200, contentType: 'font/woff2', path: file }) : route.abort();
  });
  await page.goto('https://doc.invalid/', { waitUntil: 'load' });
  await page.evaluate('document.fonts.ready.then(() => true)');
  const pdf = await page.pdf({ format: 'A4' });
  await context.close();
  return pdf.length;
}

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 7;
const file = args.find((a, i) => !a.startsWith('--') && i !== runsAt + 1);

async function model(): Promise<Disclosure> {
  if (file) return DisclosureSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  const seed = SEED;
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
const printHtml = renderHtml(buildDocument(d), { print: true, fontCss: fontCss() });
const browser = await sharedBrowser();
const fresh: number[] = [];
for (let i = 0; i < Math.min(runs, 5); i++) {
  const t = performance.now();
  await freshPagePdf(browser, printHtml);
  fresh.push(performance.now() - t);
}
await closeRenderer();
console.log(`browser launch: ${launch.toFixed(0)} ms (not counted)`);
for (const f of FORMATS) console.log(`${f.padEnd(5)} median ${median(per[f]).toFixed(0)} ms`);
console.log(
  `pdf baseline (fresh page per document): median ${median(fresh).toFixed(0)} ms; printer page ${(median(fresh) / median(per.pdf)).toFixed(1)}× faster`,
);
console.log(`all five: median ${median(all).toFixed(0)} ms over ${runs} runs (goal < 2000 ms)`);
