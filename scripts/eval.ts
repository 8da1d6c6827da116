/**
 * `npm run eval`: how well yusuan reads the shared corpus. For every `../shared/corpus/text/NNN.txt` (and the seed):
 * the share of hand-checked figures read exactly, and every miss. Then the checker's share of the known
 * inconsistencies, when the checker's evaluation script is present.
 */
import { readFile, readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readDocument } from '../src/read/index.ts';
import { extract } from '../src/extract/index.ts';
import { flattenFigures } from '../src/model/index.ts';
import { parseTruth, scoreFigures } from '../src/eval/figures.ts';
import { SHARED as shared } from '../test/shared.ts';

const quiet = process.argv.includes('--quiet');

async function evalText(txt: string, truthFile: string) {
  const doc = await readDocument(txt, await readFile(txt));
  const figures = flattenFigures(extract([doc]));
  return scoreFigures(parseTruth(await readFile(truthFile, 'utf8')), figures);
}

async function main() {
  const dir = join(shared, 'corpus', 'text');
  const ids = (await readdir(dir)).filter((f) => /^\d+\.txt$/.test(f)).map((f) => f.slice(0, -4)).sort();
  const cases = [
    { id: 'seed', txt: join(shared, 'seed', '000_5eccc108b9c624cd.txt'), truth: join(shared, 'seed', '000_5eccc108b9c624cd.figures.tsv') },
    ...ids.map((id) => ({ id, txt: join(dir, `${id}.txt`), truth: join(dir, `${id}.figures.tsv`) })),
  ];
  let total = 0;
  let exact = 0;
  const byGroup: Record<string, [number, number]> = {};
  for (const c of cases) {
    if (!existsSync(c.truth)) continue;
    const s = await evalText(c.txt, c.truth);
    total += s.total;
    exact += s.exact;
    const kind = s.misses.length + s.exact > 0 ? group(c.id) : 'other';
    byGroup[kind] = [(byGroup[kind]?.[0] ?? 0) + s.exact, (byGroup[kind]?.[1] ?? 0) + s.total];
    console.log(`${c.id.padEnd(5)} ${pct(s.exact, s.total).padStart(7)}  ${s.exact}/${s.total}`);
    if (!quiet) for (const m of s.misses) console.log(`      miss ${m.key}: expected ${m.expected}, got ${m.actual ?? '(none)'}`);
  }
  console.log('');
  for (const [g, [e, t]] of Object.entries(byGroup)) console.log(`${g.padEnd(22)} ${pct(e, t).padStart(7)}  ${e}/${t}`);
  console.log(`figures exact (text corpus + seed): ${pct(exact, total)} (${exact}/${total})`);
  const checkEval = resolve('scripts/eval-check.ts');
  if (existsSync(checkEval)) await import(checkEval);
}

const GROUPS: Record<string, string> = { seed: '重庆 预算 (seed)' };
function group(id: string): string {
  if (GROUPS[id]) return GROUPS[id];
  const n = Number(id);
  if (n <= 8) return '上海 预算';
  if (n <= 11) return '上海 决算';
  return '江苏 预算';
}

const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : '-');

await main();
