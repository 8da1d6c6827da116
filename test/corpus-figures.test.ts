// Issue: over every shared/corpus/text/NNN.figures.tsv, at least 95 % of all figures exact, with both 预算 and
// 决算 documents and both regions.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseTruth, scoreFigures } from '../src/eval/figures.ts';
import { figuresOfFile } from './helpers.ts';
import { SHARED, SEED, corpusFigures, corpusText } from './shared.ts';

const index = JSON.parse(await readFile(join(SHARED, 'corpus', 'index.json'), 'utf8')) as { id: string; kind: string; region: string }[];
const ids = (await readdir(join(SHARED, 'corpus', 'text'))).filter((f) => /^\d+\.figures\.tsv$/.test(f)).map((f) => f.split('.')[0]);

test('the corpus texts read to ≥ 95 % of their hand-checked figures, in every kind and region', async () => {
  const groups = new Map<string, { exact: number; total: number }>();
  let exact = 0;
  let total = 0;
  for (const id of ids) {
    const meta = index.find((d) => d.id === id);
    assert.ok(meta, `index.json lists ${id}`);
    const score = scoreFigures(parseTruth(await readFile(corpusFigures(id), 'utf8')), await figuresOfFile(corpusText(id)));
    const group = `${meta.kind} ${meta.region.slice(0, 2)}`;
    const g = groups.get(group) ?? { exact: 0, total: 0 };
    g.exact += score.exact;
    g.total += score.total;
    groups.set(group, g);
    exact += score.exact;
    total += score.total;
  }
  assert.ok(total > 1000, 'the corpus has its figures');
  assert.ok(exact / total >= 0.95, `overall ${exact}/${total}`);
  assert.ok([...groups.keys()].some((g) => g.startsWith('final')) && [...groups.keys()].some((g) => g.startsWith('budget')));
  for (const [g, s] of groups) assert.ok(s.exact / s.total >= 0.9, `${g}: ${s.exact}/${s.total}`);
});

test('every model yusuan parse prints for the corpus and the seed is valid against its own schema', async () => {
  const { DisclosureSchema } = await import('../src/model/index.ts');
  const { readDocument } = await import('../src/read/index.ts');
  const { extract } = await import('../src/extract/index.ts');
  const files = [SEED, ...ids.map(corpusText)];
  for (const file of files) {
    const model = JSON.parse(JSON.stringify(extract([await readDocument(file, await readFile(file))])));
    const parsed = DisclosureSchema.safeParse(model);
    assert.ok(parsed.success, `${file}: ${parsed.success ? '' : parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
});
