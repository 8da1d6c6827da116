/** Display helpers for money and percentages; arithmetic stays exact (src/model/decimal.ts). */
import { percent, round, sign, sub, type Decimal } from '../model/index.ts';

/** 12345.6 → "12,345.60" (万元, two decimals), exact. */
export function fmtMoney(d: Decimal | null | undefined, digits = 2): string {
  if (d === null || d === undefined || d === '') return '—';
  if (!/^-?\d+(\.\d+)?$/.test(d)) return d;
  const r = round(d, digits);
  const neg = r.startsWith('-');
  const [i, f] = (neg ? r.slice(1) : r).split('.');
  return `${neg ? '−' : ''}${i.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${f !== undefined ? '.' + f : ''}`;
}

export function fmtChange(a: Decimal | undefined, b: Decimal | undefined): { diff: string; pct: string; dir: 'up' | 'down' | 'flat' | 'none' } {
  if (a === undefined || b === undefined) return { diff: '—', pct: '—', dir: 'none' };
  const diff = sub(b, a);
  const p = percent(diff, a, 1);
  const s = sign(diff);
  return {
    diff: (s > 0 ? '+' : '') + fmtMoney(diff),
    pct: p === null ? '—' : `${s > 0 ? '+' : ''}${p.startsWith('-') ? '−' + p.slice(1) : p}%`,
    dir: s > 0 ? 'up' : s < 0 ? 'down' : 'flat',
  };
}

export function share(part: Decimal | undefined, whole: Decimal | undefined): string {
  if (part === undefined || whole === undefined) return '—';
  const p = percent(part, whole, 1);
  return p === null ? '—' : `${p}%`;
}

export const KIND_LABEL: Record<string, string> = { budget: '部门预算', final: '部门决算' };
export const SEVERITY_LABEL: Record<string, string> = { error: '错误', warning: '警告', info: '提示' };

/**
 * An amount as a message states it, for reading: thousands grouped, zeros past the second decimal dropped
 * (447.010000 → 447.01); digits that carry value are kept (15436.9326 stays, a rounding note needs them).
 */
export function fmtAmount(d: string): string {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(d);
  if (!m) return d;
  const frac = (m[3] ?? '').replace(/0+$/, '').padEnd(m[3] ? 2 : 0, '0');
  return `${m[1] ? '−' : ''}${m[2].replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${frac ? '.' + frac : ''}`;
}

/** Every amount in a finding's message written with fmtAmount (37151.470000万元 → 37,151.47万元). */
export const plainAmounts = (message: string) => message.replace(/-?\d+(?:\.\d+)?(?=\s*(?:万元|元|亿元))/g, (n) => fmtAmount(n));
