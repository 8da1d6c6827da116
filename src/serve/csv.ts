/**
 * Open data as CSV, in Chinese: one row per figure with whose it is (unit, region, year, kind, scope) and the unit
 * of the amount, so that rows from many disclosures can be put together. UTF-8 with a BOM and CRLF line ends, as
 * spreadsheet programs expect; the figure key is kept last for programs.
 */
import { kindName } from '../store/identity.ts';
import { figureName, orderKeys } from './pages.ts';

export const CSV_HEAD = ['单位', '地区', '年度', '类型', '范围', '项目', '本年数', '上年数', '增减', '年初预算数', '计量单位', '指标代码'];

const SCOPE_LABEL: Record<string, string> = { department: '部门', unit: '单位', aggregate: '汇总' };

/** 万元 for money; vehicles are counted (辆). */
export const figureUnit = (key: string) => (key.startsWith('assets.') ? '辆' : '万元');

export interface CsvOwner {
  org: string;
  region: string;
  year: number;
  kind: string;
  scope: string;
}

/** The rows of one disclosure's figures (flat keys with .prev/.change/.budget folded into their figure's row). */
export function figureRows(o: CsvOwner, figs: Record<string, string>): string[][] {
  const keys = orderKeys(Object.keys(figs).filter((k) => !k.startsWith('doc.') && !/\.(prev|change|budget)$/.test(k)));
  return keys.map((k) => [
    o.org,
    o.region,
    String(o.year),
    kindName(o.kind, o.scope).slice(2),
    SCOPE_LABEL[o.scope] ?? o.scope,
    figureName(k),
    figs[k],
    figs[`${k}.prev`] ?? '',
    figs[`${k}.change`] ?? '',
    figs[`${k}.budget`] ?? '',
    figureUnit(k),
    k,
  ]);
}

const cell = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

export function toCsv(head: string[], rows: string[][]): string {
  return '\ufeff' + [head, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}
