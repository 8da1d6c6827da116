/**
 * `npx tsx bench/read-text.ts [--runs N] [--base DIR]`: the median time to read and extract one text document
 * (the seed and every corpus text) after start-up. With `--base DIR` (a checkout of an earlier commit, e.g. made by
 * `git worktree add DIR COMMIT`), the same is measured for that checkout's reader in the same process, interleaved
 * document by document, and the ratio printed: reading must not get slower as it learns more shapes.
 * `--extract-only` times extraction alone (each document read once beforehand).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { SHARED } from '../test/shared.ts';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '21' }, base: { type: 'string' }, 'extract-only': { type: 'boolean', default: false } },
});
const runs = Number(values.runs);
const dir = join(SHARED, 'corpus', 'text');
const files = [
  join(SHARED, 'seed', '000_5eccc108b9c624cd.txt'),
  ...readdirSync(dir)
    .filter((f) => /^\d{3}\.txt$/.test(f))
    .sort()
    .map((f) => join(dir, f)),
];

type Reader = (file: string, bytes: Uint8Array) => Promise<unknown>;
async function readerOf(root: string): Promise<Reader> {
  const read = await import(join(root, 'src/read/index.ts'));
  const ex = await import(join(root, 'src/extract/index.ts'));
  if (!values['extract-only']) return async (file, bytes) => ex.extract([await read.readDocument(file, bytes)]);
  // extraction alone: each document read once, outside the timing
  const docs = new Map<string, unknown>();
  return async (file, bytes) => {
    if (!docs.has(file)) docs.set(file, await read.readDocument(file, bytes));
    return ex.extract([docs.get(file)]);
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
type Sample = { wall: number; cpu: number };
/** Wall time and the process's CPU time (µs-precise on Linux): on a shared, loaded host the CPU time is the steadier. */
async function timeOne(reader: Reader, file: string, bytes: Uint8Array): Promise<Sample> {
  const c = process.cpuUsage();
  const t = performance.now();
  await reader(file, bytes);
  const wall = performance.now() - t;
  const d = process.cpuUsage(c);
  return { wall, cpu: (d.user + d.system) / 1000 };
}

const readers: [string, Reader][] = [['now', await readerOf(resolve('.'))]];
if (values.base) readers.push(['base', await readerOf(resolve(values.base))]);
const per: Record<string, Sample[]> = Object.fromEntries(readers.map(([n]) => [n, []]));
for (const file of files) {
  const bytes = readFileSync(file);
  for (const [, r] of readers) await r(file, bytes); // warm-up
  const t: Record<string, Sample[]> = Object.fromEntries(readers.map(([n]) => [n, []]));
  // interleaved, the order alternating, so that neither reader always runs after the other's garbage
  for (let i = 0; i < runs; i++) for (const [n, r] of i % 2 ? [...readers].reverse() : readers) t[n].push(await timeOne(r, file, bytes));
  for (const [n] of readers) per[n].push({ wall: median(t[n].map((x) => x.wall)), cpu: median(t[n].map((x) => x.cpu)) });
}
const overall = (n: string, k: keyof Sample) => median(per[n].map((x) => x[k]));
for (const [n] of readers) {
  console.log(
    `${n}: median read + extract per text document ${overall(n, 'wall').toFixed(2)} ms wall, ${overall(n, 'cpu').toFixed(2)} ms CPU over ${files.length} documents`,
  );
}
if (values.base) {
  const ratio = (k: keyof Sample) => (overall('now', k) / overall('base', k)).toFixed(2);
  console.log(`ratio now / base: ${ratio('wall')}× wall, ${ratio('cpu')}× CPU`);
  // each document's ratio from its own interleaved runs: steadier than the ratio of the medians when the host is busy
  const perDoc = (k: keyof Sample) => median(per.now.map((x, i) => x[k] / per.base[i][k])).toFixed(2);
  console.log(`median of the per-document ratios: ${perDoc('wall')}× wall, ${perDoc('cpu')}× CPU`);
}
