/**
 * The checker's share of the known inconsistencies of the corpus (shared/corpus/INCONSISTENCIES.md): every row is
 * looked for among the findings of `yusuan check` on its document. Run alone (`npx tsx scripts/eval-check.ts
 * [--quiet]`) or from `npm run eval`.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readDocument } from '../src/read/index.ts';
import { extract } from '../src/extract/index.ts';
import { checkDisclosure } from '../src/check/index.ts';
import { findsRow, parseInconsistencies } from '../src/check/coverage.ts';
import { SHARED as shared } from '../test/shared.ts';

const quiet = process.argv.includes('--quiet');

export async function evalCheck() {
  const rows = parseInconsistencies(await readFile(join(shared, 'corpus', 'INCONSISTENCIES.md'), 'utf8'));
  const tally = { error: [0, 0], warning: [0, 0] } as Record<'error' | 'warning', [number, number]>;
  const byDoc = new Map<string, Awaited<ReturnType<typeof checkDoc>>>();
  async function checkDoc(id: string) {
    const file = join(shared, 'corpus', 'text', `${id}.txt`);
    const doc = await readDocument(file, await readFile(file));
    return { doc, findings: checkDisclosure(extract([doc]), [doc]) };
  }
  console.log('\nknown inconsistencies found by `yusuan check` (INCONSISTENCIES.md):');
  for (const row of rows) {
    if (!byDoc.has(row.doc)) byDoc.set(row.doc, await checkDoc(row.doc));
    const { doc, findings } = byDoc.get(row.doc)!;
    const hit = findsRow(doc, row, findings);
    tally[row.severity][1]++;
    if (hit) tally[row.severity][0]++;
    if (!quiet) console.log(`  ${hit ? 'found' : 'MISS '} ${row.doc} ${row.severity.padEnd(7)} ${row.where}${hit ? `  ← ${hit.rule} (${hit.severity})` : ''}`);
  }
  const pct = ([a, b]: [number, number]) => `${b ? ((100 * a) / b).toFixed(1) : '-'}% (${a}/${b})`;
  const all: [number, number] = [tally.error[0] + tally.warning[0], tally.error[1] + tally.warning[1]];
  console.log(`inconsistencies found: errors ${pct(tally.error)}, warnings ${pct(tally.warning)}, all ${pct(all)}`);
  return tally;
}

await evalCheck();
