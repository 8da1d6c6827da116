/**
 * `npm run eval`: how well yusuan reads the shared corpus. For every `../shared/corpus/text/NNN.txt` (and the seed):
 * the share of hand-checked figures read exactly, and every miss with the line of the document it stands on; then
 * the share by region (province, from corpus/index.json) and kind, the documents below 90 %, and the checker's
 * share of the known inconsistencies (scripts/eval-check.ts). doc.unit counts as a figure where the truth file
 * gives it, and where it does not (the document names no unit) a unit read all the same is a miss.
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
  const truth = parseTruth(await readFile(truthFile, 'utf8'));
  const score = scoreFigures(truth, figures);
  if (!truth.has('doc.unit') && figures['doc.unit'] !== undefined) {
    score.total++;
    score.misses.push({ key: 'doc.unit', expected: '(none: the document names no unit)', actual: figures['doc.unit'] });
  }
  return score;
}

interface IndexEntry {
  id: string;
  region: string;
  kind: string;
}
const index: IndexEntry[] = JSON.parse(await readFile(join(shared, 'corpus', 'index.json'), 'utf8'));

async function main() {
  const dir = join(shared, 'corpus', 'text');
  const ids = (await readdir(dir))
    .filter((f) => /^\d+\.txt$/.test(f))
    .map((f) => f.slice(0, -4))
    .sort();
  const cases = [
    { id: 'seed', txt: join(shared, 'seed', '000_5eccc108b9c624cd.txt'), truth: join(shared, 'seed', '000_5eccc108b9c624cd.figures.tsv') },
    ...ids.map((id) => ({ id, txt: join(dir, `${id}.txt`), truth: join(dir, `${id}.figures.tsv`) })),
  ];
  let total = 0;
  let exact = 0;
  const byGroup: Record<string, [number, number]> = {};
  const low: string[] = [];
  for (const c of cases) {
    if (!existsSync(c.truth)) continue;
    const s = await evalText(c.txt, c.truth);
    total += s.total;
    exact += s.exact;
    const g = group(c.id);
    byGroup[g] = [(byGroup[g]?.[0] ?? 0) + s.exact, (byGroup[g]?.[1] ?? 0) + s.total];
    if (s.total && s.exact / s.total < 0.9) low.push(`${c.id} ${pct(s.exact, s.total)}`);
    console.log(`${c.id.padEnd(5)} ${pct(s.exact, s.total).padStart(7)}  ${s.exact}/${s.total}  ${g}`);
    if (!quiet) for (const m of s.misses) console.log(`      miss ${m.key}: expected ${m.expected}, got ${m.actual ?? '(none)'}`);
  }
  console.log('');
  for (const [g, [e, t]] of Object.entries(byGroup).sort()) console.log(`${g.padEnd(22)} ${pct(e, t).padStart(7)}  ${e}/${t}`);
  console.log(`documents below 90 %: ${low.length ? low.join(', ') : 'none'}`);
  console.log(`figures exact (text corpus + seed): ${pct(exact, total)} (${exact}/${total})`);
  const checkEval = resolve('scripts/eval-check.ts');
  if (existsSync(checkEval)) await import(checkEval);
}

const KIND: Record<string, string> = { budget: '预算', final: '决算' };
/** The province and kind of a document, as corpus/index.json records them (the seed is 重庆's 2024 预算). */
function group(id: string): string {
  if (id === 'seed') return '重庆 预算 (seed)';
  const e = index.find((d) => d.id === id);
  if (!e) return 'unknown';
  const province = /^(.{2,3}?(省|市|自治区)|内蒙古|广西|西藏|宁夏|新疆)/.exec(e.region)?.[1] ?? e.region.slice(0, 2);
  return `${province} ${KIND[e.kind] ?? e.kind}`;
}

const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : '-');

await main();
