/**
 * Full-text search of Chinese text. SQLite: FTS5 with the trigram tokenizer for terms of 3+ characters, the bigram
 * word index (FTS5 unicode61 over space-separated bigrams) for 2-character terms, LIKE for a single character.
 * PostgreSQL: Chinese terms of 2+ characters as the AND of their bigrams over a stored tsvector with a GIN index
 * (adjacency verified on the rows shown, so the total may be approximate), other terms ILIKE backed by pg_trgm. Several terms (separated by spaces) must all match. Snippets are cut and highlighted by the caller's
 * escaping code from the text returned here.
 */
import { sql, type RawBuilder } from 'kysely';
import type { Store } from './store.ts';
import { disclosureRow, type DisclosureRow } from './rows.ts';
import { queryBigrams, searchable } from './text.ts';
import { amountMatches, amountQuery, NUMBER } from './amounts.ts';

export interface SearchParams {
  q: string;
  year?: number;
  region?: string;
  kind?: string;
  org?: string;
  limit?: number;
  offset?: number;
}

export interface SearchHit extends DisclosureRow {
  /** plain text around the first match; `marks` are [start, end) offsets of the terms in it */
  snippet: string;
  marks: [number, number][];
}

export interface SearchResult {
  q: string;
  terms: string[];
  total: number;
  /** true when total may count a few documents that hold the term's bigrams but not the term (PostgreSQL, 3+ characters) */
  approximate?: boolean;
  hits: SearchHit[];
}

/** At most this many terms: more would be cut silently, so a longer query is refused (SearchError). */
export const MAX_TERMS = 6;
export class SearchError extends Error {}

export function terms(q: string): string[] {
  const ts = searchable(q)
    .split(/\s+/)
    .map((t) => t.trim())
    .filter(Boolean);
  if (ts.length > MAX_TERMS) throw new SearchError(`检索词最多 ${MAX_TERMS} 个（现有 ${ts.length} 个）`);
  return ts;
}

const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => '\\' + c);
const ftsPhrase = (s: string) => `"${s.replace(/"/g, '""')}"`;

const ALL_CJK = /^[\u3400-\u9fff\uf900-\ufaff]+$/;

/** PostgreSQL: a term matched through the bigram vector (a Chinese term of 2+ characters). */
const bigramTerm = (dialect: 'sqlite' | 'postgres', term: string) =>
  dialect === 'postgres' && !amountQuery(term) && [...term].length >= 2 && ALL_CJK.test(term);

/** PostgreSQL: the disclosures holding every bigram of the Chinese terms (from the cache, else the index). */
async function bigramMatches(store: Store, ts: string[]): Promise<number[]> {
  const query = ts.flatMap((t) => queryBigrams(t)!).join(' & ');
  const cache = matchCaches.get(store) ?? new Map<string, CachedMatches>();
  matchCaches.set(store, cache);
  const hit = cache.get(query);
  if (hit && hit.gen === store.generation && Date.now() - hit.at < MATCH_CACHE_MS) return hit.ids;
  const ids = await indexMatches(store, query);
  cache.delete(query);
  cache.set(query, { at: Date.now(), gen: store.generation, ids });
  if (cache.size > MATCH_CACHE_SIZE) cache.delete(cache.keys().next().value!);
  return ids;
}

/**
 * The documents of recent Chinese term sets, per store: one set serves every filter and page of a query (a reader
 * narrowing 三公经费 by year, region and kind, or paging, asks the index once). Dropped on a write through this
 * store and after 30 s, as the portal's result cache is (an import by another process shows within 30 s).
 */
interface CachedMatches {
  at: number;
  gen: number;
  ids: number[];
}
const matchCaches = new WeakMap<Store, Map<string, CachedMatches>>();
const MATCH_CACHE_MS = 30_000;
/** Term sets kept per store (a set of 10,000 documents holds about 80 KB). */
const MATCH_CACHE_SIZE = 64;

/** Forget the cached term sets of a store (benchmarks measure the index itself with it). */
export const clearMatchCache = (store: Store) => matchCaches.delete(store);

/**
 * PostgreSQL: the disclosures holding every bigram of the Chinese terms, from the GIN index alone (a bitmap scan:
 * the index gives the rows, the heap only their ids). Left to itself the planner scans the table instead when
 * the terms are common (三公经费, 支出: in every document), because it does not count the cost of unpacking each
 * row's bigram vector (TOASTed, about 15 KB), which made a search take 130–450 ms at 10,000 documents against
 * 5–15 ms through the index; so the plain and index-order scans are switched off for this one statement.
 */
async function indexMatches(store: Store, query: string): Promise<number[]> {
  return store.db.transaction().execute(async (trx) => {
    await sql`SELECT set_config('enable_seqscan', 'off', true), set_config('enable_indexscan', 'off', true)`.execute(trx);
    // one array, not a row per document (10,000 rows cost more to send and parse than to find)
    const r = await sql<{
      ids: number[];
    }>`SELECT coalesce(array_agg(disclosure_id), '{}') AS ids FROM search_docs WHERE bigram_tsv @@ to_tsquery('simple', ${query})`.execute(trx);
    return r.rows[0]?.ids ?? [];
  });
}

function condition(dialect: 'sqlite' | 'postgres', term: string): RawBuilder<boolean> {
  // an amount in any written form: the range of 元 it stands for
  const amount = amountQuery(term);
  if (amount) return sql<boolean>`d.id IN (SELECT disclosure_id FROM search_amounts WHERE amount >= ${Number(amount.lo)} AND amount < ${Number(amount.hi)})`;
  const like = `%${likeEscape(term)}%`;
  const chars = [...term].length;
  if (dialect === 'sqlite') {
    const pairs = chars === 2 ? queryBigrams(term) : null;
    if (chars >= 3) return sql<boolean>`d.id IN (SELECT rowid FROM search_trigram WHERE search_trigram MATCH ${ftsPhrase(term)})`;
    if (pairs) return sql<boolean>`d.id IN (SELECT rowid FROM search_bigram WHERE search_bigram MATCH ${ftsPhrase(pairs.join(' '))})`;
    return sql<boolean>`d.id IN (SELECT disclosure_id FROM search_docs WHERE body LIKE ${like} ESCAPE '\\' OR title LIKE ${like} ESCAPE '\\')`;
  }
  // PostgreSQL: Chinese terms of 2+ characters through bigramMatches; others ILIKE (pg_trgm GIN)
  return sql<boolean>`d.id IN (SELECT disclosure_id FROM search_docs WHERE body ILIKE ${like} ESCAPE '\\' OR title ILIKE ${like} ESCAPE '\\')`;
}

/** SQLite, one term of 3+ characters and no filter: the count straight from the FTS index. */
async function fastCount(store: Store, ts: string[], p: SearchParams): Promise<number | null> {
  if (store.dialect !== 'sqlite' || ts.length !== 1 || [...ts[0]].length < 3 || p.year || p.region || p.kind || p.org) return null;
  const r = await sql<{ n: number }>`SELECT count(*) AS n FROM search_trigram WHERE search_trigram MATCH ${ftsPhrase(ts[0])}`.execute(store.db);
  return Number(r.rows[0]?.n ?? 0);
}

export async function searchDisclosures(store: Store, p: SearchParams): Promise<SearchResult> {
  const ts = terms(p.q);
  if (!ts.length) return { q: p.q, terms: ts, total: 0, hits: [] };
  // PostgreSQL: the Chinese terms' documents first, through the index (every bigram present; adjacency is verified on the rows shown)
  const viaBigrams = ts.filter((t) => bigramTerm(store.dialect, t));
  const matched = viaBigrams.length ? await bigramMatches(store, viaBigrams) : null;
  const verify = store.dialect === 'postgres' && ts.some((t) => [...t].length >= 3 && ALL_CJK.test(t));
  if (matched && !matched.length) return { q: p.q, terms: ts, total: 0, hits: [] };
  // matching disclosures with their filters; the text itself is read only for the page shown
  const base = () => {
    let q = store.db.selectFrom('disclosures as d').innerJoin('organisations as o', 'o.id', 'd.org_id');
    if (matched) q = q.where(sql<boolean>`d.id IN (SELECT unnest(${matched}::int[]))`);
    for (const t of ts) if (!bigramTerm(store.dialect, t)) q = q.where(condition(store.dialect, t));
    if (p.year) q = q.where('d.year', '=', p.year);
    if (p.region) q = q.where('o.region', '=', p.region);
    if (p.kind) q = q.where('d.kind', '=', p.kind);
    if (p.org) q = q.where('o.slug', '=', p.org);
    return q;
  };
  const count = async () =>
    Number(
      (
        await base()
          .select(sql<number>`count(*)`.as('n'))
          .executeTakeFirst()
      )?.n ?? 0,
    );
  const limit = Math.min(Math.max(p.limit ?? 20, 1), 100);
  const offset = Math.max(p.offset ?? 0, 0);
  // relevance: documents whose title holds every term first, then the newest year
  const inTitle = sql<number>`case when ${sql.join(
    ts.map((t) => sql`d.title like ${`%${likeEscape(t)}%`} escape '\\'`),
    sql` and `,
  )} then 0 else 1 end`;
  const page = base()
    .orderBy(inTitle)
    .orderBy('d.year', 'desc')
    .orderBy('d.id', 'desc')
    .limit(verify ? limit + 10 : limit)
    .offset(offset);
  let total: number;
  let ids: number[];
  if (store.dialect === 'postgres') {
    // the page and the total in one pass over the matches (a page past the end has no row to carry the total)
    const rows = await page.select(['d.id', sql<string>`count(*) over ()`.as('n')]).execute();
    ids = rows.map((r) => r.id);
    total = rows.length ? Number(rows[0].n) : offset ? await count() : 0;
  } else {
    // SQLite counts a single term from the FTS index (fastCount); a window over every match would forgo the top-N sort
    total = (await fastCount(store, ts, p)) ?? (await count());
    ids = (await page.select('d.id').execute()).map((r) => r.id);
  }
  if (!ids.length) return { q: p.q, terms: ts, total, hits: [], ...(verify ? { approximate: true } : {}) };
  const rows = await store.listQuery().select(['d.id', 'v.body']).where('d.id', 'in', ids).execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  const holds = (text: string) => {
    const t = searchable(text).toLowerCase();
    return ts.every((x) => (amountQuery(x) ? !occurrences(t, x).next().done : t.includes(x.toLowerCase())));
  };
  const hits = ids
    .flatMap((id) => {
      const r = byId.get(id);
      return r && (!verify || holds(`${r.title}\n${r.body}`)) ? [{ ...disclosureRow(r), ...snippet(`${r.title}\n${r.body}`, ts) }] : [];
    })
    .slice(0, limit);
  return verify ? { q: p.q, terms: ts, total, approximate: true, hits } : { q: p.q, terms: ts, total, hits };
}

const QUOTES = '[“”"‘’\'「」『』]?';
/** A table-of-contents line: text, leader dots, a page number (一、收入支出决算总表……………3). */
const TOC_LINE = /(?<=^|\u2028)[^\u2028]*[.．·…]{4,}\s*\d*\s*(?=\u2028|$)|目\s*录/g;
const reEscape = (c: string) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A term as a pattern that also matches the text with quotation marks inside it (三公经费 ~ “三公”经费). */
const textPattern = (t: string) => new RegExp([...t].map(reEscape).join(QUOTES), 'giu');

/** Where a term occurs in a text: its pattern, or for an amount every number in the range it stands for. */
function* occurrences(text: string, t: string): Generator<RegExpMatchArray> {
  const amount = amountQuery(t);
  if (!amount) {
    yield* text.matchAll(textPattern(t));
    return;
  }
  for (const m of text.matchAll(NUMBER)) if (amountMatches(m, amount)) yield m;
}
const OPENING: Record<string, string> = { '”': '“', '’': '‘', '」': '「', '』': '『' };

/** About `width` characters of text around the first match of any term, and where each term occurs in it. */
export function snippet(text: string, ts: string[], width = 90): { snippet: string; marks: [number, number][] } {
  // lines kept apart by a mark that TOC_LINE can see, then whitespace collapsed
  const flat = text.replace(/[ \t\u3000]+/g, ' ').replace(/\s*\n\s*/g, '\u2028');
  // the first match outside the table of contents (目录 lines end in leader dots and a page number)
  const toc = [...flat.matchAll(TOC_LINE)].map((m) => [m.index!, m.index! + m[0].length]);
  const inToc = (i: number) => toc.some(([a, b]) => i >= a && i < b);
  let first = -1;
  for (const t of ts)
    for (const m of occurrences(flat, t)) {
      if (inToc(m.index!)) continue;
      if (first < 0 || m.index! < first) first = m.index!;
      break;
    }
  // from a little before the match, but not before the start of its line (the line above may be contents)
  const start = first < 0 ? 0 : Math.max(0, first - Math.floor(width / 3), flat.lastIndexOf('\u2028', first) + 1);
  const end = Math.min(flat.length, start + width);
  const cut = ((start > 0 ? '…' : '') + flat.slice(start, end) + (end < flat.length ? '…' : '')).replace(/\u2028/g, ' ');
  const marks: [number, number][] = [];
  for (const t of ts)
    for (const m of occurrences(cut, t)) {
      if (!m[0]) continue;
      // “三公”经费: take in the opening mark of a closing one inside the match
      const close = [...m[0]].find((c) => OPENING[c]);
      const from = close && cut[m.index! - 1] === OPENING[close] ? m.index! - 1 : m.index!;
      marks.push([from, m.index! + m[0].length]);
    }
  marks.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const m of marks) {
    const last = merged[merged.length - 1];
    if (last && m[0] <= last[1]) last[1] = Math.max(last[1], m[1]);
    else merged.push([...m]);
  }
  return { snippet: cut, marks: merged };
}
