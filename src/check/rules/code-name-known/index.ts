import { defineRule, type Draft } from '../../engine.ts';
import type { Table, TableRow } from '../../../model/index.ts';
import { codesNamed, economicCode, functionCode, nameMatches, type CodeEntry } from '../../../reference/codes.ts';

const FUNCTION_TABLES = new Set<Table['kind']>(['income', 'expenditure', 'generalExpenditure', 'fundExpenditure', 'capitalExpenditure']);
const plain = (s: string) => s.replace(/[\s“”"]/g, '');

/** A function 项 named “其他…支出” under another code, or a local renumbering, shows as a name mismatch. */
function lookup(t: Table, r: TableRow): CodeEntry | undefined {
  if (t.kind === 'generalBasic') return r.code!.length <= 5 ? economicCode(r.code!) : undefined;
  return functionCode(r.code!);
}

export default defineRule({
  meta: {
    id: 'code-name-known',
    severity: 'warning',
    kinds: ['budget', 'final'],
    category: 'table',
    basis: '预算法 第三十二条（按政府收支分类科目编制）；当年《政府收支分类科目》；实践：GovBudgetChecker R002',
    docs: '表中科目编码与名称相符：印成另一科目名称的编码为警告；科目表中没有的编码或名称只作一条提示（本项目的科目表不全）。',
  },
  reads: 'model',
  check({ disclosure: d }) {
    const out: Draft[] = [];
    const unknown: string[] = [];
    const seen = new Set<string>();
    for (const t of d.tables) {
      if (!FUNCTION_TABLES.has(t.kind) && t.kind !== 'generalBasic') continue;
      for (const r of t.rows) {
        if (!r.code || !/^\d{3}(\d{2}){0,2}$/.test(r.code)) continue;
        const printed = plain(r.name);
        if (!printed || seen.has(`${r.code}|${printed}`)) continue;
        seen.add(`${r.code}|${printed}`);
        const known = lookup(t, r);
        if (!known) {
          unknown.push(`${r.code} ${printed}`);
          continue;
        }
        if (nameMatches(known, r.name)) continue;
        // a name wrapped or cut by the layout (“行政单位离退” for 行政单位离退休) is not a wrong name
        if (known.name.startsWith(printed) || printed.startsWith(known.name)) continue;
        // only a name that belongs to another code of the same level says the code is wrong; anything else
        // (local wording, an edition the tables lack) is left to the summary line below
        const owner = codesNamed(printed, known.level).find((c) => c.scheme === known.scheme && c.code !== known.code);
        if (!owner) {
          unknown.push(`${r.code} ${printed}`);
          continue;
        }
        out.push({
          message: `${t.title}中科目编码${r.code}印为“${printed}”，政府收支分类科目中${r.code}为“${known.name}”，“${printed}”的编码为${owner.code}`,
          evidence: r.evidence ? [{ ...r.evidence, table: t.title, row: `${r.code} ${r.name}` }] : [],
          suggestion: `核对编码与名称：改为“${known.name}”，或改用正确的编码`,
        });
      }
    }
    if (unknown.length) {
      out.push({
        severity: 'info',
        message: `${unknown.length}个科目的编码或名称不在本项目的科目表中（科目表只收常用科目，请人工核对）：${unknown.slice(0, 8).join('、')}${unknown.length > 8 ? '等' : ''}`,
        suggestion: '对照当年《政府收支分类科目》核对这些编码',
      });
    }
    return out;
  },
});
