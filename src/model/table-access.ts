/**
 * Reading the standard tables of a disclosure (Disclosure.tables): which table of a kind, which column by its
 * header, a row's label without its numbering. Shared by the extractor (table figures into the model) and the
 * checker (the cross-table rules), so that both find the same table, column and row. Pure.
 */
import type { Table, TableKind } from './table.ts';

/** List numbering in front of a row label: 一、 1. （一） （1） (1). */
const NUMBERING = /^(?:[一二三四五六七八九十]+[、.．]|\d{1,2}[.．、]|（[一二三四五六七八九十\d]+）|\(\d+\))/;

/** A row label without spaces and list numbering: “一、财政拨款收入” → 财政拨款收入. */
export const rowLabel = (name: string) =>
  name
    .replace(/[\s\u3000]+/g, '')
    .replace(NUMBERING, '')
    .replace(/^[:：、.．]/, '');

export const hasValues = (t: Table) => t.rows.some((r) => r.values.some((v) => v !== null));

/** The table of a kind (the first with values, else the first), optionally narrowed by title. */
export function tableOf(tables: readonly Table[], kind: TableKind, title?: RegExp, notTitle?: RegExp): Table | undefined {
  const all = tables.filter((t) => t.kind === kind && (!title || title.test(t.title)) && !(notTitle && notTitle.test(t.title)));
  return all.find(hasValues) ?? all[0];
}

/** A column by its header: the last part of a merged header (“基本支出/人员经费”) first, then the whole; -1 when absent. */
export function columnOf(t: Table, re: RegExp, exclude?: RegExp): number {
  const ok = (c: string) => re.test(c) && !(exclude && exclude.test(c));
  const leaf = (c: string) => c.split('/').at(-1) ?? c;
  for (const pick of [leaf, (c: string) => c.replace(/\//g, '')]) {
    const i = t.columns.findIndex((c) => ok(pick(c)));
    if (i >= 0) return i;
  }
  return -1;
}
