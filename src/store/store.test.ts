/** The store: text helpers, the import command, transactions, exact money, the job queue; SQLite and PostgreSQL. */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { main } from '../cli/main.ts';
import { DisclosureSchema } from '../model/schemas.ts';
import { snippet, terms } from './search.ts';
import { Store } from './store.ts';
import { migrations } from './migrations.ts';
import { freshDb, type TestDb } from './testing.ts';
import { bigrams, narrate, queryBigrams, regionOf, searchable } from './text.ts';
import { SEED as SEED_TXT } from '../../test/shared.ts';

describe('text helpers', () => {
  it('bigrams index CJK runs as overlapping pairs and other words whole', () => {
    assert.equal(bigrams('三公经费 12.30 ABC预算'), '三公 公经 经费 12 30 abc 预算');
    assert.equal(bigrams('一'), '一');
    assert.deepEqual(queryBigrams('三公'), ['三公']);
    assert.equal(queryBigrams('三'), null);
  });
  it('region from the unit name', () => {
    assert.equal(regionOf('重庆市渝中区科学技术局'), '重庆市渝中区');
    assert.equal(regionOf('上海市普陀区教育局'), '上海市普陀区');
    assert.equal(regionOf('江苏省财政厅'), '江苏省');
    assert.equal(regionOf('科学技术局'), '');
  });
  it('search text and terms drop quotation marks', () => {
    assert.equal(searchable('“三公”经费'), '三公经费');
    assert.deepEqual(terms(' “三公”经费  预算 '), ['三公经费', '预算']);
  });
  it('snippets mark every occurrence, case-insensitively', () => {
    const s = snippet('前文'.repeat(50) + '三公经费预算，三公经费', ['三公经费']);
    assert.equal(s.marks.length, 2);
    for (const [a, b] of s.marks) assert.equal(s.snippet.slice(a, b), '三公经费');
    assert.ok(s.snippet.startsWith('…'));
    const q = snippet('本年“三公”经费预算4.30万元', ['三公经费']);
    assert.equal(q.snippet.slice(q.marks[0][0], q.marks[0][1]), '“三公”经费');
  });
  it('snippets skip the table of contents', () => {
    const text = ['目 录', '一、“三公”经费支出情况说明……………………12', '二、其他', '正文：“三公”经费预算4.30万元。'].join('\n');
    const s = snippet(text, ['三公经费']);
    assert.doesNotMatch(s.snippet, /……/);
    assert.match(s.snippet.slice(s.marks[0][0], s.marks[0][1]), /“三公”经费/);
    assert.ok(s.snippet.includes('预算4.30万元'));
  });
  it('the narrative of a model states its figures', () => {
    const d = DisclosureSchema.parse(JSON.parse(readFileSync('data/samples/seed-2024-budget.json', 'utf8')));
    const t = narrate(d);
    assert.match(t, /2024年收入预算447\.01万元，比上年减少2544\.50万元。/);
    assert.match(t, /“三公”经费预算4\.30万元，比上年减少1\.00万元。/);
  });
});

for (const backend of ['sqlite', 'postgres'] as const) {
  describe(`store and yusuan import on ${backend}`, () => {
    let db: TestDb | undefined;
    let skip: string | undefined;
    let dir: string;
    before(async () => {
      const made = await freshDb(backend);
      if (typeof made === 'string') skip = made;
      else db = made;
      dir = mkdtempSync(join(tmpdir(), 'yusuan-import-'));
    });
    after(async () => db?.drop());
    const test = (name: string, fn: () => Promise<void>) => void it(name, async (t) => (skip ? t.skip(skip) : fn()));
    const run = async (args: string[]) => {
      const out: string[] = [];
      const err: string[] = [];
      const code = await main(args, { out: (s) => out.push(s), err: (s) => err.push(s) });
      return { code, out, err };
    };

    test('import: a folder with a bad file exits 1, names it, stores the rest; a rerun changes nothing', async () => {
      const folder = join(dir, 'in');
      (await import('node:fs')).mkdirSync(folder);
      copyFileSync(SEED_TXT, join(folder, 'seed.txt'));
      copyFileSync('data/samples/sample-1-2024-budget.json', join(folder, 'sample.json'));
      writeFileSync(join(folder, 'broken.pdf'), 'this is not a PDF');
      writeFileSync(join(folder, 'bad.json'), '{"identity": 1}');
      const r = await run(['import', folder, '--db', db!.spec]);
      assert.equal(r.code, 1);
      assert.ok(
        r.err.some((l) => /^yusuan: .*broken\.pdf: /.test(l)),
        r.err.join('\n'),
      );
      assert.ok(
        r.err.some((l) => /^yusuan: .*bad\.json: not a disclosure model/.test(l)),
        r.err.join('\n'),
      );
      assert.ok(r.err.every((l) => !/\n\s+at /.test(l)));
      assert.match(r.out.at(-1)!, /^4 file\(s\) in [\d.]+ s: 2 added, 0 new version\(s\), 0 unchanged, 0 refused \(not a disclosure\), 2 failed/);
      const again = await run(['import', join(folder, 'seed.txt'), join(folder, 'sample.json'), '--db', db!.spec]);
      assert.equal(again.code, 0);
      assert.match(again.out.at(-1)!, /0 added, 0 new version\(s\), 2 unchanged, 0 refused \(not a disclosure\), 0 failed/);
      const store = await Store.open(db!.spec);
      try {
        const s = await store.stats();
        assert.equal(s.disclosures, 2);
        assert.equal(s.versions, 2);
        // the original is kept byte for byte
        const rows = await store.list({ limit: 10 });
        const seed = rows.find((x) => x.org.includes('科学技术局') && !x.isSample)!;
        assert.ok(seed, JSON.stringify(rows.map((x) => x.org)));
        const [slug, year, kind] = seed.key.split('/');
        const d = (await store.disclosure(slug, Number(year), kind))!;
        assert.equal(d.textOrigin, 'source');
        const blob = (await store.blob(d.sources[0].sha256))!;
        assert.deepEqual(new Uint8Array(blob.bytes), new Uint8Array(readFileSync(SEED_TXT)));
        assert.ok(d.body.includes('部门预算'));
        const audit = await store.db.selectFrom('audit_log').select(['action', 'actor']).execute();
        assert.equal(audit.length, 2);
        const ledger = await store.db.selectFrom('publication_ledger').select(['status', 'version_id']).execute();
        assert.ok(ledger.length === 2 && ledger.every((l) => l.status === 'published' && l.version_id));
      } finally {
        await store.close();
      }
    });

    test('usage errors exit 2 with one line', async () => {
      const r = await run(['import', '--db', db!.spec]);
      assert.equal(r.code, 2);
      assert.equal(r.err.length, 1);
      const bad = await run(['import', 'x.txt', '--db', 'postgres://nobody@127.0.0.1:1/none']);
      assert.equal(bad.code, 2);
      assert.match(bad.err[0], /cannot connect to PostgreSQL/);
    });

    test('a failing document leaves nothing behind (one transaction per document)', async () => {
      const store = await Store.open(db!.spec);
      try {
        const before = await store.stats();
        const d = DisclosureSchema.parse(JSON.parse(readFileSync('data/samples/sample-2-2024-budget.json', 'utf8')));
        d.identity.unit = '事务回滚测试局';
        const bytes = new TextEncoder().encode('x');
        await assert.rejects(
          store.importDisclosure({
            disclosure: d,
            contentHash: 'f'.repeat(64),
            sources: [{ file: 'x', format: 'text', bytes }],
            body: 'x',
            textOrigin: 'source',
            // a finding without a rule violates NOT NULL after the organisation, disclosure and version rows are written
            findings: [
              {
                rule: null as unknown as string,
                severity: 'error',
                message: 'x',
                evidence: [],
                figures: { expected: null, actual: null, difference: null, tolerance: null },
              },
            ],
          }),
        );
        assert.deepEqual(await store.stats(), before);
        assert.equal((await store.organisations()).filter((o) => o.name === '事务回滚测试局').length, 0);
      } finally {
        await store.close();
      }
    });

    test('search finds a term only where its characters are adjacent', async () => {
      const store = await Store.open(db!.spec);
      try {
        const d = DisclosureSchema.parse(JSON.parse(readFileSync('data/samples/sample-1-2021-budget.json', 'utf8')));
        d.identity.unit = '邻接测试局';
        await store.importDisclosure({
          disclosure: d,
          contentHash: 'a'.repeat(64),
          sources: [],
          body: '甲乙。乙丙。丁戊己',
          textOrigin: 'source',
          findings: [],
        });
        const split = await store.search({ q: '甲乙丙' });
        assert.equal(split.hits.length, 0);
        if (!split.approximate) assert.equal(split.total, 0);
        const whole = await store.search({ q: '丁戊己' });
        assert.equal(whole.hits.length, 1);
        assert.equal(whole.hits[0].org, '邻接测试局');
        assert.equal((await store.search({ q: '乙丙' })).total, 1);
        assert.equal((await store.search({ q: '戊' })).total, 1);
      } finally {
        await store.close();
      }
    });

    test('a search asked again after a write sees the new document (term sets cached per store are dropped), totals with filters and past the end', async () => {
      const store = await Store.open(db!.spec);
      try {
        const d = DisclosureSchema.parse(JSON.parse(readFileSync('data/samples/sample-1-2021-budget.json', 'utf8')));
        d.identity.unit = '缓存测试一局';
        await store.importDisclosure({ disclosure: d, contentHash: 'c'.repeat(64), sources: [], body: '庚辛壬癸之数', textOrigin: 'source', findings: [] });
        assert.equal((await store.search({ q: '庚辛壬癸' })).total, 1);
        d.identity.unit = '缓存测试二局';
        await store.importDisclosure({ disclosure: d, contentHash: 'd'.repeat(64), sources: [], body: '又一份庚辛壬癸', textOrigin: 'source', findings: [] });
        const both = await store.search({ q: '庚辛壬癸' });
        assert.deepEqual([both.total, both.hits.map((h) => h.org).sort()], [2, ['缓存测试一局', '缓存测试二局']]);
        // the same term set under a filter and past the end: the total still counts every match
        assert.equal((await store.search({ q: '庚辛壬癸', org: both.hits[0].orgSlug })).total, 1);
        const past = await store.search({ q: '庚辛 壬癸', offset: 20 });
        assert.deepEqual([past.total, past.hits.length], [2, 0]);
      } finally {
        await store.close();
      }
    });

    test('money is stored exactly (NUMERIC on PostgreSQL, TEXT on SQLite) and migrations run once', async () => {
      const store = await Store.open(db!.spec);
      try {
        const r = await store.db.selectFrom('figures').select(['amount', 'value']).where('key', '=', 'general.project').execute();
        assert.ok(
          r.some((x) => x.amount === '174.00' && x.value === '174.00'),
          JSON.stringify(r),
        );
        if (backend === 'postgres') {
          const sum = await sql<{ s: string }>`SELECT sum(amount)::text AS s FROM figures WHERE key = 'expenditure.total'`.execute(store.db);
          assert.match(sum.rows[0].s, /^\d+\.\d\d$/);
        }
        const m = await sql<{ n: number }>`SELECT count(*) AS n FROM schema_migrations`.execute(store.db);
        assert.equal(Number(m.rows[0].n), Object.keys(migrations(backend)).length);
      } finally {
        await store.close();
      }
    });

    it('the job queue table takes SELECT … FOR UPDATE SKIP LOCKED (PostgreSQL)', async (t) => {
      if (skip) return t.skip(skip);
      if (backend !== 'postgres') return t.skip('SQLite has one writer; the queue is claimed with an UPDATE');
      const store = await Store.open(db!.spec);
      try {
        const at = new Date().toISOString();
        await store.db
          .insertInto('jobs')
          .values(
            [1, 2].map((i) => ({
              queue: 'check',
              payload_json: `{"n":${i}}`,
              state: 'queued',
              run_at: at,
              attempts: 0,
              max_attempts: 5,
              locked_by: null,
              locked_at: null,
              last_error: null,
              created_at: at,
              finished_at: null,
            })),
          )
          .execute();
        const claim = (trx: typeof store.db) =>
          sql<{ id: number }>`SELECT id FROM jobs WHERE queue = 'check' AND state = 'queued' ORDER BY run_at, id LIMIT 1 FOR UPDATE SKIP LOCKED`.execute(trx);
        let release!: () => void;
        const held = new Promise<void>((r) => (release = r));
        let first = 0;
        const a = store.db.transaction().execute(async (trx) => {
          first = (await claim(trx)).rows[0].id;
          await held;
        });
        while (!first) await new Promise((r) => setTimeout(r, 10));
        const second = await store.db.transaction().execute(async (trx) => (await claim(trx)).rows[0]?.id);
        release();
        await a;
        assert.ok(first && second && first !== second);
      } finally {
        await store.close();
      }
    });
  });
}
