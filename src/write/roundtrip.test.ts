// Issue 4, must show: the seed → extract → render (md, html, docx, pdf, xlsx) → read back → extract gives the
// seed's figures exactly, and exactly the figures of the model it was written from (nothing added, nothing lost).
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { readDocument } from '../read/index.ts';
import { extract } from '../extract/index.ts';
import { flattenFigures, type Disclosure } from '../model/index.ts';
import { closeRenderer, render, type Format } from './index.ts';
import { SEED, SEED_FIGURES } from '../../test/shared.ts';

async function model(file: string): Promise<Disclosure> {
  return extract([await readDocument(file, await readFile(file))]);
}

async function readBack(d: Disclosure, format: Format): Promise<Record<string, string>> {
  const bytes = await render(d, format);
  return flattenFigures(extract([await readDocument(`rendered.${format}`, bytes)]));
}

const truth = new Map(
  (await readFile(SEED_FIGURES, 'utf8'))
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => l.split('\t') as [string, string]),
);
const seed = await model(SEED);

after(() => closeRenderer());

for (const format of ['md', 'html', 'docx', 'pdf', 'xlsx'] as const) {
  test(`seed → ${format} → figures: the seed's figures exactly, and no others`, async () => {
    const got = await readBack(seed, format);
    const wrong = [...truth].filter(([k, v]) => got[k] !== v).map(([k, v]) => `${k}: want ${v}, got ${got[k]}`);
    assert.deepEqual(wrong, [], `figures read back from the ${format}`);
    assert.deepEqual(got, flattenFigures(seed), `the ${format} says what the model says`);
  });
}

// `yusuan check` of each output: no error, no template residue, and no warning the seed itself does not get.
test('check of each output: no error, no template residue, no warning the seed does not get', async () => {
  const { checkDisclosure } = await import('../check/index.ts');
  const seedDoc = await readDocument(SEED, await readFile(SEED));
  const seedRules = new Set(
    checkDisclosure(extract([seedDoc]), [seedDoc])
      .filter((f) => f.severity === 'warning')
      .map((f) => f.rule),
  );
  seedRules.delete('template-residue');
  for (const format of ['md', 'html', 'docx', 'pdf'] as const) {
    const doc = await readDocument(`rendered.${format}`, await render(seed, format));
    const findings = checkDisclosure(extract([doc]), [doc]);
    const bad = findings.filter((f) => f.severity === 'error' || (f.severity === 'warning' && !seedRules.has(f.rule)));
    assert.deepEqual(
      bad.map((f) => `${format}: ${f.rule} ${f.message}`),
      [],
    );
  }
});
