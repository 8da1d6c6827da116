/**
 * Amounts for search: a document is found by an amount however it is written — 37151.47, 37,151.47, 37151.47万元,
 * 371514700元 or 3.72亿 (which stands for 3.715–3.725 亿). Every number of a document is indexed as an integer
 * number of 元 (0.0001 万元; a bare number counts as 万元, the unit of the standard tables), and an amount query is the
 * range its stated precision allows. Exact: bigint arithmetic, never floating point.
 */

/** A number as written, with its unit: 37,151.47万元, 3.72亿, 3503499元, 447.01. */
export const NUMBER = /(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\s*(亿元|亿|万元|万|元)?(?![\d年月日%％个人辆次号])/g;

/** 元 in one unit of each. */
const SCALE: Record<string, bigint> = { 亿元: 100_000_000n, 亿: 100_000_000n, 万元: 10_000n, 万: 10_000n, 元: 1n, '': 10_000n };

/** value × scale as [lo, hi) in 元, for a number with `frac` decimals: ± half its last digit. */
function range(int: string, frac: string, unit: string): [bigint, bigint] {
  const digits = BigInt(int.replace(/,/g, '') + frac);
  const den = 10n ** BigInt(frac.length);
  const scale = SCALE[unit] ?? 10_000n;
  // [ (2·digits − 1)·scale / (2·den), (2·digits + 1)·scale / (2·den) ): the interval the written number stands for
  const ceil = (n: bigint) => (n + 2n * den - 1n) / (2n * den);
  const lo = ceil((2n * digits - 1n) * scale);
  return [lo < 0n ? 0n : lo, ceil((2n * digits + 1n) * scale)];
}

/** The 元 value of each number in a text (the value as written, rounded to whole 元), distinct; as numbers (exact below 2^53, far above any budget). */
export function amountsIn(text: string): number[] {
  const out = new Set<bigint>();
  for (const m of text.matchAll(NUMBER)) {
    const frac = m[2] ?? '';
    if (!frac && !m[3] && !m[1].includes(',') && m[1].length < 3) continue; // 1, 12: list numbers, not amounts
    const scale = SCALE[m[3] ?? ''];
    const den = 10n ** BigInt(frac.length);
    const v = (BigInt(m[1].replace(/,/g, '') + frac) * scale + den / 2n) / den;
    if (v <= BigInt(Number.MAX_SAFE_INTEGER)) out.add(v);
  }
  return [...out].map(Number);
}

/** The range of 元 an amount query stands for, or null when the term is not an amount (a plain 2024 is a word). */
export function amountQuery(term: string): { lo: bigint; hi: bigint } | null {
  const m = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(亿元|亿|万元|万|元)?$/.exec(term.replace(/[，]/g, ','));
  if (!m || (!m[2] && !m[3] && !m[1].includes(','))) return null;
  const [lo, hi] = range(m[1], m[2] ?? '', m[3] ?? '');
  return { lo, hi };
}

/** Whether a number as written in a text falls in a query's range (for highlighting). */
export function amountMatches(written: RegExpMatchArray, q: { lo: bigint; hi: bigint }): boolean {
  const frac = written[2] ?? '';
  const den = 10n ** BigInt(frac.length);
  const v = (BigInt(written[1].replace(/,/g, '') + frac) * SCALE[written[3] ?? ''] + den / 2n) / den;
  return v >= q.lo && v < q.hi;
}
