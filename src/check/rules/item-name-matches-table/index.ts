import { defineRule, type Draft } from '../../engine.ts';
import type { Table, TableRow } from '../../../model/index.ts';
import { evidenceOf } from '../../model.ts';

const plain = (s: string) => s.replace(/[\s“”"]/g, '');

/** Share of the characters of a that b also has: “一般行政事务管理” and “一般行政管理事务” share all of them. */
function likeness(a: string, b: string): number {
  const pool = [...b];
  let hits = 0;
  for (const ch of a) {
    const i = pool.indexOf(ch);
    if (i >= 0) {
      hits++;
      pool.splice(i, 1);
    }
  }
  return hits / Math.max(a.length, b.length);
}

/** The 项 rows of the function-classification tables, by the name of their 款 (matched by code prefix). */
function itemsByKuan(tables: Table[]): Map<string, TableRow[]> {
  const out = new Map<string, TableRow[]>();
  for (const t of tables) {
    if (!['generalExpenditure', 'expenditure', 'income'].includes(t.kind)) continue;
    const rows = t.rows.filter((r) => r.code && /^\d+$/.test(r.code));
    for (const k of rows.filter((r) => r.code!.length === 5)) {
      const items = rows.filter((r) => r.code!.length === 7 && r.code!.startsWith(k.code!));
      const name = plain(k.name);
      out.set(name, [...(out.get(name) ?? []), ...items]);
    }
  }
  return out;
}

export default defineRule({
  meta: {
    id: 'item-name-matches-table',
    severity: 'warning',
    kinds: ['budget', 'final'],
    category: 'consistency',
    basis: '预算法 第三十二条（按政府收支分类科目编制）；实践：GovBudgetChecker BUD-109 / B-008（说明与表格科目一致）',
    docs: '说明中“某（类）某（款）某（项）”的科目名称与表中同一款下的项名称一致。',
  },
  reads: 'model',
  check({ disclosure: d }) {
    const seen = new Set<string>();
    let byKuan: Map<string, TableRow[]> | undefined;
    return d.appropriation.general.byFunction.flatMap((c): Draft[] => {
      if (c.level !== '项' || (c.path?.length ?? 0) < 2) return [];
      const path = c.path!.map(plain);
      const [kuan, item] = [path[path.length - 2], path[path.length - 1]];
      const key = `${kuan}/${item}`;
      if (seen.has(key)) return [];
      seen.add(key);
      const items = (byKuan ??= itemsByKuan(d.tables)).get(kuan) ?? [];
      if (!items.length || items.some((r) => plain(r.name) === item)) return [];
      const best = items.map((r) => ({ r, score: likeness(item, plain(r.name)) })).sort((a, b) => b.score - a.score)[0];
      if (best.score < 0.6) return [];
      return [
        {
          message: `说明中的“${kuan}（款）${item}（项）”在表中为“${plain(best.r.name)}”${best.r.code ? `（${best.r.code}）` : ''}，科目名称不一致`,
          evidence: [...evidenceOf(c.figure), ...(best.r.evidence ? [best.r.evidence] : [])],
          path: 'appropriation.general.byFunction',
          suggestion: `按政府收支分类科目改为“${plain(best.r.name)}”`,
        },
      ];
    });
  },
});
