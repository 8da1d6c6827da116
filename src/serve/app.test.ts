/**
 * The portal's pages and JSON API, in-process with app.request(), on SQLite and (when reachable) PostgreSQL:
 * seeded from data/samples/, plus a hostile document and a document in two versions.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { add, sub } from '../model/index.ts';
import { DisclosureSchema } from '../model/schemas.ts';
import { Store } from '../store/store.ts';
import { importFile, seedIfEmpty } from '../import/index.ts';
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
    /** the items of an API list (every list answers {total, limit, offset, items}) */
    const items = async (path: string) => (await json(path)).items;

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
      const list = await items(`/api/disclosures?region=${encodeURIComponent('重庆市渝中区')}`);
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
      const flawed = (await items(`/api/disclosures?region=${encodeURIComponent('示例省示范市')}&year=2024&kind=budget`)).find((x: { org: string }) =>
        x.org.startsWith('示范市交通运输局'),
      );
      if (flawed.checked) {
        assert.ok(flawed.errors >= 1);
        const fh = await (await get(`/org/${flawed.key}`)).text();
        assert.match(fh, /class="badge error"/);
      }
    });

    test('open data: model JSON, figures CSV, original byte for byte, OpenAPI', async () => {
      const seed = (await items(`/api/disclosures?region=${encodeURIComponent('重庆市渝中区')}`))[0];
      const model = DisclosureSchema.parse(await json(`/org/${seed.key}/model.json`));
      assert.equal(model.identity.unit, '重庆市渝中区科学技术局');
      assert.equal(model.threePublic.total?.value, '4.30');
      const raw = new Uint8Array(await (await get(`/org/${seed.key}/figures.csv`)).arrayBuffer());
      assert.deepEqual([...raw.subarray(0, 3)], [0xef, 0xbb, 0xbf]); // BOM, so that spreadsheet programs read UTF-8
      const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(raw).slice(1);
      assert.ok(csv.startsWith('单位,地区,年度,类型,范围,项目,本年数,上年数,增减,年初预算数,计量单位,指标代码\r\n'), csv.slice(0, 80));
      assert.match(csv, /\r\n重庆市渝中区科学技术局,重庆市渝中区,2024,预算,部门,“三公”经费合计,4\.30,5\.30,-1\.00,,万元,threePublic\.total\r\n/);
      assert.match(
        csv,
        /\r\n重庆市渝中区科学技术局,重庆市渝中区,2024,预算,部门,科学技术支出,352\.72,[^,\r]*,[^,\r]*,,万元,expenditure\.function\.科学技术支出\r\n/,
      );
      const d = await json(`/api/disclosures/${seed.key}`);
      const src = d.sources[0];
      const orig = await get(`/org/${seed.key}/original/${src.sha256}`);
      assert.equal(orig.status, 200);
      const bytes = new Uint8Array(await orig.arrayBuffer());
      assert.deepEqual(bytes, new Uint8Array(readFileSync('data/samples/seed-2024-budget.json')));
      const spec = await json('/api/openapi.json');
      assert.equal(spec.openapi, '3.1.0');
      for (const p of [
        '/api/search',
        '/api/compare',
        '/api/disclosures/{org}/{year}/{kind}',
        '/api/regions/{region}',
        '/api/transparency',
        '/org/{org}/{year}/{kind}/figures.csv',
      ])
        assert.ok(spec.paths[p], p);
    });

    test('DOCX download through the writer', async () => {
      const seed = (await items(`/api/disclosures?region=${encodeURIComponent('重庆市渝中区')}`))[0];
      const r = await get(`/org/${seed.key}/render/docx`);
      assert.equal(
        r.status,
        200,
        await r
          .clone()
          .text()
          .catch(() => ''),
      );
      assert.match(r.headers.get('content-type')!, /wordprocessingml/);
      assert.match(r.headers.get('content-disposition')!, /filename\*=UTF-8''/);
      const b = new Uint8Array(await r.arrayBuffer());
      assert.deepEqual([...b.subarray(0, 4)], [0x50, 0x4b, 0x03, 0x04]);
      assert.equal((await get(`/org/${seed.key}/render/exe`)).status, 404);
    });

    test('compare two disclosures: exact changes and shares', async () => {
      const rows = await items(`/api/disclosures?region=${encodeURIComponent('示例省样板县')}&kind=budget&limit=100`);
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
      const t = await items('/api/transparency?year=2024&kind=budget');
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

    test('security headers on every response: pages, API, CSV, originals, errors', async () => {
      const seed = (await items(`/api/disclosures?region=${encodeURIComponent('重庆市渝中区')}`))[0];
      const d = await json(`/api/disclosures/${seed.key}`);
      for (const path of [
        '/',
        '/search?q=x',
        `/org/${seed.key}`,
        `/org/${seed.key}/figures.csv`,
        '/api/stats',
        '/nope',
        '/api/search',
        `/org/${seed.key}/original/${d.sources[0].sha256}`,
        '/rules',
      ]) {
        const r = await get(path);
        assert.equal(r.headers.get('x-content-type-options'), 'nosniff', path);
        assert.match(r.headers.get('content-security-policy') ?? '', /default-src 'none'.*frame-ancestors 'none'/, path);
        assert.ok(r.headers.get('referrer-policy'), path);
      }
      // an original is sandboxed: an HTML original can never run in the portal's origin
      assert.match((await get(`/org/${seed.key}/original/${d.sources[0].sha256}`)).headers.get('content-security-policy')!, /^sandbox;/);
    });

    test('API lists page with a total; invalid parameters are 400 with a message', async () => {
      const p1 = await json('/api/disclosures?limit=5');
      assert.equal(p1.total, 56);
      assert.equal(p1.items.length, 5);
      const last = await json('/api/disclosures?limit=5&offset=55');
      assert.equal(last.items.length, 1);
      assert.equal((await json('/api/organisations?limit=3')).total, 8);
      for (const [path, msg] of [
        ['/api/disclosures?year=abc', /year must be a year/],
        ['/api/disclosures?kind=x', /kind must be budget or final/],
        ['/api/disclosures?limit=0', /limit/],
        ['/api/disclosures?yaer=2024', /unknown parameter yaer/],
        ['/api/search?q=' + 'a'.repeat(201), /longer than 200/],
        ['/api/search', /q is required/],
        ['/api/regions/x?year=1', /year/],
        ['/data/figures.csv', /give a year or a region/],
      ] as const) {
        const r = await get(path);
        assert.equal(r.status, 400, path);
        assert.match(await r.text(), msg, path);
      }
    });

    test('open data: one CSV per year and region with whose each figure is and its unit', async () => {
      const r = await get(`/data/figures.csv?region=${encodeURIComponent('示例省样板县')}&year=2024`);
      assert.equal(r.status, 200);
      const csv = (await r.text()).replace(/^\ufeff/, '');
      const rows = csv
        .trim()
        .split('\r\n')
        .map((l) => l.split(','));
      assert.equal(rows[0].join(','), '单位,地区,年度,类型,范围,项目,本年数,上年数,增减,年初预算数,计量单位,指标代码');
      const body = rows.slice(1);
      assert.ok(body.length > 20);
      assert.deepEqual([...new Set(body.map((x) => x[0]))].sort(), ['样板县农业农村局（示例单位）', '样板县生态环境局（示例单位）']);
      assert.ok(body.every((x) => x[1] === '示例省样板县' && x[2] === '2024' && x[4] === '部门'));
      assert.deepEqual([...new Set(body.map((x) => x[3]))].sort(), ['决算', '预算']);
      assert.ok(body.some((x) => x[5] === '车辆' && x[10] === '辆'));
      assert.ok(body.some((x) => x[5] === '支出总计' && x[10] === '万元'));
    });

    test('sample data shows no finding its document lacks; the page says the text rules did not run', async () => {
      const seed = (await items(`/api/disclosures?region=${encodeURIComponent('重庆市渝中区')}`))[0];
      const d = await json(`/api/disclosures/${seed.key}`);
      assert.deepEqual(
        d.findings.map((f: { rule: string }) => f.rule),
        [],
      );
      const h = await (await get(`/org/${seed.key}`)).text();
      assert.match(h, /只有数字、没有正文：需要正文的 \d+ 条规则/);
      // the generated sample departments: only the one deliberate flaw
      const all = await items('/api/disclosures?limit=500');
      const withFindings = all.filter((x: { errors: number; warnings: number; isSample: boolean }) => x.isSample && x.errors + x.warnings > 0);
      assert.deepEqual(
        withFindings.map((x: { org: string; year: number }) => `${x.org}/${x.year}`),
        ['示范市交通运输局（示例单位）/2024'],
      );
    });

    test('findings: the rule in Chinese with a link to its page; rule pages show basis and real examples', async () => {
      const flawed = (await items(`/api/disclosures?region=${encodeURIComponent('示例省示范市')}&year=2024&kind=budget`)).find((x: { org: string }) =>
        x.org.startsWith('示范市交通运输局'),
      );
      const h = await (await get(`/org/${flawed.key}`)).text();
      assert.match(h, /<a class="rule" href="\/rules\/three-public-sum">“三公”经费合计与各项之和不符<\/a>/);
      assert.doesNotMatch(h, /<code[^>]*>three-public-sum<\/code>/);
      assert.match(h, /应为 [\d,.]+ 万元，文件中为 [\d,.]+ 万元，相差 1 ?(\.00)? 万元|相差 1\.00 万元/);
      const rule = await (await get('/rules/three-public-sum')).text();
      assert.match(rule, /依据/);
      assert.match(rule, new RegExp(`href="/org/${flawed.key}#findings"`));
      assert.equal((await get('/rules/no-such-rule')).status, 404);
      assert.match(await (await get('/rules')).text(), /需正文/);
    });

    test('generated files say they are machine-made and are not offered for a disclosure with errors', async () => {
      const flawed = (await items(`/api/disclosures?region=${encodeURIComponent('示例省示范市')}&year=2024&kind=budget`)).find((x: { org: string }) =>
        x.org.startsWith('示范市交通运输局'),
      );
      assert.equal((await get(`/org/${flawed.key}/render/md`)).status, 409);
      assert.doesNotMatch(await (await get(`/org/${flawed.key}`)).text(), new RegExp(`/org/${flawed.key}/render/`));
      const seed = (await items(`/api/disclosures?region=${encodeURIComponent('重庆市渝中区')}`))[0];
      const md = await (await get(`/org/${seed.key}/render/md`)).text();
      assert.match(md, /系统生成，非原件/);
      assert.match(md, /2024年部门预算情况说明/);
    });

    test('search: past the end says so; a long query or too many terms is refused with a message', async () => {
      const r = await get(`/search?q=${encodeURIComponent('三公')}&offset=1000`);
      const h = await r.text();
      assert.match(h, /共 \d+ 条结果，本页（从第 1001 条起）已超出范围/);
      assert.doesNotMatch(h, /没有找到/);
      const long = await get(`/search?q=${'预'.repeat(201)}`);
      assert.equal(long.status, 400);
      assert.match(await long.text(), /检索词过长：最多 200 个字/);
      const many = await get(`/search?q=${encodeURIComponent('一 二 三 四 五 六 七')}`);
      assert.equal(many.status, 400);
      assert.match(await many.text(), /检索词最多 6 个/);
      assert.equal((await get(`/api/search?q=${encodeURIComponent('一 二 三 四 五 六 七')}`)).status, 400);
    });

    test('whose 三公 rose: a region ranked by the change, sortable, as CSV', async () => {
      const region = encodeURIComponent('示例省示范市');
      const r = await get(`/region/${region}/three-public?year=2024&kind=budget`);
      assert.equal(r.status, 200);
      const h = await r.text();
      assert.match(h, /谁的“三公”经费增加了/);
      const changes = [...h.matchAll(/<td class="num (?:up|down|)">([+−\d,.]+)<\/td><td class="num/g)].map((m) =>
        Number(m[1].replace(/[+,]/g, '').replace('−', '-')),
      );
      assert.equal(changes.length, 4);
      assert.deepEqual(
        changes,
        [...changes].sort((a, b) => b - a),
        'largest rise first',
      );
      const asc = await (await get(`/region/${region}/three-public?year=2024&kind=budget&sort=change&order=asc`)).text();
      const up = [...asc.matchAll(/<td class="num (?:up|down|)">([+−\d,.]+)<\/td><td class="num/g)].map((m) =>
        Number(m[1].replace(/[+,]/g, '').replace('−', '-')),
      );
      assert.deepEqual(up, [...changes].reverse());
      const csv = (await (await get(`/region/${region}/three-public.csv?year=2024&kind=budget`)).text())
        .replace(/^\ufeff/, '')
        .trim()
        .split('\r\n');
      assert.equal(csv[0], '单位,地区,年度,类型,本年“三公”经费（万元）,上年（万元）,上年数来源,增减额（万元）,增减率（%）');
      assert.equal(csv.length, 5);
      const [, , , , value, prev, , change] = csv[1].split(',');
      assert.equal(change, sub(value, prev));
      assert.equal((await get(`/region/${region}/three-public?sort=bogus`)).status, 400);
    });

    test('search: an amount finds its document in any written form', async () => {
      // the seed states 447.01万元 (收入预算) and 352.72 (科学技术支出)
      for (const q of ['447.01', '447.01万元', '4,470,100元', '0.04亿']) {
        const r = await json(`/api/search?q=${encodeURIComponent(q)}&region=${encodeURIComponent('重庆市渝中区')}`);
        assert.equal(r.total, 1, q);
        const h = r.hits[0];
        if (q !== '0.04亿') assert.match(h.snippet.slice(h.marks[0][0], h.marks[0][1]), /447\.01/, q);
      }
      assert.equal((await json(`/api/search?q=${encodeURIComponent('447.02')}&region=${encodeURIComponent('重庆市渝中区')}`)).total, 0);
    });

    test('browse without a keyword, the department directory, the Atom feed, 纠错, 预算执行率', async () => {
      const b = await (await get(`/search?year=2023&kind=final`)).text();
      assert.match(b, /共 6 份文件/);
      assert.doesNotMatch(b, /没有找到/);
      const dir = await (await get('/orgs')).text();
      assert.match(dir, /单位名录/);
      assert.match(dir, /重庆市渝中区科学技术局/);
      const feed = await get('/feed.atom');
      assert.match(feed.headers.get('content-type')!, /application\/atom\+xml/);
      const xml = await feed.text();
      assert.match(xml, /^<\?xml/);
      assert.equal((xml.match(/<entry>/g) ?? []).length, 50);
      assert.ok(!xml.includes('<script>'), 'document text is escaped in the feed');
      const seed = (await items(`/api/disclosures?region=${encodeURIComponent('重庆市渝中区')}`))[0];
      const page = await (await get(`/org/${seed.key}`)).text();
      assert.match(page, new RegExp(`href="/feedback\\?d=${seed.key.replace(/\//g, '%2F')}"`));
      assert.match(page, /许可/);
      assert.match(await (await get(`/feedback?d=${encodeURIComponent(seed.key)}`)).text(), /纠错与反馈/);
      const fin = (await items(`/api/disclosures?kind=final&year=2024&limit=1`))[0];
      assert.match(await (await get(`/org/${fin.key}`)).text(), /预算执行率/);
    });
  });
}
