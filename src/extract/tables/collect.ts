/**
 * Data lines into raw rows: per side, a row per label; amounts printed on lines above a row join it; wrapped
 * names are joined; a code printed alone takes the name and amounts of the next line (two-column tables).
 */
import type { Segment } from '../../read/document.ts';
import { isLabelHeader } from './header.ts';
import { compactName, isTotalName, NUMBERED, splitLine, type RawRow } from './rows.ts';
import { sideRights, splitSides } from './sides.ts';

interface Pending {
  segs: Segment[];
  line: number;
}

export interface DataLine {
  segs: Segment[];
  line: number;
  adjacent: boolean;
  /** the line's code/labels/amounts, as split once */
  split: ReturnType<typeof splitLine>;
}

const COMPLETE = /(支出|收入|经费|拨款|资金|合计|小计|总计|结余|分配|费|事务|管理|运行|补贴|医疗|预算)$/;
const ENDING = /(支出|收入|经费|拨款|资金|费|金|入|出|款|务|理|贴|疗|算|计)$/;

export function collectRows(data: DataLine[], sides: readonly number[], codes = false, headerRights: readonly (number | undefined)[] = []): RawRow[] {
  const rows: RawRow[] = [];
  const prev: (RawRow | undefined)[] = sides.map(() => undefined);
  const pending: Pending[][] = sides.map(() => []);
  const labelX = sides.map((x) => x);
  // usual start of each side's labels
  for (const { segs } of data) {
    const first = segs[0];
    if (first && !/\d/.test(first.text)) labelX[0] = Math.min(labelX[0], first.x);
  }
  const rights = sides.length > 1 ? sideRights(data, sides, labelX).map((r, k) => r ?? headerRights[k]) : [];
  for (const { segs, line, adjacent, split: pre } of data) {
    const parts = splitSides(segs, sides, labelX, rights, codes);
    parts.forEach((segsOfSide, k) => {
      if (!segsOfSide.length) return;
      const split = sides.length === 1 && !codes ? pre : splitLine(segsOfSide, codes || sides.length > 1);
      const { code, amounts } = split;
      // header words printed on a data line (“类 款 项   2,336.91”) are no row label
      const headerWords = amounts.length > 0 && split.labels.length > 0 && split.labels.every((l) => isLabelHeader(l.text));
      const labels = headerWords ? [] : split.labels;
      const name = labels.map((l) => compactName(l.text)).join('');
      const p0 = prev[k];
      // a code printed alone, its name and amount on the next line (two-column 基本支出表)
      if (!code && labels.length && p0 && p0.code && !p0.name && !p0.amounts.length && p0.line >= line - 2) {
        p0.name = name;
        p0.nameX = labels[0].x;
        p0.amounts.push(...amounts);
        p0.line = line;
        absorb(p0, pending[k], undefined);
        pending[k] = [];
        return;
      }
      // a name printed on the line above its code
      if (code && !labels.length && p0 && !p0.code && !p0.amounts.length && p0.name && p0.line >= line - 1 && rows.at(-1) === p0) {
        p0.code = code;
        p0.amounts.push(...amounts);
        p0.line = line;
        absorb(p0, pending[k], undefined);
        pending[k] = [];
        return;
      }
      if (!code && !labels.length) {
        pending[k].push({ segs: amounts, line });
        return;
      }
      const p = prev[k];
      const near = p && (adjacent || line - p.line <= 3);
      const wrapped = p && near && p.line >= line - 3 && !code && (!amounts.length || !p.amounts.length) && isContinuation(name, p, labels[0]);
      if (wrapped) {
        p.name += name;
        p.amounts.push(...amounts);
        p.line = Math.max(p.line, line);
        absorb(p, pending[k], undefined);
        pending[k] = [];
        return;
      }
      const row: RawRow = { code, name, amounts: [...amounts], nameX: labels[0]?.x, line, firstLine: line, side: k };
      absorb(row, pending[k], rows.at(-1));
      pending[k] = [];
      rows.push(row);
      prev[k] = row;
    });
  }
  pending.forEach((left, k) => {
    if (!left.length) return;
    const row: RawRow = { name: '', amounts: [], line: left[0].line, side: k };
    absorb(row, left, undefined);
    rows.push(row);
  });
  return rows;
}

/**
 * A label-only line that finishes the previous row's wrapped name (“…缴费” + “支出”, “…机动经” + “费”): the
 * previous name is cut mid-word and the two together end like a row name.
 */
function isContinuation(name: string, p: RawRow, seg: Segment | undefined): boolean {
  if (!p.name) return true;
  // “当年收入” + “小计”: a total label wrapped after its subject
  if (/^(小计|合计)$/.test(name) && /(收入|支出)$/.test(p.name) && !p.amounts.length && !p.code) return true;
  if (NUMBERED.test(name) || isTotalName(name) || name.length > 8) return false;
  if (COMPLETE.test(p.name) || !ENDING.test(name)) return false;
  return seg === undefined || p.nameX === undefined || Math.abs(seg.x - p.nameX) <= 12 * 4;
}

/** Amounts printed on lines above a row (cells taller than one line) join it where its cells are empty. */
function absorb(row: RawRow, pending: Pending[], before: RawRow | undefined): void {
  for (const p of pending) {
    for (const a of p.segs) {
      const clash = (r: RawRow) => r.amounts.some((b) => a.x < b.right + 1 && b.x < a.right + 1);
      if (!clash(row)) row.amounts.push(a);
      else if (before && !clash(before)) before.amounts.push(a);
    }
  }
  row.amounts.sort((a, b) => a.x - b.x);
}
