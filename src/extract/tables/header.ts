/**
 * Column headers of a layout table. Header cells are printed over several lines (merged cells, wrapped
 * words); each column is a leaf: a header run with no other run printed under it. A run with exactly one
 * run under it is a wrapped word (“本年收入合” / “计”) and joins it; a run over several runs is a group
 * and prefixes their names (“支出预算/基本支出”).
 */
import type { Segment } from '../../read/document.ts';

export interface Column {
  name: string;
  x: number;
  right: number;
  /** a label column (项目, 科目编码, 科目名称…), not a value column */
  label: boolean;
}

interface Node {
  line: number;
  x: number;
  right: number;
  text: string;
  desc: Node[];
  consumed?: boolean;
}

const LABEL =
  /(项目名称|科目名称|科目编码|科目代码)$|^(项目|项目名称|科目|科目名称|科目编码|编码|名称|类|款|项|类款项|功能分类科目编码|功能分类科目名称|功能科目代码|功能科目名称|功能科目编码|经济分类科目名称|经济分类科目编码|部门预算经济分类科目|支出功能分类科目编码|支出功能分类|科目代码|代码|单位名称|采购品目大类|专项名称|经济科目|采购物品名称|采购组织形式|序号)$/;
/** In a two-sided table, the titles of the sides and of their groups are not columns. */
const SIDE_TITLE = /^(本年|当年)?(收入|支出)$|^财政拨款(收入|支出)$|^功能分类$|^支出用途$|^经济分类$|^(收入|支出)(项目)?$/;
const PAIR = /^(预算数|决算数|上年预算数|本年预算数|上年数|本年数|年初预算数|全年预算数)$/;

const center = (n: { x: number; right: number }) => (n.x + n.right) / 2;
const compact = (s: string) => s.replace(/[\s\u3000]+/g, '');

function covers(a: Node, b: Node, tol: number): boolean {
  const c = center(b);
  return c >= a.x - tol && c <= a.right + tol;
}

function nodesOf(lines: readonly Segment[][], tol: number): Node[] {
  let nodes: Node[] = [];
  lines.forEach((segs, line) => {
    for (const s of segs) nodes.push({ line, x: s.x, right: s.right, text: compact(s.text), desc: [] });
  });
  nodes = joinVertical(nodes);
  for (const a of nodes) a.desc = nodes.filter((b) => b.line > a.line && covers(a, b, tol));
  centredGroups(nodes, tol);
  return nodes;
}

/**
 * A group title printed in the gap between its two columns (“基本支出” centred over “人员经费 公用经费”, both
 * narrower than the gap) covers neither centre. Two neighbours on one lower line with nothing above them and the
 * title midway between them are its columns; a column printed between two others has headers above them.
 */
function centredGroups(nodes: Node[], tol: number): void {
  const orphan = (b: Node) => !nodes.some((a) => a.desc.includes(b) && !SIDE_TITLE.test(a.text));
  for (const a of nodes) {
    if (a.desc.length || LABEL.test(a.text) || SIDE_TITLE.test(a.text)) continue;
    // the two columns flank the title closely: a gap much wider than the title is other columns' space
    const widest = 3 * (a.right - a.x);
    let best: [Node, Node] | undefined;
    for (let line = a.line + 1; line <= a.line + 3; line++) {
      const row = nodes.filter((b) => b.line === line).sort((p, q) => p.x - q.x);
      const i = row.findIndex((b, k) => k + 1 < row.length && b.right <= a.x + tol && row[k + 1].x >= a.right - tol);
      if (i < 0) continue;
      const [left, right] = [row[i], row[i + 1]];
      const gap = right.x - left.right;
      if (gap > widest || Math.abs(center(a) - (center(left) + center(right)) / 2) > 1.5 * tol || !orphan(left) || !orphan(right)) continue;
      if (!best || gap < best[1].x - best[0].right) best = [left, right];
    }
    if (best) a.desc = best;
  }
}

/** Characters written one per line down a narrow column (“小” / “计”) make one header. */
function joinVertical(nodes: Node[]): Node[] {
  const single = (n: Node) => [...n.text].length === 1 && /[\u4e00-\u9fff]/.test(n.text);
  for (const a of nodes) {
    if (a.consumed || !single(a)) continue;
    let best: Node | undefined;
    for (const b of nodes) {
      if (b === a || b.consumed || !single(b) || b.line <= a.line || b.line > a.line + 3) continue;
      const d = Math.abs(center(a) - center(b));
      if (d <= 4 * unitOf(a, b) && (!best || b.line < best.line)) best = b;
    }
    if (!best) continue;
    a.text += best.text;
    a.x = Math.min(a.x, best.x);
    a.right = Math.max(a.right, best.right);
    best.consumed = true;
  }
  return nodes.filter((n) => !n.consumed);
}

/** Join a run that has exactly one run under it with that run (a wrapped word). */
function joinWrapped(nodes: Node[]): void {
  for (const a of nodes) {
    if (a.consumed || a.desc.length !== 1) continue;
    const b = a.desc[0];
    if (b.desc.length || b.consumed || Math.abs(center(a) - center(b)) > 3 * unitOf(a, b) || b.line - a.line > 4) continue;
    // a run printed between the two (over the same columns, or heading b) means they are not one wrapped cell
    if (nodes.some((c) => c !== a && c !== b && !c.consumed && c.line > a.line && c.line < b.line && ((c.x < a.right && c.right > a.x) || c.desc.includes(b))))
      continue;
    a.text += b.text;
    a.x = Math.min(a.x, b.x);
    a.right = Math.max(a.right, b.right);
    a.desc = [];
    b.consumed = true;
  }
}

function unitOf(...ns: Node[]): number {
  return Math.max(...ns.map((n) => (n.right - n.x) / Math.max(1, [...n.text].length)));
}

/**
 * A narrow group title (“三公”经费 centred over several columns) may cover no run's centre below it, but a
 * wider run printed under it overlaps it: it is a group, not a column.
 */
function overhangs(a: Node, nodes: readonly Node[], tol: number): boolean {
  return nodes.some((b) => !b.consumed && b.line > a.line && b.x < a.right - tol / 2 && b.right > a.x + tol / 2 && b.right - b.x > a.right - a.x);
}

function byPosition(a: { x: number; right: number }, b: { x: number; right: number }): number {
  const d = center(a) - center(b);
  return Math.abs(d) > 1 ? d : a.x - b.x;
}

function nameOf(leaf: Node, nodes: Node[], tol: number): string {
  const groups = nodes.filter((g) => !g.consumed && g.line < leaf.line && g.desc.length >= 2 && (covers(g, leaf, tol) || g.desc.includes(leaf)));
  groups.sort((a, b) => a.line - b.line);
  return [...groups.map((g) => g.text), leaf.text].join('/');
}

/**
 * Header of 预算数/决算数 pairs under item names (决算 三公 table): each item heads two columns, in order,
 * whatever the centring of the item names.
 */
function pairedColumns(lines: readonly Segment[][], tol: number): Column[] | undefined {
  const last = lines.length - 1;
  const pairs = lines[last]?.filter((s) => PAIR.test(compact(s.text))) ?? [];
  if (pairs.length < 4 || pairs.length % 2 !== 0 || pairs.length !== lines[last].length) return undefined;
  const nodes = nodesOf(lines.slice(0, last), tol);
  joinWrapped(nodes);
  const items = nodes.filter((n) => !n.consumed && n.desc.length === 0 && !LABEL.test(n.text)).sort(byPosition);
  if (items.length !== pairs.length / 2) return undefined;
  const sorted = [...pairs].sort((a, b) => a.x - b.x);
  return sorted.map((s, i) => ({
    name: `${items[Math.floor(i / 2)].text}/${compact(s.text)}`,
    x: s.x,
    right: s.right,
    label: false,
  }));
}

/** The columns of a table from its header lines (segments per line, top to bottom), left to right. */
export function buildColumns(lines: readonly Segment[][], opts: { sided?: boolean; tol?: number } = {}): Column[] {
  const tol = opts.tol ?? charWidthOf(lines);
  const paired = pairedColumns(lines, tol);
  if (paired) return paired;
  const nodes = nodesOf(lines, tol);
  joinWrapped(nodes);
  const leaves = nodes.filter((n) => !n.consumed && n.desc.length === 0 && !(opts.sided && SIDE_TITLE.test(n.text)) && !overhangs(n, nodes, tol));
  leaves.sort(byPosition);
  return leaves.map((leaf) => ({
    name: nameOf(leaf, nodes, tol),
    x: leaf.x,
    right: leaf.right,
    label: LABEL.test(leaf.text),
  }));
}

/** One character's width in the runs' unit (1 for layout text columns, about the font size for PDF points). */
function charWidthOf(lines: readonly Segment[][]): number {
  const w: number[] = [];
  for (const segs of lines) for (const s of segs) if (s.text.trim().length >= 2) w.push((s.right - s.x) / [...s.text.trim()].length);
  w.sort((a, b) => a - b);
  return w.length ? Math.max(1, w[Math.floor(w.length / 2)]) : 1;
}

/** True for a header run that names a label column. */
export function isLabelHeader(text: string): boolean {
  return LABEL.test(compact(text));
}

/**
 * Assign amounts (left to right) to value columns, keeping their order: the same count goes one to one;
 * otherwise the order-preserving assignment that puts each amount nearest its column's centre.
 */
export function assignColumns(amounts: readonly { x: number; right: number }[], columns: readonly { x: number; right: number }[] | readonly Slot[]): number[] {
  const cols = columns.length && 'cellRight' in columns[0] ? (columns as readonly Slot[]) : slotsOf(columns);
  const n = amounts.length;
  const m = cols.length;
  if (n === 0) return [];
  if (m === 0) return amounts.map(() => -1);
  if (n === m) return amounts.map((_, i) => i);
  if (n > m) return nearest(amounts, cols);
  // dp[i*(m+1)+j]: best cost placing the first i amounts in the first j columns
  const w = m + 1;
  const dp = new Float64Array((n + 1) * w).fill(Number.POSITIVE_INFINITY);
  const take = new Uint8Array((n + 1) * w);
  for (let j = 0; j <= m; j++) dp[j] = 0;
  for (let i = 1; i <= n; i++) {
    for (let j = i; j <= m; j++) {
      const skip = dp[i * w + j - 1];
      const put = dp[(i - 1) * w + j - 1] + distance(amounts[i - 1], cols[j - 1]);
      if (put <= skip) {
        dp[i * w + j] = put;
        take[i * w + j] = 1;
      } else dp[i * w + j] = skip;
    }
  }
  const out = new Array<number>(n).fill(-1);
  let i = n;
  let j = m;
  while (i > 0 && j > 0) {
    if (take[i * w + j]) {
      out[i - 1] = j - 1;
      i--;
    }
    j--;
  }
  return out;
}

export interface Slot {
  x: number;
  right: number;
  /** where a right-aligned amount of a cell headed by a centred title ends: halfway to the next title */
  cellRight: number;
}

/** Column slots: their own span and the right edge of their cell. */
export function slotsOf(cols: readonly { x: number; right: number }[]): Slot[] {
  return cols.map((c, j) => {
    const here = center(c);
    const next = j + 1 < cols.length ? center(cols[j + 1]) : j > 0 ? 2 * here - center(cols[j - 1]) : c.right;
    return { x: c.x, right: c.right, cellRight: Math.max(c.right, (here + next) / 2) };
  });
}

/** How far an amount is from a column: centred under it, right-aligned with it, or ending its cell. */
function distance(a: { x: number; right: number }, c: Slot): number {
  return Math.min(Math.abs(center(a) - center(c)), Math.abs(a.right - c.right), Math.abs(a.right - c.cellRight));
}

function nearest(amounts: readonly { x: number; right: number }[], cols: readonly Slot[]): number[] {
  return amounts.map((a) => {
    let best = -1;
    let bestD = Number.POSITIVE_INFINITY;
    cols.forEach((c, j) => {
      const d = distance(a, c);
      if (d < bestD) {
        bestD = d;
        best = j;
      }
    });
    return best;
  });
}
