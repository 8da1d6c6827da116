/** Test helpers: the pipeline from bytes to figures (where the shared corpus is: ./shared.ts). */
import { readFile } from 'node:fs/promises';
import { readDocument } from '../src/read/index.ts';
import { extract } from '../src/extract/index.ts';
import { flattenFigures } from '../src/model/index.ts';

/** Figures of a text given as a string (the file name only labels evidence). */
export async function figuresOfText(text: string, file = 'test.txt'): Promise<Record<string, string>> {
  return flattenFigures(extract([await readDocument(file, new TextEncoder().encode(text))]));
}

export async function figuresOfFile(file: string): Promise<Record<string, string>> {
  return flattenFigures(extract([await readDocument(file, await readFile(file))]));
}
