// Synthetic disclosures in layouts the corpus lacks (a 重庆-style 决算, a 北京-style 预算), written for these
// tests, with their figures checked by hand: the extractor must not depend on the corpus's own templates.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseTruth, scoreFigures } from '../src/eval/figures.ts';
import { figuresOfFile } from './helpers.ts';

const dir = 'test/fixtures';
for (const file of (await readdir(dir)).filter((f) => f.endsWith('.txt'))) {
  test(`fixture ${file} reads to its hand-checked figures`, async () => {
    const truth = parseTruth(await readFile(join(dir, file.replace(/\.txt$/, '.figures.tsv')), 'utf8'));
    const score = scoreFigures(truth, await figuresOfFile(join(dir, file)));
    assert.deepEqual(score.misses, []);
  });
}
