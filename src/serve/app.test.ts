/**
 * The portal's pages and JSON API, in-process with app.request(), on SQLite and (when reachable) PostgreSQL:
 * seeded from data/samples/, plus a hostile document and a document in two versions.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { add, DisclosureSchema, sub } from '../model/index.ts';
import { Store } from '../store/store.ts';
import { importFile, seedIfEmpty } from '../store/importer.ts';
import { freshDb, HOSTILE, type TestDb } from '../store/testing.ts';
import { createApp } from './app.ts';

const quiet = { out: () => {}, err: () => {} };



for (const backend of ['sqlite', 'postgres'] as const) {
  describe(`portal API on ${backend}`, () => {
    let db: TestDb | undefined;
    let skip: string | undefined;
    let store: Store;
    let app: ReturnType<typeof createApp>;
    let dir: string;
    const get = (path: string) => app.request(path);
    const json = async (path: string) => {
      const r = await get(path);
      assert.equal(r.status, 200, path);
      return r.json() as Promise<any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    };

    before(async () => {
      const made = await freshDb(backend);
      if (typeof made === 'string') {
        skip = made;
        return;
      }
      db = made;
      store = await Store.open(db.spec);
      assert.equal(await seedIfEmpty(store, quiet), 55);
      dir = mkdtempSync(join(tmpdir(), 'yusuan-portal-'));
      writeFileSync(join(dir, 'hostile.txt'), HOSTILE);
      await importFile(store, join(dir, 'hostile.txt'));
      app = createApp(store);
    });
    after(async () => {
      await store?.close();
      await db?.drop();
    });

    const test = (name: string, fn: () => Promise<void>) => void it(name, async (t) => (skip ? t.skip(skip) : fn()));

    test('home page: counts, regions, years, latest, sample notice', async () => {
      const r = await get('/');
      assert.equal(r.status, 200);
      assert.match(r.headers.get('content-type')!, /text\/html/);
      const h = await r.text();
      assert.match(h, /<html lang="zh-CN">/);
      assert.match(h, /<main id="content"/);
      assert.match(h, /<nav class="main" aria-label="主导航">/);
      assert.match(h, /示例省示范市/);
      assert.match(h, /重庆市渝中区/);
      assert.match(h, /示例数据/);
      const stats = await json('/api/stats');
      assert.equal(stats.disclosures, 56);
      assert.equal(stats.organisations, 8);
      assert.ok(stats.years.some((y: { year: number; budget: number; final: number }) => y.year === 2024 && y.budget === 8 && y.final === 6));
    });

    test('search: 三公经费, 预算 and 三公 (two characters) with highlighted snippets', async () => {
      for (const q of ['三公经费', '预算', '三公', '机关运行经费']) {
        const r = await json(`/api/search?q=${encodeURIComponent(q)}`);
        assert.ok(r.total >= 55, `${q}: ${r.total}`);
        const h = r.hits[0];
        const [a, b] = h.marks[0];
        assert.equal(h.snippet.slice(a, b).replace(/[“”]/g, ''), q);
      }
      const page = await (await get(`/search?q=${encodeURIComponent('三公')}`)).text();
      assert.match(page, /<mark>三公<\/mark>/);
      assert.match(page, /(?:共|约) \d+ 条结果/);
      const none = await json(`/api/search?q=${encodeURIComponent('不存在的词语组合')}`);
      assert.equal(none.total, 0);
      const one = await json(`/api/search?q=${encodeURIComponent('渝中')}`);
      assert.equal(one.total, 1);
      assert.equal(one.hits[0].org, '重庆市渝中区科学技术局');
    });

    test('search filters: year, kind, region, organisation', async () => {
      const y = await json(`/api/search?q=${encodeURIComponent('预算')}&year=2023&limit=100`);
      assert.ok(y.total > 0 && y.hits.every((h: { year: number }) => h.year === 2023));
      const k = await json(`/api/search?q=${encodeURIComponent('支出')}&kind=final&limit=100`);
      assert.equal(k.total, 24);
      assert.ok(k.hits.every((h: { kind: string }) => h.kind === 'final'));
      const rg = await json(`/api/search?q=${encodeURIComponent('支出')}&region=${encodeURIComponent('示例省样板县')}&limit=100`);
      assert.equal(rg.total, 18);
      const org = rg.hits[0].orgSlug;
      const o = await json(`/api/search?q=${encodeURIComponent('支出')}&org=${org}&limit=100`);
      assert.equal(o.total, 9);
    });

    test('disclosure page: figures, charts (SVG), findings, downloads', async () => {
      const list = await json(`/api/disclosures?region=${encodeURIComponent('重庆市渝中区')}`);
      assert.equal(list.length, 1);
      const seed = list[0];
      const r = await get(`/org/${seed.key}`);
      assert.equal(r.status, 200);
      const h = await r.text();
      assert.match(h, /<svg[^>]*viewBox/);
      assert.match(h, /支出按功能分类/);
      assert.match(h, /“三公”经费与机关运行经费/);
      assert.match(h, /检查发现/);
      assert.match(h, /447\.01/);
      assert.match(h, new RegExp(`href="/org/${seed.key}/render/docx"`));
      assert.match(h, new RegExp(`href="/org/${seed.key}/figures.csv"`));
      const api = await json(`/api/disclosures/${seed.key}`);
      assert.equal(api.figures['expenditure.total'], '447.01');
      assert.equal(api.figures['threePublic.total'], '4.30');
      assert.ok(Array.isArray(api.findings));
      // a flawed sample (三公 total ≠ its parts) shows its error finding
      const flawed = (await json(`/api/disclosures?region=${encodeURIComponent('示例省示范市')}&year=2024&kind=budget`)).find((x: { org: string }) => x.org.startsWith('示范市交通运输局'));
      if (flawed.checked) {
        assert.ok(flawed.errors >= 1);
        const fh = await (await get(`/org/${flawed.key}`)).text();
        assert.match(fh, /class="badge error"/);
      }
    });

    test('open data: model JSON, figures CSV, original byte for byte, OpenAPI', async () => {
      const seed = (await json(`/api/disclosures?region=${encodeURIComponent('重庆市渝中区')}`))[0];
      const model = DisclosureSchema.parse(await json(`/org/${seed.key}/model.json`));
      assert.equal(model.identity.unit, '重庆市渝中区科学技术局');
      assert.equal(model.threePublic.total?.value, '4.30');
      const raw = new Uint8Array(await (await get(`/org/${seed.key}/figures.csv`)).arrayBuffer());
      assert.deepEqual([...raw.subarray(0, 3)], [0xef, 0xbb, 0xbf]); // BOM, so that spreadsheet programs read UTF-8
      const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(raw).slice(1);
      assert.ok(csv.startsWith('key,name,value\r\n'));
      assert.match(csv, /\r\nthreePublic\.total,“三公”经费合计,4\.30\r\n/);
      assert.match(csv, /\r\nexpenditure\.function\.科学技术支出,科学技术支出,352\.72\r\n/);
      const d = await json(`/api/disclosures/${seed.key}`);
      const src = d.sources[0];
      const orig = await get(`/org/${seed.key}/original/${src.sha256}`);
      assert.equal(orig.status, 200);
      const bytes = new Uint8Array(await orig.arrayBuffer());
      assert.deepEqual(bytes, new Uint8Array(readFileSync('data/samples/seed-2024-budget.json')));
      const spec = await json('/api/openapi.json');
      assert.equal(spec.openapi, '3.1.0');
      for (const p of ['/api/search', '/api/compare', '/api/disclosures/{org}/{year}/{kind}', '/api/regions/{region}', '/api/transparency', '/org/{org}/{year}/{kind}/figures.csv'])
        assert.ok(spec.paths[p], p);
    });

    test('DOCX download through the writer', async () => {
      const seed = (await json(`/api/disclosures?region=${encodeURIComponent('重庆市渝中区')}`))[0];
      const r = await get(`/org/${seed.key}/render/docx`);
      assert.equal(r.status, 200, await r.clone().text().catch(() => ''));
      assert.match(r.headers.get('content-type')!, /wordprocessingml/);
      assert.match(r.headers.get('content-disposition')!, /filename\*=UTF-8''/);
      const b = new Uint8Array(await r.arrayBuffer());
      assert.deepEqual([...b.subarray(0, 4)], [0x50, 0x4b, 0x03, 0x04]);
      assert.equal((await get(`/org/${seed.key}/render/exe`)).status, 404);
    });

    test('compare two disclosures: exact changes and shares', async () => {
      const rows = await json(`/api/disclosures?region=${encodeURIComponent('示例省样板县')}&kind=budget&limit=100`);
      const org = rows[0].orgSlug;
      const a = rows.find((r: { orgSlug: string; year: number }) => r.orgSlug === org && r.year === 2023);
      const b = rows.find((r: { orgSlug: string; year: number }) => r.orgSlug === org && r.year === 2024);
      const c = await json(`/api/compare?d=${a.key}&d=${b.key}`);
      assert.equal(c.disclosures.length, 2);
      const [x, y] = c.disclosures;
      const k = 'expenditure.total';
      assert.equal(y.figures[k].change, sub(y.figures[k].value, x.figures[k].value));
      assert.equal(x.figures[k].share, '100.00');
      const page = await (await get(`/compare?d=${a.key}&d=${b.key}`)).text();
      assert.match(page, /与第1份比/);
      assert.match(page, /支出总计/);
    });

    test('region roll-up sums exactly and drills down; transparency table', async () => {
      const r = await json(`/api/regions/${encodeURIComponent('示例省示范市')}?year=2024&kind=budget`);
      assert.equal(r.rows.length, 4);
      assert.equal(r.totals['expenditure.total'], add(...r.rows.map((x: { figures: Record<string, string> }) => x.figures['expenditure.total'])));
      const page = await (await get(`/region/${encodeURIComponent('示例省示范市')}?year=2024&kind=budget`)).text();
      for (const x of r.rows) assert.ok(page.includes(`href="/org/${x.key}"`));
      const t = await json('/api/transparency?year=2024&kind=budget');
      assert.equal(t.length, 8);
      const seed = t.find((x: { org: string }) => x.org === '重庆市渝中区科学技术局');
      assert.ok(seed.completeness > 80 && seed.completeness <= 100);
      assert.match(await (await get('/transparency')).text(), /完整性/);
    });

    test('hostile content is inert (escaped as text)', async () => {
      const r = await json(`/api/search?q=${encodeURIComponent('恶意测试')}`);
      assert.equal(r.total, 1);
      const key = r.hits[0].key;
      for (const path of [`/org/${key}`, `/search?q=${encodeURIComponent('恶意测试')}`, `/org/${r.hits[0].orgSlug}`, '/']) {
        const h = await (await get(path)).text();
        assert.ok(!h.includes('<script>alert'), path);
        assert.ok(!/<img[^>]*onerror/i.test(h), path);
        if (path !== '/') assert.ok(h.includes('&lt;script&gt;') || h.includes('&lt;img'), path);
      }
      const h = await (await get(`/org/${key}`)).text();
      assert.match(h, /&lt;img src=x onerror=alert\(1\)&gt;本单位负责测试。/);
    });

    test('import is idempotent by content hash; a changed file is a new immutable version', async () => {
      const before = await json('/api/stats');
      assert.equal((await importFile(store, join(dir, 'hostile.txt'))).status, 'unchanged');
      writeFileSync(join(dir, 'hostile-v2.txt'), HOSTILE + '\n（更正版）');
      const v2 = await importFile(store, join(dir, 'hostile-v2.txt'));
      assert.equal(v2.status, 'new-version');
      const after = await json('/api/stats');
      assert.equal(after.disclosures, before.disclosures);
      assert.equal(after.versions, before.versions + 1);
      const r = await json(`/api/search?q=${encodeURIComponent('恶意测试')}`);
      const d = await json(`/api/disclosures/${r.hits[0].key}`);
      assert.equal(d.versionsList.length, 2);
      const old = d.versionsList[1];
      const oldPage = await get(`/org/${r.hits[0].key}/v/${old.contentHash.slice(0, 16)}`);
      assert.equal(oldPage.status, 200);
      assert.match(await oldPage.text(), /历史版本/);
      assert.match(await (await get(`/org/${r.hits[0].key}`)).text(), /更正版/);
    });

    test('unknown things are 404, bad parameters are harmless', async () => {
      assert.equal((await get('/org/000000000000/2024/budget')).status, 404);
      assert.equal((await get('/org/zzz/2024/budget')).status, 404);
      assert.equal((await get('/api/organisations/000000000000')).status, 404);
      assert.equal((await get('/nope')).status, 404);
      assert.equal((await get('/api/search')).status, 400);
      assert.equal((await get(`/search?q=${encodeURIComponent('"\'%_\\')}&year=abc&kind=x`)).status, 200);
      assert.equal((await get('/compare?d=../../etc')).status, 200);
    });
  });
}
