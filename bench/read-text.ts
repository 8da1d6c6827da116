/**
 * `npx tsx bench/read-text.ts [--runs N] [--base DIR]`: the median time to read and extract one text document
 * (the seed and every corpus text) after start-up. With `--base DIR` (a checkout of an earlier commit, e.g. made by
 * `git worktree add DIR COMMIT`), the same is measured for that checkout's reader in the same process, interleaved
 * document by document, and the ratio printed: reading must not get slower as it learns more shapes.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { SHARED } from '../test/shared.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '15' }, base: { type: 'string' } } });
const runs = Number(values.runs);
const dir = join(SHARED, 'corpus', 'text');
const files = [join(SHARED, 'seed', '000_5eccc108b9c624cd.txt'), ...readdirSync(dir).filter((f) => /^\d{3}\.txt$/.test(f)).sort().map((f) => join(dir, f))];

type Reader = (file: string, bytes: Uint8Array) => Promise<unknown>;
async function readerOf(root: string): Promise<Reader> {
  const read = await import(join(root, 'src/read/index.ts'));
  const ex = await import(join(root, 'src/extract/index.ts'));
  return async (file, bytes) => ex.extract([await read.readDocument(file, bytes)]);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
async function timeOne(reader: Reader, file: string, bytes: Uint8Array): Promise<number> {
  const t = performance.now();
  await reader(file, bytes);
  return performance.now() - t;
}

const readers: [string, Reader][] = [['now', await readerOf(resolve('.'))]];
if (values.base) readers.push(['base', await readerOf(resolve(values.base))]);
const per: Record<string, number[]> = Object.fromEntries(readers.map(([n]) => [n, []]));
for (const file of files) {
  const bytes = readFileSync(file);
  for (const [, r] of readers) await r(file, bytes); // warm-up
  const t: Record<string, number[]> = Object.fromEntries(readers.map(([n]) => [n, []]));
  for (let i = 0; i < runs; i++) for (const [n, r] of readers) t[n].push(await timeOne(r, file, bytes));
  for (const [n] of readers) per[n].push(median(t[n]));
}
for (const [n] of readers) console.log(`${n}: median read + extract per text document ${median(per[n]).toFixed(2)} ms over ${files.length} documents`);
if (values.base) console.log(`ratio now / base: ${(median(per.now) / median(per.base)).toFixed(2)}×`);
