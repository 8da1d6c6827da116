/**
 * Scoring extracted figures against hand-checked truth files (`NNN.figures.tsv`): numbers match within half a unit
 * of 0.01 万元 (the truth files' convention, shared/spec/suffixes.md); text keys match exactly.
 */
import { abs, compare, sub, TEXT_KEYS } from '../model/index.ts';
import { DecimalSchema } from '../model/schemas.ts';

export interface Miss {
  key: string;
  expected: string;
  actual: string | undefined;
}

export interface Score {
  total: number;
  exact: number;
  misses: Miss[];
}

export function parseTruth(tsv: string): Map<string, string> {
  const truth = new Map<string, string>();
  for (const line of tsv.split('\n')) {
    const [key, value] = line.split('\t');
    if (key && value !== undefined && !key.startsWith('#')) truth.set(key.trim(), value.trim());
  }
  return truth;
}

const TOLERANCE = '0.005';

export function sameFigure(key: string, expected: string, actual: string | undefined): boolean {
  if (actual === undefined) return false;
  if (TEXT_KEYS.has(key) || !DecimalSchema.safeParse(expected).success || !DecimalSchema.safeParse(actual).success) {
    return expected === actual;
  }
  return compare(abs(sub(expected, actual)), TOLERANCE) <= 0;
}

export function scoreFigures(truth: Map<string, string>, actual: Record<string, string>): Score {
  const misses: Miss[] = [];
  for (const [key, expected] of truth) {
    if (!sameFigure(key, expected, actual[key])) misses.push({ key, expected, actual: actual[key] });
  }
  return { total: truth.size, exact: truth.size - misses.length, misses };
}
