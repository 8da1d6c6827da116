/**
 * Where the shared data is (`../shared` beside the repository, or YUSUAN_SHARED): the seed, the corpus, the spec
 * and the research tables. It is read, never copied into the repository. Every test, script and benchmark that needs
 * it takes its paths from here, so YUSUAN_SHARED is honoured everywhere and a missing folder is said once.
 *
 * A test file that imports this module (directly or through check/testing.ts or test/helpers.ts) is in the corpus
 * tier: `npm run test:unit` leaves it out, and `npm test` leaves it out with one message when the folder is missing
 * (scripts/run-tests.mjs). Run alone without the folder, it stops at import with the same message.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const SHARED = resolve(process.env.YUSUAN_SHARED || '../shared');

/** The one message for a missing shared folder. */
export const MISSING_SHARED = `the shared data folder ${SHARED} is missing (clone it beside the repository as ../shared, or set YUSUAN_SHARED)`;

if (!existsSync(join(SHARED, 'corpus'))) throw new Error(MISSING_SHARED);

/** A path inside the shared folder: sharedPath('corpus', 'text', '001.txt'). */
export const sharedPath = (...parts: string[]) => join(SHARED, ...parts);

export const SEED = sharedPath('seed', '000_5eccc108b9c624cd.txt');
export const SEED_FIGURES = sharedPath('seed', '000_5eccc108b9c624cd.figures.tsv');
export const CORPUS = sharedPath('corpus');
export const CORPUS_TEXT = sharedPath('corpus', 'text');
export const CORPUS_ORIGINAL = sharedPath('corpus', 'original');
export const corpusText = (id: string) => join(CORPUS_TEXT, `${id}.txt`);
export const corpusFigures = (id: string) => join(CORPUS_TEXT, `${id}.figures.tsv`);
