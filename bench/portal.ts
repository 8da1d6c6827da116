/**
 * Portal benchmark: import N disclosures generated from the samples (default 10,000) into SQLite, and into
 * PostgreSQL when reachable; then search latency (p50/p95 over a query mix, including 2-character queries) and a
 * disclosure page under autocannon on 127.0.0.1 (bounded duration), against a baseline route measured in the same
 * run (/api/openapi.json: a constant JSON response through the same server).
 *
 *   npx tsx bench/portal.ts [--n 10000] [--duration 10] [--connections 50] [--no-pg] [--keep FILE.db]
 * (--keep: use and keep this SQLite file, --pg URL: this PostgreSQL database, kept; a filled database is not imported again)
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
// @ts-expect-error autocannon ships no types
import autocannon from 'autocannon';
import { type Disclosure, type Finding } from '../src/model/index.ts';
import { DisclosureSchema } from '../src/model/schemas.ts';
import { Store } from '../src/store/store.ts';
import { checkDisclosure } from '../src/check/index.ts';
import { sampleFiles } from '../src/store/samples.ts';
import { narrate, sha256 } from '../src/store/text.ts';
import { freshPostgres } from '../src/store/testing.ts';

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '10000' },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '50' },
    'no-pg': { type: 'boolean' },
    'no-sqlite': { type: 'boolean' },
    pg: { type: 'string' },
    keep: { type: 'string' },
  },
});
const N = Number(values.n);
const DURATION = Number(values.duration);
const CONNECTIONS = Number(values.connections);

const QUERIES = ['三公经费', '预算', '三公', '机关运行经费', '支出', '教育支出', '政府采购', '交通运输局', '公务接待费', '不存在的词', '1,234.56', '3.72亿'];
const FILTERS = [{}, { year: 2024 }, { kind: 'final' }, { region: '示例省示范市7' }];

function pct(xs: number[], p: number) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

async function generate(): Promise<{ d: Disclosure; bytes: Uint8Array; findings: Finding[] }[]> {
  const files = (await sampleFiles()).filter((f) => !f.includes('seed-'));
  const base = await Promise.all(
    files.map(async (f) => {
      const d = DisclosureSchema.parse(JSON.parse(readFileSync(f, 'utf8')));
      return { d, findings: checkDisclosure(d, []) };
    }),
  );
  const out = [];
  for (let i = 0; i < N; i++) {
    const { d, findings } = base[i % base.length];
    const copy = Math.floor(i / base.length);
    const m: Disclosure = structuredClone(d);
    m.identity.unit = (m.identity.unit ?? '').replace('（示例单位）', `${copy}号（示例单位）`);
    m.identity.region = `${d.identity.region}${copy % 40}`;
    const bytes = new TextEncoder().encode(JSON.stringify(m));
    out.push({ d: m, bytes, findings });
  }
  return out;
}

const input = ({ d, bytes, findings }: Awaited<ReturnType<typeof generate>>[number], i: number) => ({
  disclosure: d,
  contentHash: sha256(bytes),
  sources: [{ file: `bench-${i}.json`, format: 'model', bytes }],
  body: narrate(d),
  textOrigin: 'generated' as const,
  findings,
  sample: true,
});

/** The first SINGLE documents one transaction each (as `yusuan import` does), the rest in batches of BATCH. */
const SINGLE = 200;
const BATCH = 500;
async function load(store: Store, docs: Awaited<ReturnType<typeof generate>>) {
  let t = performance.now();
  for (let i = 0; i < Math.min(SINGLE, docs.length); i++) await store.importDisclosure(input(docs[i], i));
  const single = (performance.now() - t) / Math.min(SINGLE, docs.length);
  t = performance.now();
  for (let i = SINGLE; i < docs.length; i += BATCH) {
    await store.importMany(docs.slice(i, i + BATCH).map((x, j) => input(x, i + j)));
    process.stderr.write(`\r  imported ${Math.min(i + BATCH, docs.length)}/${docs.length}`);
  }
  process.stderr.write('\n');
  const batched = (performance.now() - t) / Math.max(1, docs.length - SINGLE);
  return { single, batched };
}

async function searchLatency(store: Store) {
  const times: number[] = [];
  const byQuery: Record<string, number[]> = {};
  for (let round = 0; round < 5; round++)
    for (const q of QUERIES)
      for (const f of FILTERS) {
        const t = performance.now();
        await store.search({ q, ...f, limit: 20 });
        const ms = performance.now() - t;
        times.push(ms);
        (byQuery[q] ??= []).push(ms);
      }
  return {
    p50: pct(times, 50),
    p95: pct(times, 95),
    max: Math.max(...times),
    n: times.length,
    worst: Object.entries(byQuery)
      .map(([q, xs]) => [q, pct(xs, 95)] as const)
      .sort((a, b) => b[1] - a[1])[0],
  };
}

async function serveChild(db: string): Promise<{ url: string; stop: () => void }> {
  const port = 18700 + Math.floor(Math.random() * 200);
  const child = spawn(process.execPath, ['bin/yusuan.mjs', 'serve', '--db', db, '--port', String(port)], { stdio: ['ignore', 'ignore', 'pipe'] });
  await new Promise<void>((resolve, reject) => {
    let err = '';
    child.stderr!.on('data', (b) => {
      err += b;
      if (/http:\/\//.test(err)) resolve();
    });
    child.once('exit', (c) => reject(new Error(`server exited ${c}: ${err}`)));
  });
  return { url: `http://127.0.0.1:${port}`, stop: () => child.kill('SIGTERM') };
}

async function cannon(url: string) {
  const r = await autocannon({ url, connections: CONNECTIONS, duration: DURATION });
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, non2xx: r.non2xx, errors: r.errors };
}

async function run(label: string, spec: string, docs: Awaited<ReturnType<typeof generate>>) {
  console.log(`\n## ${label}`);
  const store = await Store.open(spec);
  const t = performance.now();
  const have = (await store.stats()).disclosures;
  const per = have ? { single: NaN, batched: NaN } : await load(store, docs);
  await store.analyze();
  const stats = await store.stats();
  console.log(
    `import: ${docs.length} disclosures in ${((performance.now() - t) / 1000).toFixed(1)} s: ${per.single.toFixed(1)} ms/document one transaction each (first ${SINGLE}), ${per.batched.toFixed(2)} ms/document in transactions of ${BATCH}; stored ${stats.disclosures} disclosures, ${stats.findings} findings`,
  );
  await store.search({ q: '预算' }); // warm
  const s = await searchLatency(store);
  console.log(
    `search: ${s.n} queries (${QUERIES.length} terms × ${FILTERS.length} filter sets × 5): p50 ${s.p50.toFixed(1)} ms, p95 ${s.p95.toFixed(1)} ms, max ${s.max.toFixed(1)} ms; slowest term p95: ${s.worst[0]} ${s.worst[1].toFixed(1)} ms`,
  );
  const sample = (await store.list({ limit: 1, region: '示例省示范市3' }))[0] ?? (await store.list({ limit: 1 }))[0];
  await store.close();
  const srv = await serveChild(spec);
  try {
    const page = `${srv.url}/org/${sample.key}`;
    await fetch(page);
    const baseline = await cannon(`${srv.url}/api/openapi.json`);
    const disc = await cannon(page);
    const search = await cannon(`${srv.url}/search?q=${encodeURIComponent('三公经费')}&year=2024`);
    const f = (x: typeof disc) => `${Math.round(x.rps)} req/s (p50 ${x.p50} ms, p99 ${x.p99} ms, non-2xx ${x.non2xx}, errors ${x.errors})`;
    console.log(`autocannon, ${CONNECTIONS} connections, ${DURATION} s each, server in a child process on 127.0.0.1:`);
    console.log(`  baseline /api/openapi.json: ${f(baseline)}`);
    console.log(`  disclosure page /org/${sample.key}: ${f(disc)}; ${(disc.rps / baseline.rps).toFixed(2)}× baseline`);
    console.log(`  search page 三公经费 (year=2024): ${f(search)}`);
  } finally {
    srv.stop();
  }
}

console.log(`# portal benchmark: ${N} disclosures generated from data/samples (node ${process.version}, ${new Date().toISOString()})`);
const docs = await generate();
const dir = mkdtempSync(join(tmpdir(), 'yusuan-bench-'));
try {
  if (!values['no-sqlite']) await run('SQLite', values.keep ?? join(dir, 'bench.db'), docs);
  if (values.pg) await run('PostgreSQL', values.pg, docs);
  else if (!values['no-pg']) {
    const pg = await freshPostgres();
    if (typeof pg === 'string') console.log(`\n## PostgreSQL: skipped: ${pg}`);
    else
      try {
        await run('PostgreSQL', pg.spec, docs);
      } finally {
        await pg.drop();
      }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
