/**
 * Honest tolerance. A stated figure stands for the interval its last digit allows: "447.01" for 447.01 ± 0.005.
 * Money in 万元 printed with fewer than two decimals ("686万元", "57.8万元") is read as written to 0.01 万元, the
 * precision of the surrounding figures (trailing zeros dropped), so it stands for ± 0.005 too; a table value
 * converted from 元 keeps its finer precision. A sum of rounded terms is consistent when the intervals of the terms
 * and of the total overlap (XBRL Calculations 1.1). All arithmetic is exact (decimal.ts, bigint).
 */
import { fromScaled, round, scaleOf, toScaled, type Decimal } from '../model/decimal.ts';

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

/** Half a unit of the given decimal place (scale 2 → 0.005). */
export const halfAt = (scale: number): Decimal => fromScaled({ units: 5n, scale: scale + 1 });

/**
 * The amounts the document states in whole 万元 throughout their passage (Figure.wholeWan), for the run of the rules
 * over one document: such an amount stands for ± 0.5 万元. Set by the engine around one synchronous run.
 */
let wholeWan: ReadonlySet<Decimal> = new Set();

export function withWholeWan<T>(values: ReadonlySet<Decimal>, run: () => T): T {
  const before = wholeWan;
  wholeWan = values;
  try {
    return run();
  } finally {
    wholeWan = before;
  }
}

/** The decimals a stated amount is precise to: money to at least minScale, unless its passage gives whole 万元. */
function precisionOf(d: Decimal, minScale: number): number {
  const scale = parsed(d).scale;
  return scale === 0 && wholeWan.has(d) ? 0 : Math.max(scale, minScale);
}

/** Half a unit of the last digit, money read to at least 0.01 万元 (whole 万元 where the passage writes so). */
export function moneyHalf(d: Decimal, minScale = 2): Decimal {
  return halfAt(precisionOf(d, minScale));
}

/** Parsed decimals, kept: the same few hundred strings are compared by many rules. */
const PARSED = new Map<string, { units: bigint; scale: number }>();
function parsed(d: Decimal): { units: bigint; scale: number } {
  let p = PARSED.get(d);
  if (!p) {
    if (PARSED.size > 20000) PARSED.clear();
    p = toScaled(d);
    PARSED.set(d, p);
  }
  return p;
}
const POW10: bigint[] = Array.from({ length: 40 }, (_, i) => 10n ** BigInt(i));
const at = (d: Decimal, scale: number) => {
  const p = parsed(d);
  return p.units * POW10[scale - p.scale];
};

/** Is `actual` (a stated total) consistent with the sum of the stated `parts`? Exact, in bigint. */
export function compareSum(actual: Decimal, parts: Decimal[], minScale = 2): Comparison {
  const scales = [actual, ...parts].map((d) => parsed(d).scale);
  const precisions = [actual, ...parts].map((d) => precisionOf(d, minScale));
  let partScale = 0;
  let partPrecision = 0;
  let S = scales[0];
  for (let i = 1; i < scales.length; i++) {
    partScale = Math.max(partScale, scales[i]);
    partPrecision = Math.max(partPrecision, precisions[i]);
    S = Math.max(S, scales[i]);
  }
  const halfScale = Math.max(...precisions) + 1;
  S = Math.max(S, halfScale);
  const A = at(actual, S);
  let sum = 0n;
  for (const p of parts) sum += at(p, S);
  let tol = 0n;
  for (const pr of precisions) tol += 5n * POW10[S - pr - 1];
  const diff = A - sum;
  // a total stated more coarsely than its parts (万元 text, 元 table) is exact when it is their sum rounded
  const coarse = Math.min(precisions[0], Math.max(partPrecision, minScale));
  let verdict: Verdict;
  if (diff === 0n || roundDiv(A, POW10[S - coarse]) === roundDiv(sum, POW10[S - coarse])) verdict = 'exact';
  else if (babs(diff) <= tol) verdict = 'rounding';
  else verdict = 'far';
  const outScale = Math.max(scales[0], partScale);
  return {
    verdict,
    expected: fromScaled({ units: sum / POW10[S - partScale], scale: partScale }),
    actual,
    difference: fromScaled({ units: diff / POW10[S - outScale], scale: outScale }),
    tolerance: fromScaled({ units: tol / POW10[S - halfScale], scale: halfScale }),
  };
}

/** Two statements of one figure: equal within the rounding of both? */
export function compareEqual(actual: Decimal, expected: Decimal, minScale = 2): Comparison {
  return compareSum(actual, [expected], minScale);
}

/** d as an integer count of 10^-scale units (scale ≥ the number's own scale). */
function unitsAt(d: Decimal, scale: number): bigint {
  return at(d, scale);
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

/**
 * A stated change percentage against two stated amounts, (now − before) ÷ before × 100, each amount ± its half: the
 * range the percentage may take is bounded by the corners (now ± h) ÷ (before ∓ h), exactly (both amounts vary
 * together, unlike a change and a base stated apart). Beyond the range by at most one unit of the stated last digit
 * is 'near'. Null when before may be zero or below.
 */
export function compareChangePercent(stated: Decimal, now: Decimal, before: Decimal, nowHalf: Decimal, beforeHalf: Decimal): Comparison | null {
  const s = scaleOf(stated);
  const S = Math.max(scaleOf(now), scaleOf(before), scaleOf(nowHalf), scaleOf(beforeHalf));
  const [A, B, HA, HB] = [now, before, nowHalf, beforeHalf].map((d) => unitsAt(d, S));
  if (B - HB <= 0n) return null;
  const F = s + 4;
  const scaleF = 100n * 10n ** BigInt(F);
  const ratio = (a: bigint, b: bigint) => roundDiv((a - b) * scaleF, b);
  const corners = [ratio(A - HA, B + HB), ratio(A - HA, B - HB), ratio(A + HA, B + HB), ratio(A + HA, B - HB)];
  const lo = corners.reduce((a, b) => (b < a ? b : a));
  const hi = corners.reduce((a, b) => (b > a ? b : a));
  const exactF = ratio(A, B);
  const PF = unitsAt(stated, s) * 10n ** 4n;
  const hp = 5n * 10n ** 3n; // half a unit of the stated digit, at scale F
  const outside = PF + hp < lo ? lo - (PF + hp) : PF - hp > hi ? PF - hp - hi : 0n;
  const rounded = roundDiv((A - B) * 100n * 10n ** BigInt(s), B);
  const verdict: Verdict = outside === 0n ? (rounded === unitsAt(stated, s) ? 'exact' : 'rounding') : outside <= 10n ** 4n ? 'near' : 'far';
  const out = Math.max(s, 2);
  return {
    verdict,
    expected: fromScaled({ units: roundDiv((A - B) * 100n * 10n ** BigInt(out), B), scale: out }),
    actual: stated,
    difference: fromScaled({ units: PF - exactF, scale: F }),
    tolerance: fromScaled({ units: hp + (babs(hi - exactF) > babs(lo - exactF) ? babs(hi - exactF) : babs(lo - exactF)), scale: F }),
  };
}
