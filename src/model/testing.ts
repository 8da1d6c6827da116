/** Test helpers: models built in memory (no document, no shared data), to be filled in by a test. */
import { DisclosureSchema, type Disclosure } from './disclosure.ts';
import type { Figure } from './figure.ts';

/** A disclosure with its identity only: every part present and empty, as the extractor starts it. */
export const emptyDisclosure = (kind: 'budget' | 'final' = 'budget', year = 2024): Disclosure =>
  DisclosureSchema.parse({ identity: { kind, year, unit: '测试局', evidence: [] }, sources: [] });

/** A stated figure in 万元 with one line of t.txt as its evidence. */
export const statedFigure = (value: string, line: number, extra: Partial<Figure> = {}): Figure => ({
  value,
  unit: '万元',
  origin: 'narrative',
  evidence: [{ file: 't.txt', line, text: `line ${line}` }],
  ...extra,
});
