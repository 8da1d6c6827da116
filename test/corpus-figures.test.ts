// Issue 10: the corpus texts read to their hand-checked figures (shared/corpus/text/NNN.figures.tsv), held by a
// per-document floor: test/baseline/figures.json lists, for each document, the keys read exactly so far. A change
// may only raise it — a key once read exactly must stay exact, in every document, so no document can regress
// silently behind an overall percentage. UPDATE_BASELINE=1 rewrites the floor with today's exact keys (it refuses
// to drop a key). The documents the reader was first built on (001–025) and the seed stay at 100 %.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseTruth, scoreFigures } from '../src/eval/figures.ts';
import { figuresOfFile } from './helpers.ts';
import { SHARED, SEED, SEED_FIGURES, corpusFigures, corpusText } from './shared.ts';

const BASELINE = resolve('test/baseline/figures.json');
const UPDATE = process.env.UPDATE_BASELINE === '1';
const ids = (await readdir(join(SHARED, 'corpus', 'text')))
  .filter((f) => /^\d+\.figures\.tsv$/.test(f))
  .map((f) => f.split('.')[0])
  .sort();

async function exactKeys(txt: string, tsv: string): Promise<{ exact: string[]; total: number; misses: string[] }> {
  const truth = parseTruth(await readFile(tsv, 'utf8'));
  const score = scoreFigures(truth, await figuresOfFile(txt));
  const missed = new Set(score.misses.map((m) => m.key));
  return {
    exact: [...truth.keys()].filter((k) => !missed.has(k)).sort(),
    total: score.total,
    misses: score.misses.map((m) => `${m.key}: expected ${m.expected}, got ${m.actual ?? '(none)'}`),
  };
}

test('every corpus document reads at least the figures of its baseline (a per-document floor that only rises)', async () => {
  const floor: Record<string, string[]> = existsSync(BASELINE) ? JSON.parse(readFileSync(BASELINE, 'utf8')) : {};
  const now: Record<string, string[]> = {};
  const regressions: string[] = [];
  for (const id of ids) {
    const { exact } = await exactKeys(corpusText(id), corpusFigures(id));
    now[id] = exact;
    for (const key of floor[id] ?? []) if (!exact.includes(key)) regressions.push(`${id} ${key}`);
  }
  if (UPDATE) {
    assert.deepEqual(regressions, [], 'UPDATE_BASELINE refuses to lower the floor');
    writeFileSync(BASELINE, JSON.stringify(now, null, 1) + '\n');
  }
  assert.ok(Object.keys(floor).length >= ids.length || UPDATE, 'test/baseline/figures.json lists every corpus document');
  assert.deepEqual(regressions, [], 'figures read exactly before and no longer');
});

test('the seed and documents 001–025 read to 100 % of their hand-checked figures', async () => {
  const misses: string[] = [];
  const cases = [
    { id: 'seed', txt: SEED, tsv: SEED_FIGURES },
    ...ids.filter((id) => Number(id) <= 25).map((id) => ({ id, txt: corpusText(id), tsv: corpusFigures(id) })),
  ];
  for (const c of cases) misses.push(...(await exactKeys(c.txt, c.tsv)).misses.map((m) => `${c.id} ${m}`));
  assert.ok(cases.length > 20);
  assert.deepEqual(misses, []);
});

test('every model yusuan parse prints for the corpus and the seed is valid against its own schema', async () => {
  const { DisclosureSchema } = await import('../src/model/schemas.ts');
  const { readDocument } = await import('../src/read/index.ts');
  const { extract } = await import('../src/extract/index.ts');
  const files = [SEED, ...ids.map(corpusText)];
  for (const file of files) {
    const model = JSON.parse(JSON.stringify(extract([await readDocument(file, await readFile(file))])));
    const parsed = DisclosureSchema.safeParse(model);
    assert.ok(
      parsed.success,
      `${file}: ${
        parsed.success
          ? ''
          : parsed.error.issues
              .slice(0, 3)
              .map((i) => `${i.path.join('.')}: ${i.message}`)
              .join('; ')
      }`,
    );
  }
});
