/**
 * The roster of what must be published (公开台账): rows of unit, region, year, kind and the date the budget or final
 * accounts were approved (批复日期), from a CSV or XLSX table. Pure: cells in, checked rows or one message per bad
 * row out. The deadline is the approval date + 20 days (预算法 第十四条).
 */
import { z } from 'zod';

export const DEADLINE_DAYS = 20;

export interface RosterRow {
  unit: string;
  region: string;
  year: number;
  kind: 'budget' | 'final';
  /** YYYY-MM-DD */
  approvedOn: string;
}

const HEADERS: Record<keyof RosterRow, RegExp> = {
  unit: /^(单位|单位名称|部门|部门名称|unit)$/i,
  region: /^(地区|区域|region)$/i,
  year: /^(年度|年份|year)$/i,
  kind: /^(类型|公开类型|kind)$/i,
  approvedOn: /^(批复日期|批复时间|批准日期|approved|approved_on|approval date)$/i,
};

/** 2025-03-01, 2025/3/1, 2025.3.1, 2025年3月1日 → 2025-03-01; null when not a real date. */
export function isoDate(s: string): string | null {
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(s.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d ? t.toISOString().slice(0, 10) : null;
}

export const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

const Row = z.object({
  unit: z.string().trim().min(2, 'no unit').max(60, 'unit name longer than 60 characters'),
  region: z.string().trim().min(2, 'no region').max(60, 'region longer than 60 characters'),
  year: z
    .string()
    .regex(/^\s*(199\d|20\d\d|2100)\s*$/, 'year must be a year between 1990 and 2100')
    .transform(Number),
  kind: z.string().transform((k, ctx) => {
    const v = /^(预算|部门预算|budget)$/i.test(k.trim()) ? 'budget' : /^(决算|部门决算|final)$/i.test(k.trim()) ? 'final' : null;
    if (!v) ctx.addIssue({ code: 'custom', message: `kind must be 预算 or 决算 (budget or final), not "${k}"` });
    return v as 'budget' | 'final';
  }),
  approvedOn: z.string().transform((s, ctx) => {
    const d = isoDate(s);
    if (!d) ctx.addIssue({ code: 'custom', message: `approval date must be a date such as 2025-02-10, not "${s}"` });
    return d ?? '';
  }),
});

export class RosterError extends Error {}

/** The rows of a roster table (first row: headers, in Chinese or English, any order). */
export function rosterRows(table: string[][]): { rows: RosterRow[]; problems: string[] } {
  const head = (table[0] ?? []).map((h) => h.trim());
  const col = Object.fromEntries(Object.entries(HEADERS).map(([k, re]) => [k, head.findIndex((h) => re.test(h))])) as Record<keyof RosterRow, number>;
  const absent = Object.entries(col)
    .filter(([, i]) => i < 0)
    .map(([k]) => k);
  if (absent.length) throw new RosterError(`the first row must name the columns 单位, 地区, 年度, 类型, 批复日期 (missing: ${absent.join(', ')})`);
  const rows: RosterRow[] = [];
  const problems: string[] = [];
  table.slice(1).forEach((cells, i) => {
    if (cells.every((c) => !c.trim())) return;
    const r = Row.safeParse(Object.fromEntries(Object.entries(col).map(([k, j]) => [k, cells[j] ?? ''])));
    if (r.success) rows.push(r.data);
    else problems.push(`row ${i + 2}: ${r.error.issues.map((x) => x.message).join('; ')}`);
  });
  return { rows, problems };
}

/** CSV (RFC 4180: quoted fields, doubled quotes, CRLF or LF) → rows of cells. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const s = text.replace(/^\ufeff/, '');
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (quoted) {
      if (ch === '"' && s[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && s[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}
