/**
 * What changed between two published versions, readably: the figures whose values differ (old, new, change) and
 * the text, line by line (common prefix and suffix trimmed, a longest common subsequence over the rest; a middle
 * too large for that is shown as replaced whole, never hidden). Pure.
 */
import { fmtChange } from './format.ts';

export interface FigureChange {
  key: string;
  from: string | undefined;
  to: string | undefined;
  /** the change of a money figure, signed and formatted (+1.00); '—' for text */
  change: string;
}

const MONEY = /^-?\d+(\.\d+)?$/;

export function figureChanges(a: Record<string, string>, b: Record<string, string>): FigureChange[] {
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => !k.startsWith('doc.') && a[k] !== b[k]);
  return keys.map((key) => {
    const [from, to] = [a[key], b[key]];
    const money = from !== undefined && to !== undefined && MONEY.test(from) && MONEY.test(to);
    return { key, from, to, change: money ? fmtChange(from, to).diff : '—' };
  });
}

export type LineOp = { op: 'same' | 'del' | 'ins'; text: string } | { op: 'skip'; count: number };

/** The LCS table is (n+1)(m+1) cells: beyond this the changed middle is shown as deleted then inserted. */
const MAX_CELLS = 4_000_000;

export function lineDiff(before: string, after: string, context = 2): LineOp[] {
  const a = before.split('\n');
  const b = after.split('\n');
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const x = a.slice(head, a.length - tail);
  const y = b.slice(head, b.length - tail);
  const middle: LineOp[] =
    (x.length + 1) * (y.length + 1) > MAX_CELLS
      ? [...x.map((text) => ({ op: 'del' as const, text })), ...y.map((text) => ({ op: 'ins' as const, text }))]
      : lcs(x, y);
  const ops: LineOp[] = [
    ...a.slice(0, head).map((text) => ({ op: 'same' as const, text })),
    ...middle,
    ...a.slice(a.length - tail).map((text) => ({ op: 'same' as const, text })),
  ];
  return collapse(ops, context);
}

function lcs(x: string[], y: string[]): LineOp[] {
  const m = y.length + 1;
  const t = new Uint32Array((x.length + 1) * m);
  for (let i = x.length - 1; i >= 0; i--)
    for (let j = y.length - 1; j >= 0; j--) t[i * m + j] = x[i] === y[j] ? t[(i + 1) * m + j + 1] + 1 : Math.max(t[(i + 1) * m + j], t[i * m + j + 1]);
  const out: LineOp[] = [];
  let [i, j] = [0, 0];
  while (i < x.length || j < y.length) {
    if (i < x.length && j < y.length && x[i] === y[j]) {
      out.push({ op: 'same', text: x[i++] });
      j++;
    }
    // deletions first on a tie: the old line reads before the new one
    else if (i < x.length && (j === y.length || t[(i + 1) * m + j] >= t[i * m + j + 1])) out.push({ op: 'del', text: x[i++] });
    else out.push({ op: 'ins', text: y[j++] });
  }
  return out;
}

/** Unchanged runs longer than twice the context shrink to their ends and a count. */
function collapse(ops: LineOp[], context: number): LineOp[] {
  const out: LineOp[] = [];
  for (let i = 0; i < ops.length;) {
    if (ops[i].op !== 'same') {
      out.push(ops[i++]);
      continue;
    }
    let j = i;
    while (j < ops.length && ops[j].op === 'same') j++;
    const run = ops.slice(i, j);
    const keepHead = i === 0 ? 0 : context;
    const keepTail = j === ops.length ? 0 : context;
    if (run.length > keepHead + keepTail + 1)
      out.push(...run.slice(0, keepHead), { op: 'skip', count: run.length - keepHead - keepTail }, ...run.slice(run.length - keepTail));
    else out.push(...run);
    i = j;
  }
  return out;
}
