/**
 * Exact decimal arithmetic for money. A `Decimal` is a plain string such as "447.01" or "-2544.50"
 * (in 万元 unless said otherwise). The number of digits after the point is kept: it is the precision the
 * document stated, and the checker's tolerance comes from it. Arithmetic goes through bigint; never float.
 */
import type { Decimal } from './decimal-schema.ts';

export type { Decimal };

/** A decimal as an integer count of 10^-scale units. */
export interface Scaled {
  units: bigint;
  scale: number;
}

export function toScaled(d: Decimal): Scaled {
  const negative = d.startsWith('-');
  const body = negative ? d.slice(1) : d;
  const [int, frac = ''] = body.split('.');
  const units = BigInt(int + frac) * (negative ? -1n : 1n);
  return { units, scale: frac.length };
}

export function fromScaled({ units, scale }: Scaled): Decimal {
  const negative = units < 0n;
  let digits = (negative ? -units : units).toString().padStart(scale + 1, '0');
  if (scale > 0) digits = `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  return negative && /[1-9]/.test(digits) ? `-${digits}` : digits;
}

function rescale(s: Scaled, scale: number): bigint {
  return s.units * 10n ** BigInt(scale - s.scale);
}

/** Bring several decimals to their finest common scale. */
export function align(...ds: Decimal[]): { units: bigint[]; scale: number } {
  const scaled = ds.map(toScaled);
  const scale = Math.max(0, ...scaled.map((s) => s.scale));
  return { units: scaled.map((s) => rescale(s, scale)), scale };
}

export function add(...ds: Decimal[]): Decimal {
  if (ds.length === 0) return '0';
  const { units, scale } = align(...ds);
  return fromScaled({ units: units.reduce((a, b) => a + b, 0n), scale });
}

export function sub(a: Decimal, b: Decimal): Decimal {
  const { units, scale } = align(a, b);
  return fromScaled({ units: units[0] - units[1], scale });
}

export function neg(a: Decimal): Decimal {
  return a.startsWith('-') ? a.slice(1) : fromScaled({ ...toScaled(a), units: -toScaled(a).units });
}

export function abs(a: Decimal): Decimal {
  return a.startsWith('-') ? a.slice(1) : a;
}

/** Compare on the digits, without BigInt: rules compare thousands of figures per document. */
export function compare(a: Decimal, b: Decimal): -1 | 0 | 1 {
  const [sa, sb] = [signOf(a), signOf(b)];
  if (sa !== sb) return sa < sb ? -1 : 1;
  if (sa === 0) return 0;
  const m = compareMagnitude(sa < 0 ? a.slice(1) : a, sb < 0 ? b.slice(1) : b);
  return (sa < 0 ? -m : m) as -1 | 0 | 1;
}

/** -1, 0 or 1 for a decimal string (“-0.00” is 0). */
function signOf(d: Decimal): -1 | 0 | 1 {
  if (!/[1-9]/.test(d)) return 0;
  return d.startsWith('-') ? -1 : 1;
}

/** Compare two unsigned decimal strings by their digits. */
function compareMagnitude(a: string, b: string): -1 | 0 | 1 {
  const [ai, af = ''] = a.split('.');
  const [bi, bf = ''] = b.split('.');
  const [x, y] = [ai.replace(/^0+/, ''), bi.replace(/^0+/, '')];
  if (x.length !== y.length) return x.length < y.length ? -1 : 1;
  if (x !== y) return x < y ? -1 : 1;
  const n = Math.max(af.length, bf.length);
  const [p, q] = [af.padEnd(n, '0'), bf.padEnd(n, '0')];
  return p === q ? 0 : p < q ? -1 : 1;
}

export const equal = (a: Decimal, b: Decimal) => compare(a, b) === 0;
export const isZero = (a: Decimal) => toScaled(a).units === 0n;
export const sign = (a: Decimal): -1 | 0 | 1 => compare(a, '0');

/** Digits after the point: 2 for "447.01", 0 for "25". */
export const scaleOf = (a: Decimal) => toScaled(a).scale;

/** Multiply by 10^k (k may be negative): exact shift of the decimal point. 元 → 万元 is shift(x, -4). */
export function shift(a: Decimal, k: number): Decimal {
  const s = toScaled(a);
  if (k >= 0) return fromScaled({ units: s.units * 10n ** BigInt(k), scale: s.scale });
  return fromScaled({ units: s.units, scale: s.scale - k });
}

/** Round half away from zero to `scale` digits (the 四舍五入 of accounting). */
export function round(a: Decimal, scale: number): Decimal {
  const s = toScaled(a);
  if (s.scale <= scale) return fromScaled({ units: rescale(s, scale), scale });
  const div = 10n ** BigInt(s.scale - scale);
  const negative = s.units < 0n;
  const m = negative ? -s.units : s.units;
  let q = m / div;
  if ((m % div) * 2n >= div) q += 1n;
  return fromScaled({ units: negative ? -q : q, scale });
}

/** a / b rounded to `scale` digits, exact (for percentages and shares). Returns null on a zero divisor. */
export function divide(a: Decimal, b: Decimal, scale: number): Decimal | null {
  const { units } = align(a, b);
  if (units[1] === 0n) return null;
  const extra = BigInt(scale + 1);
  const q = (units[0] * 10n ** extra) / units[1];
  return round(fromScaled({ units: q, scale: Number(extra) }), scale);
}

/** Percentage part/whole × 100, rounded to `scale` digits; null on a zero base. */
export function percent(part: Decimal, whole: Decimal, scale = 2): Decimal | null {
  return divide(shift(part, 2), whole, scale);
}

/** Drop trailing zeros after the point ("2544.50" → "2544.5"); for display keys, not for storage. */
export function trim(a: Decimal): Decimal {
  return a.includes('.') ? a.replace(/\.?0+$/, '') : a;
}

/** A decimal as a JS number, for JSON output and charts only; never for arithmetic. */
export function toNumber(a: Decimal): number {
  return Number(a);
}
