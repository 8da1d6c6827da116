/**
 * Honest tolerance. A stated figure stands for the interval its last digit allows: "447.01" for 447.01 ± 0.005.
 * Money in 万元 printed with fewer than two decimals ("686万元", "57.8万元") is read as written to 0.01 万元, the
 * precision of the surrounding figures (trailing zeros dropped), so it stands for ± 0.005 too; a table value
 * converted from 元 keeps its finer precision. A sum of rounded terms is consistent when the intervals of the terms
 * and of the total overlap (XBRL Calculations 1.1). All arithmetic is exact (decimal.ts, bigint).
 */
import {
  abs,
  add,
  compare,
  equal,
  fromScaled,
  percent,
  round,
  scaleOf,
  sign,
  sub,
  type Decimal,
} from '../model/decimal.ts';

/** How far a stated figure is from what the other figures imply. */
export type Verdict =
  /** the figures agree exactly (after rounding to the stated precision) */
  | 'exact'
  /** they differ, but within what rounding of the stated figures explains */
  | 'rounding'
  /** beyond rounding, by at most one unit of the last stated digit (truncation, a slip of the last digit) */
  | 'near'
  /** clearly wrong */
  | 'far';

export interface Comparison {
  verdict: Verdict;
  expected: Decimal;
  actual: Decimal;
  difference: Decimal;
  tolerance: Decimal;
}

const unitAt = (scale: number): Decimal => fromScaled({ units: 1n, scale });
const halfAt = (scale: number): Decimal => fromScaled({ units: 5n, scale: scale + 1 });

/** Half a unit of the last digit, money read to at least 0.01 万元. */
export function moneyHalf(d: Decimal, minScale = 2): Decimal {
  return halfAt(Math.max(scaleOf(d), minScale));
}

/** Is `actual` (a stated total) consistent with the sum of the stated `parts`? */
export function compareSum(actual: Decimal, parts: Decimal[], minScale = 2): Comparison {
  const expected = add(...parts);
  const difference = sub(actual, expected);
  const tolerance = add(moneyHalf(actual, minScale), ...parts.map((p) => moneyHalf(p, minScale)));
  let verdict: Verdict;
  // a total stated more coarsely than its parts (万元 text, 元 table) is exact when it is their sum rounded
  const coarse = Math.max(minScale, Math.min(scaleOf(actual), scaleOf(expected)));
  if (equal(difference, '0') || equal(round(actual, coarse), round(expected, coarse))) verdict = 'exact';
  else if (compare(abs(difference), tolerance) <= 0) verdict = 'rounding';
  else verdict = 'far';
  return { verdict, expected, actual, difference, tolerance };
}

/** Two statements of one figure: equal within the rounding of both? */
export function compareEqual(actual: Decimal, expected: Decimal, minScale = 2): Comparison {
  return compareSum(actual, [expected], minScale);
}

/**
 * A stated percentage against numerator / denominator × 100, where both are stated (rounded) figures.
 * Returns null when the denominator may be zero (no percentage can be stated on a zero base).
 */
export function comparePercent(stated: Decimal, numerator: Decimal, denominator: Decimal, numHalf?: Decimal, denHalf?: Decimal): Comparison | null {
  const s = scaleOf(stated);
  const hn = numHalf ?? moneyHalf(numerator);
  const hd = denHalf ?? moneyHalf(denominator);
  const dLo = sub(denominator, hd);
  const dHi = add(denominator, hd);
  if (sign(dLo) !== sign(dHi) || sign(dLo) === 0) return null;
  const fine = s + 4;
  const exact = percent(numerator, denominator, fine);
  if (exact === null) return null;
  const corners: Decimal[] = [];
  for (const n of [sub(numerator, hn), add(numerator, hn)])
    for (const d of [dLo, dHi]) {
      const p = percent(n, d, fine);
      if (p !== null) corners.push(p);
    }
  corners.sort(compare);
  const lo = corners[0];
  const hi = corners[corners.length - 1];
  const hp = halfAt(s);
  const difference = sub(stated, exact);
  const tolerance = add(hp, abs(sub(hi, exact)) > abs(sub(lo, exact)) ? abs(sub(hi, exact)) : abs(sub(lo, exact)));
  let verdict: Verdict;
  if (compare(add(stated, hp), lo) >= 0 && compare(sub(stated, hp), hi) <= 0) {
    verdict = equal(round(exact, s), stated) ? 'exact' : 'rounding';
  } else {
    // a slip of the last digit: the recomputed percentage, rounded as stated, is one unit away
    verdict = compare(abs(sub(round(exact, s), stated)), unitAt(s)) <= 0 ? 'near' : 'far';
  }
  return { verdict, expected: round(exact, Math.max(s, 2)), actual: stated, difference: round(difference, Math.max(s, 2) + 2), tolerance: round(tolerance, Math.max(s, 2) + 2) };
}

/** The severity a verdict deserves: beyond rounding is an error, a last-digit slip a warning, rounding info. */
export function severityOf(v: Verdict): 'error' | 'warning' | 'info' | null {
  return v === 'far' ? 'error' : v === 'near' ? 'warning' : v === 'rounding' ? 'info' : null;
}

/** "447.01" → "447.01", "-2544.5" → "-2544.50": money for messages, at least two decimals. */
export function money(d: Decimal): string {
  return scaleOf(d) >= 2 ? d : round(d, 2);
}

export function figuresOf(c: Comparison) {
  return { expected: c.expected, actual: c.actual, difference: c.difference, tolerance: c.tolerance };
}
