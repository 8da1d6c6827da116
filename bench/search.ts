/**
 * `npx tsx bench/search.ts --db SPEC [--base DIR] [--rounds 5]`: search latency on a filled database (one that
 * `bench/portal.ts --keep FILE.db` or `--pg URL` left behind), over the portal benchmark's query mix (12 terms ×
 * 4 filter sets). With `--base DIR` (a checkout of an earlier commit) that commit's search runs on the same
 * database and the same store connection, interleaved query by query with today's, so both see the same load:
 * medians, p95 and the ratio. `--cold`: today's search without its cache of term sets (every query asks the index).
 */
import path from 'node:path';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { Store } from '../src/store/store.ts';
import { clearMatchCache, searchDisclosures, type SearchParams, type SearchResult } from '../src/store/search.ts';

const { values } = parseArgs({
  options: { db: { type: 'string' }, base: { type: 'string' }, rounds: { type: 'string', default: '5' }, cold: { type: 'boolean' } },
});
if (!values.db) throw new Error('--db FILE.db|postgres://… is required (a database filled by bench/portal.ts)');

const QUERIES = ['三公经费', '预算', '三公', '机关运行经费', '支出', '教育支出', '政府采购', '交通运输局', '公务接待费', '不存在的词', '1,234.56', '3.72亿'];
const FILTERS = [{}, { year: 2024 }, { kind: 'final' }, { region: '示例省示范市7' }];
type Search = (store: Store, p: SearchParams) => Promise<SearchResult>;

const engines: [string, Search][] = [['now', searchDisclosures]];
if (values.base) engines.push(['base', ((await import(path.resolve(values.base, 'src/store/search.ts'))) as { searchDisclosures: Search }).searchDisclosures]);

const store = await Store.open(values.db);
const times: Record<string, number[]> = Object.fromEntries(engines.map(([n]) => [n, []]));
const worst: Record<string, Record<string, number[]>> = Object.fromEntries(engines.map(([n]) => [n, {}]));
const load0 = loadavg()[0];
for (const [, search] of engines) await search(store, { q: '预算' }); // warm
for (let round = 0; round < Number(values.rounds); round++)
  for (const q of QUERIES)
    for (const f of FILTERS)
      for (const [name, search] of round % 2 ? [...engines].reverse() : engines) {
        if (values.cold) clearMatchCache(store);
        const t = performance.now();
        const r = await search(store, { q, ...f, limit: 20 });
        const ms = performance.now() - t;
        times[name].push(ms);
        (worst[name][q] ??= []).push(ms);
        if (name === 'now' && engines.length > 1) {
          // the same answer as the base: same total and the same documents in the same order
          const b = await engines[1][1](store, { q, ...f, limit: 20 });
          if (b.total !== r.total || b.hits.map((h) => h.key).join() !== r.hits.map((h) => h.key).join())
            console.log(`differs from base: ${q} ${JSON.stringify(f)}: total ${r.total} vs ${b.total}`);
        }
      }
await store.close();
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
console.log(
  `${store.dialect}${values.cold ? ', cold (no cached term sets)' : ''}, ${times.now.length} queries per engine; load average ${load0.toFixed(1)} → ${loadavg()[0].toFixed(1)}`,
);
for (const [name] of engines) {
  const slow = Object.entries(worst[name])
    .map(([q, xs]) => [q, pct(xs, 95)] as const)
    .sort((a, b) => b[1] - a[1])[0];
  console.log(
    `${name}: p50 ${pct(times[name], 50).toFixed(1)} ms, p95 ${pct(times[name], 95).toFixed(1)} ms, max ${Math.max(...times[name]).toFixed(1)} ms; slowest term ${slow[0]} p95 ${slow[1].toFixed(1)} ms`,
  );
}
if (values.base)
  console.log(`ratio now/base: p50 ${(pct(times.now, 50) / pct(times.base, 50)).toFixed(2)}×, p95 ${(pct(times.now, 95) / pct(times.base, 95)).toFixed(2)}×`);
