/**
 * The two PDF text engines side by side on the same files: poppler (`pdftotext -tsv`, the default) and pdf.js
 * (YUSUAN_PDF_ENGINE=pdfjs, the fallback). For each file: lines that differ between them, and the time each took.
 *
 *   npx tsx bench/pdf-engines.ts FILE.pdf… [--show]
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { readPdf } from '../src/read/pdf/index.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { show: { type: 'boolean' } } });

async function read(engine: string, file: string, bytes: Uint8Array) {
  process.env.YUSUAN_PDF_ENGINE = engine;
  const t = performance.now();
  const doc = await readPdf(file, bytes);
  return { ms: performance.now() - t, lines: doc.lines.map((l) => `${l.page}| ${l.text}`) };
}

let differing = 0;
for (const file of positionals) {
  const bytes = new Uint8Array(readFileSync(file));
  const a = await read('poppler', file, bytes);
  const b = await read('pdfjs', file, bytes);
  const inA = new Set(a.lines);
  const inB = new Set(b.lines);
  const onlyA = a.lines.filter((l) => !inB.has(l));
  const onlyB = b.lines.filter((l) => !inA.has(l));
  if (onlyA.length || onlyB.length) differing++;
  console.log(
    `${basename(file)}: poppler ${a.lines.length} lines ${a.ms.toFixed(0)} ms, pdf.js ${b.lines.length} lines ${b.ms.toFixed(0)} ms; ${onlyA.length} lines only in poppler, ${onlyB.length} only in pdf.js`,
  );
  if (values.show) {
    for (const l of onlyA.slice(0, 15)) console.log(`  + ${l}`);
    for (const l of onlyB.slice(0, 15)) console.log(`  - ${l}`);
  }
}
console.log(`${differing} of ${positionals.length} files read differently`);
