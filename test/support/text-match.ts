/** Test support: comparing two texts by character bigrams (order-insensitive between lines, exact within). */
import { normalizeForMatch } from '../../src/read/normalize.ts';

/** Character bigrams (spaces removed, matching-normalised) of each line, as a multiset. */
export function bigrams(lines: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const l of lines) {
    const s = [...normalizeForMatch(l).replace(/\s+/g, '')];
    for (let i = 0; i + 1 < s.length; i++) m.set(s[i] + s[i + 1], (m.get(s[i] + s[i + 1]) ?? 0) + 1);
  }
  return m;
}

/** Share of a's bigrams (as a multiset) that b has. */
export function bigramRecall(a: Map<string, number>, b: Map<string, number>): number {
  let hit = 0;
  let n = 0;
  for (const [k, c] of a) {
    n += c;
    hit += Math.min(c, b.get(k) ?? 0);
  }
  return n ? hit / n : 1;
}
