/**
 * Disclosure → WrittenDoc: the title, the narrative for the kind, and the standard tables. Pure.
 */
import type { Decimal, Disclosure } from '../model/index.ts';
import type { Block, WrittenDoc } from './doc.ts';
import { budgetNarrative } from './narrative-budget.ts';
import { finalNarrative } from './narrative-final.ts';
import { standardTables } from './tables.ts';
import { clean } from './narrative.ts';

export interface BuildOptions {
  /** include the standard tables (default true) */
  tables?: boolean;
}

export function titleLines(d: Disclosure): string[] {
  const unit = clean(d.identity.unit ?? undefined) ?? '';
  return [unit, d.identity.kind === 'final' ? `${d.identity.year}年度部门决算` : `${d.identity.year}年部门预算情况说明`].filter(Boolean);
}

export function buildDocument(d: Disclosure, opts: BuildOptions = {}): WrittenDoc {
  const tables = opts.tables === false ? [] : standardTables(d);
  const blocks: Block[] = d.identity.kind === 'final' ? finalNarrative(d, tables) : budgetNarrative(d);
  if (d.identity.kind !== 'final' && tables.length) {
    blocks.push({ t: 'pagebreak' }, { t: 'heading', level: 1, text: `附件：${d.identity.year}年部门预算表` });
    for (const table of tables) blocks.push({ t: 'table', table });
  }
  // the chart goes after the paragraph that lists expenditure by class (HTML only)
  const at = blocks.findIndex((b) => b.t === 'para' && (/主要用于以下方面/.test(b.text) || (b.lead?.includes('支出预算') ?? false)));
  const firstTable = blocks.findIndex((b) => b.t === 'table' || b.t === 'pagebreak');
  blocks.splice(at >= 0 ? at + 1 : firstTable >= 0 ? firstTable : blocks.length, 0, { t: 'chart' });
  const chart = d.expenditure.byFunction
    .filter((c) => c.level === '类' && c.figure.value !== undefined)
    .map((c) => ({ name: c.name, value: c.figure.value as Decimal }));
  return { kind: d.identity.kind, year: d.identity.year, unit: d.identity.unit ?? '', title: titleLines(d), blocks, chart };
}
