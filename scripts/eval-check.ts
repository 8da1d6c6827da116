/**
 * The checker on the corpus: precision of its error findings and recall of the known inconsistencies.
 * - Precision: every error finding is looked up in the reviewed list src/check/expected/NNN.json (rule + line, with
 *   a review beginning “real” or “REAL” (not “PARTLY” or “FALSE”)); an error finding not there counts as false until someone reviews it.
 * - Recall: every row of shared/corpus/INCONSISTENCIES.md is looked for among the findings of `yusuan check` on its
 *   document: on or near its line, by a rule whose category fits what the row says is wrong (src/check/coverage.ts).
 * Per document and overall. Run alone (`npx tsx scripts/eval-check.ts [--quiet]`) or from `npm run eval`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { readDocument } from '../src/read/index.ts';
import { extract } from '../src/extract/index.ts';
import { checkDisclosure, RULE_METAS } from '../src/check/index.ts';
import { findsRow, parseInconsistencies, resolveSameSentence } from '../src/check/coverage.ts';
import type { Finding } from '../src/model/index.ts';
import { SHARED as shared } from '../test/shared.ts';

const quiet = process.argv.includes('--quiet');
const category = new Map(RULE_METAS.map((m) => [m.id, m.category]));

interface Reviewed {
  errors: { rule: string; line: number; review: string }[];
}

/** Is an error finding one reviewed as real in src/check/expected/NNN.json? */
function reviewedReal(id: string, f: Finding): boolean {
  const file = resolve('src/check/expected', `${id}.json`);
  if (!existsSync(file)) return false;
  const { errors } = JSON.parse(readFileSync(file, 'utf8')) as Reviewed;
  return errors.some((e) => e.rule === f.rule && e.line === f.evidence[0]?.line && /^real/i.test(e.review));
}

type Pair = [number, number];
const pct = ([a, b]: Pair) => `${b ? ((100 * a) / b).toFixed(1) : '-'}% (${a}/${b})`;
const addTo = (p: Pair, hit: boolean) => ((p[0] += hit ? 1 : 0), (p[1] += 1));

export async function evalCheck() {
  const rows = resolveSameSentence(parseInconsistencies(await readFile(join(shared, 'corpus', 'INCONSISTENCIES.md'), 'utf8')));
  const dir = join(shared, 'corpus', 'text');
  const ids = (await readdir(dir))
    .filter((f) => /^\d{3}\.txt$/.test(f))
    .map((f) => f.slice(0, 3))
    .sort();
  const groups = { '001–099': (id: string) => id < '100', '101–136': (id: string) => id > '100' };
  const total = { precision: [0, 0] as Pair, error: [0, 0] as Pair, warning: [0, 0] as Pair };
  const byGroup = Object.fromEntries(Object.keys(groups).map((g) => [g, { precision: [0, 0] as Pair, error: [0, 0] as Pair, warning: [0, 0] as Pair }]));
  console.log('\nthe checker on the corpus: error findings reviewed as real (precision), INCONSISTENCIES.md rows found (recall)');
  for (const id of ids) {
    const file = join(dir, `${id}.txt`);
    const doc = await readDocument(file, await readFile(file));
    const findings = checkDisclosure(extract([doc]), [doc]);
    const doc_ = { precision: [0, 0] as Pair, error: [0, 0] as Pair, warning: [0, 0] as Pair };
    const lines: string[] = [];
    for (const f of findings.filter((x) => x.severity === 'error')) {
      const real = reviewedReal(id, f);
      addTo(doc_.precision, real);
      if (!real) lines.push(`    unreviewed error ${f.rule} line ${f.evidence[0]?.line ?? '?'}: ${f.message}`);
    }
    for (const row of rows.filter((r) => r.doc === id)) {
      const hit = findsRow(doc, row, findings, (r) => category.get(r));
      addTo(doc_[row.severity], !!hit);
      lines.push(
        `    ${hit ? 'found' : 'MISS '} ${row.severity.padEnd(7)} ${row.where}${hit ? `  ← ${hit.rule} (${hit.severity}${hit.severity === 'info' ? ': a note only' : ''})` : ''}`,
      );
    }
    const group = Object.entries(groups).find(([, inGroup]) => inGroup(id))![0];
    for (const k of ['precision', 'error', 'warning'] as const) {
      for (const into of [total[k], byGroup[group][k]]) {
        into[0] += doc_[k][0];
        into[1] += doc_[k][1];
      }
    }
    console.log(`  ${id}  precision ${pct(doc_.precision)}  errors found ${pct(doc_.error)}  warnings found ${pct(doc_.warning)}`);
    if (!quiet) for (const l of lines) console.log(l);
  }
  for (const [g, t] of Object.entries(byGroup))
    console.log(`documents ${g}: precision ${pct(t.precision)}; inconsistencies found: errors ${pct(t.error)}, warnings ${pct(t.warning)}`);
  console.log(`all documents: precision ${pct(total.precision)}; inconsistencies found: errors ${pct(total.error)}, warnings ${pct(total.warning)}`);
  return total;
}

await evalCheck();
