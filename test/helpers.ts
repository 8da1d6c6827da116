/** Test helpers: where the shared corpus is, and the pipeline from bytes to figures. */
import { readFile } from 'node:fs/promises';
import { resolve, join } from 'node:path';
import { readDocument } from '../src/read/index.ts';
import { extract } from '../src/extract/index.ts';
import { flattenFigures } from '../src/model/index.ts';

export const SHARED = resolve(process.env.YUSUAN_SHARED ?? '../shared');
export const SEED = join(SHARED, 'seed', '000_5eccc108b9c624cd.txt');
export const SEED_FIGURES = join(SHARED, 'seed', '000_5eccc108b9c624cd.figures.tsv');
export const corpusText = (id: string) => join(SHARED, 'corpus', 'text', `${id}.txt`);
export const corpusFigures = (id: string) => join(SHARED, 'corpus', 'text', `${id}.figures.tsv`);

/** Figures of a text given as a string (the file name only labels evidence). */
export async function figuresOfText(text: string, file = 'test.txt'): Promise<Record<string, string>> {
  return flattenFigures(extract([await readDocument(file, new TextEncoder().encode(text))]));
}

export async function figuresOfFile(file: string): Promise<Record<string, string>> {
  return flattenFigures(extract([await readDocument(file, await readFile(file))]));
}
