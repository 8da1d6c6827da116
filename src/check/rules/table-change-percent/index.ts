import { defineRule, type Draft } from '../../engine.ts';
import { scaleOf, shift, sign, type Decimal, type Evidence, type Table, type TableRow } from '../../../model/index.ts';
import { rowLabel } from '../../../model/index.ts';
import { locate } from '../../text.ts';
import { compareChangePercent, figuresOf, halfAt, severityOf } from '../../tolerance.ts';
import type { SourceDocument } from '../../../read/document.ts';

/** A row or column of one year's amounts: “2015年”, “2016年决算数”, “上年预算数”, “本年”. */
const YEAR = /^(20\d\d)年?度?(预算|决算|执行)?数?$|^(上年|本年)(预算|决算|执行)?数?$/;
/** The row or column of the change in percent: “2016年比2015年增减%”, “增长率”, “增减幅度（%）”. */
const PERCENT = (s: string) => /增减|增长|变动|变化|升降|同比/.test(s) && /%|％|率|幅/.test(s);

/** The later and the earlier of two year labels (本年 after 上年; else by the year). */
function order(a: string, b: string): [number, number] | null {
  const y = (s: string) => (/^上年/.test(s) ? 1 : /^本年/.test(s) ? 2 : Number(s.slice(0, 4)));
  const [ya, yb] = [y(a), y(b)];
  if (ya === yb || ya < 100 !== yb < 100) return null;
  return ya > yb ? [0, 1] : [1, 0];
}

interface Triple {
  what: string;
  now: Decimal;
  before: Decimal;
  stated: Decimal;
  row: TableRow;
}

/** The comparisons a table states: years as rows and a percent row, or years as columns and a percent column. */
function triples(t: Table): Triple[] {
  // a table in 元 was converted to 万元, its percentages with it: shift them back
  const pct = (v: Decimal) => (t.unit === '元' ? shift(v, 4) : v);
  const years = t.rows.filter((r) => YEAR.test(rowLabel(r.name)));
  const pRow = t.rows.find((r) => PERCENT(rowLabel(r.name)));
  const out: Triple[] = [];
  if (years.length === 2 && pRow) {
    const o = order(rowLabel(years[0].name), rowLabel(years[1].name));
    if (o) {
      const [now, before] = [years[o[0]], years[o[1]]];
      t.columns.forEach((c, i) => {
        const [a, b, p] = [now.values[i], before.values[i], pRow.values[i]];
        if (a != null && b != null && p != null) out.push({ what: c, now: a, before: b, stated: pct(p), row: pRow });
      });
    }
  }
  const yCols = t.columns.map((c, i) => (YEAR.test(rowLabel(c.split('/').at(-1) ?? c)) ? i : -1)).filter((i) => i >= 0);
  const pCol = t.columns.findIndex((c) => PERCENT(c));
  if (yCols.length === 2 && pCol >= 0) {
    const leaf = (i: number) => rowLabel(t.columns[i].split('/').at(-1) ?? t.columns[i]);
    const o = order(leaf(yCols[0]), leaf(yCols[1]));
    if (o) {
      const [now, before] = [yCols[o[0]], yCols[o[1]]];
      for (const r of t.rows) {
        const [a, b, p] = [r.values[now], r.values[before], r.values[pCol]];
        if (a != null && b != null && p != null) out.push({ what: rowLabel(r.name), now: a, before: b, stated: pct(p), row: r });
      }
    }
  }
  return out;
}

/** Half a unit of the last printed digit: a table of whole 万元 stands for ± 0.5 万元 a cell. */
const half = (d: Decimal) => halfAt(scaleOf(d));

/** The stated percentage's cell: the row's line, then the value printed after it (cell-per-line tables). */
function cellEvidence(docs: SourceDocument[], t: Table, row: TableRow, stated: Decimal): Evidence[] {
  const own: Evidence = { ...(row.evidence ?? t.evidence ?? { text: row.name }), table: t.title, row: row.name };
  // a table printed one cell a line has its rows' evidence at its start, far above them
  const label = locate(docs, own, row.name.replace(/\s+/g, ''), 400);
  const cell = locate(docs, label, stated);
  return [cell && cell !== own ? { ...cell, table: t.title, row: row.name } : own];
}

export default defineRule({
  meta: {
    id: 'table-change-percent',
    severity: 'error',
    kinds: ['budget', 'final'],
    category: 'percentage',
    basis: '财预〔2016〕143号（增减变化情况说明）；表内勾稽',
    docs: '表中列出两年的数额和“增减%”的，每项的增减百分比等于（本年 − 上年）÷ 上年：超出舍入为错误，仅末位之差为警告。',
  },
  reads: 'model',
  check({ disclosure, docs }) {
    return disclosure.tables.flatMap((t): Draft[] => {
      const all = triples(t);
      const found = all.flatMap(({ what, now, before, stated, row }): Draft[] => {
        if (sign(before) <= 0) return [];
        const c = compareChangePercent(stated, now, before, half(now), half(before));
        const severity = c && severityOf(c.verdict);
        if (!c || !severity || severity === 'info') return [];
        return [
          {
            severity,
            message: `${t.title}：${what}增减幅度应为${c.expected}%（（${now} − ${before}）÷ ${before}），表中为${stated}%`,
            evidence: cellEvidence(docs, t, row, stated),
            figures: figuresOf(c),
            suggestion: `改为${c.expected}%，或核对两年的数额`,
          },
        ];
      });
      // most of a table's percentages wrong: its columns were not read right, not a document's defect
      const far = found.filter((f) => f.severity === 'error').length;
      return far >= 2 && far * 2 > all.length ? [] : found;
    });
  },
});
