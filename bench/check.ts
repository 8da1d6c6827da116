/**
 * `npx tsx bench/check.ts [runs]`: the median time to check one text document after start-up (goal < 5 ms), next to
 * the time to read and extract it, for the seed and every corpus text. Prints one line per document and a summary.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { readDocument } from '../src/read/index.ts';
import { extract } from '../src/extract/index.ts';
import { checkDisclosure } from '../src/check/index.ts';
import { SHARED as shared } from '../test/shared.ts';

const runs = Number(process.argv[2] ?? 30);
const dir = join(shared, 'corpus', 'text');
const files = [
  join(shared, 'seed', '000_5eccc108b9c624cd.txt'),
  ...readdirSync(dir)
    .filter((f) => /^\d{3}\.txt$/.test(f))
    .sort()
    .map((f) => join(dir, f)),
];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function time<T>(fn: () => T | Promise<T>): Promise<number[]> {
  await fn(); // warm-up: start-up (JIT, lazy imports, caches) is not what is measured
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    out.push(performance.now() - t);
  }
  return out;
}

const checks: number[] = [];
const reads: number[] = [];
const cpus: number[] = [];
console.log(`median of ${runs} runs after one warm-up, per document (ms)`);
console.log('document        read+extract     check  check-cpu   ratio');
for (const file of files) {
  const bytes = readFileSync(file);
  const doc = await readDocument(file, bytes);
  const d = extract([doc]);
  const r = median(await time(async () => extract([await readDocument(file, bytes)])));
  // a fresh document object per run (read beforehand): the text rules' compact-text cache must not flatter the figure
  const fresh = await Promise.all(Array.from({ length: runs + 1 }, () => readDocument(file, bytes)));
  let i = 0;
  const cpu0 = process.cpuUsage();
  const c = median(await time(() => checkDisclosure(d, [fresh[i++]])));
  const cpu = process.cpuUsage(cpu0);
  const cpuPer = (cpu.user + cpu.system) / 1000 / (runs + 1);
  checks.push(c);
  cpus.push(cpuPer);
  reads.push(r);
  const name = file.split('/').pop()!.slice(0, 14);
  console.log(
    `${name.padEnd(14)} ${r.toFixed(2).padStart(13)} ${c.toFixed(2).padStart(9)} ${cpuPer.toFixed(2).padStart(9)} ${(r / c).toFixed(1).padStart(7)}×`,
  );
}
console.log(
  `\nall ${files.length} documents: median check ${median(checks).toFixed(2)} ms wall, ${median(cpus).toFixed(2)} ms CPU (max ${Math.max(...checks).toFixed(2)} ms wall), median read+extract ${median(reads).toFixed(2)} ms; checking is ${(median(reads) / median(checks)).toFixed(1)}× faster than reading`,
);
