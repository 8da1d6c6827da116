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
  round,
  scaleOf,
  toScaled,
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

/** d as an integer count of 10^-scale units (scale ≥ the number's own scale). */
function unitsAt(d: Decimal, scale: number): bigint {
  const t = toScaled(d);
  return t.units * 10n ** BigInt(scale - t.scale);
}

/** a / b rounded half away from zero. */
function roundDiv(a: bigint, b: bigint): bigint {
  const neg = a < 0n !== b < 0n;
  const [x, y] = [a < 0n ? -a : a, b < 0n ? -b : b];
  const q = (2n * x + y) / (2n * y);
  return neg ? -q : q;
}

const babs = (x: bigint) => (x < 0n ? -x : x);

/**
 * A stated percentage against numerator / denominator × 100, where both are stated (rounded) figures: the
 * percentage is consistent when its own interval meets the range the numerator and denominator intervals allow.
 * Returns null when the denominator may be zero (no percentage can be stated on a zero base). All in bigint.
 */
export function comparePercent(stated: Decimal, numerator: Decimal, denominator: Decimal, numHalf?: Decimal, denHalf?: Decimal): Comparison | null {
  const s = scaleOf(stated);
  const hn = numHalf ?? moneyHalf(numerator);
  const hd = denHalf ?? moneyHalf(denominator);
  const S = Math.max(scaleOf(numerator), scaleOf(denominator), scaleOf(hn), scaleOf(hd));
  const N = unitsAt(numerator, S);
  const D = unitsAt(denominator, S);
  const HN = unitsAt(hn, S);
  const HD = unitsAt(hd, S);
  if (D - HD <= 0n !== D + HD <= 0n || D - HD === 0n || D + HD === 0n || D === 0n) return null;
  const F = s + 4; // fine scale of the percentage range
  const scaleF = 100n * 10n ** BigInt(F);
  const corners = [
    roundDiv((N - HN) * scaleF, D - HD),
    roundDiv((N - HN) * scaleF, D + HD),
    roundDiv((N + HN) * scaleF, D - HD),
    roundDiv((N + HN) * scaleF, D + HD),
  ];
  const lo = corners.reduce((a, b) => (b < a ? b : a));
  const hi = corners.reduce((a, b) => (b > a ? b : a));
  const exactF = roundDiv(N * scaleF, D);
  const P = unitsAt(stated, s);
  const PF = P * 10n ** 4n;
  const hp = 5n * 10n ** 3n; // half a unit of the stated digit, at scale F
  const rounded = roundDiv(N * 100n * 10n ** BigInt(s), D);
  let verdict: Verdict;
  if (PF + hp >= lo && PF - hp <= hi) verdict = rounded === P ? 'exact' : 'rounding';
  // a slip of the last digit: the recomputed percentage, rounded as stated, is one unit away
  else verdict = babs(rounded - P) <= 1n ? 'near' : 'far';
  const out = Math.max(s, 2);
  const spread = babs(hi - exactF) > babs(lo - exactF) ? babs(hi - exactF) : babs(lo - exactF);
  return {
    verdict,
    expected: fromScaled({ units: roundDiv(N * 100n * 10n ** BigInt(out), D), scale: out }),
    actual: stated,
    difference: fromScaled({ units: PF - exactF, scale: F }),
    tolerance: fromScaled({ units: hp + spread, scale: F }),
  };
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
