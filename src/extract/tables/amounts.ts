/** Amount cells: "371,514,655.00", "-2,544.5", "0", "—" (nil) → exact decimals; units 元/万元 → 万元. */
import type { Decimal } from '../../model/decimal.ts';

export type TableUnit = '元' | '万元';

const AMOUNT = /^[-−]?\d{1,3}(?:[,，]\d{3})+(?:\.\d+)?%?$|^[-−]?\d+(?:\.\d+)?%?$/;
const NIL = /^[-—–－]+$|^[/／]$/;

/** True for a cell that holds an amount (or a dash standing for nothing). */
/** Full-width digits and separators (１２３，４５６．７８) as ASCII. */
export function asciiDigits(s: string): string {
  return /[\uff0c-\uff19]/.test(s) ? s.replace(/[\uff0c-\uff19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)) : s;
}

export function isAmountCell(s: string): boolean {
  const t = asciiDigits(s.trim());
  return AMOUNT.test(t) || NIL.test(t);
}

/** A numeric cell as a Decimal in the table's unit; null for a dash. */
export function parseAmount(s: string): Decimal | null {
  const t = asciiDigits(s.trim()).replace(/[,，]/g, '').replace('−', '-').replace(/%$/, '');
  if (NIL.test(s.trim())) return null;
  if (!/^-?\d+(\.\d+)?$/.test(t)) return null;
  const neg = t.startsWith('-');
  const body = (neg ? t.slice(1) : t).replace(/^0+(?=\d)/, '');
  return neg && /[1-9]/.test(body) ? `-${body}` : body;
}

/** A value in the table's unit converted exactly to 万元. */
/** A percentage cell (增减%): a ratio, never converted. */
export const isPercent = (s: string) => /%\s*$/.test(s);

export function toWan(d: Decimal, unit: TableUnit): Decimal {
  return unit === '元' ? shiftLeft4(d) : d;
}

/**
 * `shift(d, -4)` done on the digits: the same exact result ("371514655.00" → "37151.465500",
 * "-5" → "-0.0005"), without bigint arithmetic for every cell of a table printed in 元.
 */
export function shiftLeft4(d: Decimal): Decimal {
  const neg = d.startsWith('-');
  const body = neg ? d.slice(1) : d;
  const dot = body.indexOf('.');
  const int = dot < 0 ? body : body.slice(0, dot);
  const frac = dot < 0 ? '' : body.slice(dot + 1);
  const padded = int.padStart(5, '0');
  const head = padded.slice(0, -4).replace(/^0+(?=\d)/, '');
  const out = `${head}.${padded.slice(-4)}${frac}`;
  return neg && /[1-9]/.test(out) ? `-${out}` : out;
}

/** The unit a line states (单位：元 / 单位:万元 / 金额单位：万元), if any. */
export function unitOf(text: string): TableUnit | undefined {
  if (!text.includes('单位')) return undefined;
  const m = /单位\s*[:：]\s*(万\s*元|元)/.exec(text);
  return m ? (m[1].startsWith('万') ? '万元' : '元') : undefined;
}
