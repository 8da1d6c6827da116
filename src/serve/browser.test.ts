/**
 * The portal in a real browser (playwright-core + Debian's chromium), on SQLite and on PostgreSQL: home page,
 * search for 三公经费 and 预算, a disclosure with its chart and findings, comparison of two, the DOCX download,
 * and a hostile document that stays inert.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { Store } from '../store/store.ts';
import { importFile, seedIfEmpty } from '../import/index.ts';
import { freshDb, HOSTILE, type TestDb } from '../store/testing.ts';
import { startServer, type RunningServer } from './server.ts';
import { BROWSER_FLAGS, chromiumPath } from './browser-testing.ts';

const quiet = { out: () => {}, err: () => {} };

for (const backend of ['sqlite', 'postgres'] as const) {
  describe(`portal in the browser on ${backend}`, { timeout: 180_000 }, () => {
    let skip: string | undefined;
    let db: TestDb | undefined;
    let store: Store;
    let server: RunningServer;
    let ctx: BrowserContext;
    let page: Page;
    let base: string;
    let profile: string;
    let dialogs = 0;

    before(async () => {
      const exe = chromiumPath();
      if (!exe) {
        skip = 'chromium not found (apt-get install chromium, or set CHROMIUM)';
        return;
      }
      const made = await freshDb(backend);
      if (typeof made === 'string') {
        skip = made;
        return;
      }
      db = made;
      store = await Store.open(db.spec);
      await seedIfEmpty(store, quiet);
      const dir = mkdtempSync(join(tmpdir(), 'yusuan-browser-'));
      writeFileSync(join(dir, 'hostile.txt'), HOSTILE);
      await importFile(store, join(dir, 'hostile.txt'));
      server = await startServer(store, { port: 0 });
      base = `http://127.0.0.1:${server.port}`;
      profile = mkdtempSync(join(tmpdir(), 'yusuan-chromium-'));
      ctx = await chromium.launchPersistentContext(profile, {
        executablePath: exe,
        args: BROWSER_FLAGS,
        headless: true,
        acceptDownloads: true,
        viewport: { width: 1280, height: 900 },
      });
      page = ctx.pages()[0] ?? (await ctx.newPage());
      page.on('dialog', (d) => {
        dialogs++;
        void d.dismiss();
      });
    });
    after(async () => {
      await ctx?.close();
      await server?.close();
      await store?.close();
      await db?.drop();
      if (profile) rmSync(profile, { recursive: true, force: true });
    });

    const test = (name: string, fn: () => Promise<void>) => void it(name, async (t) => (skip ? t.skip(skip) : fn()));

    test('home page shows counts, regions and the search box', async () => {
      await page.goto(base + '/');
      assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), '部门预算与决算公开');
      assert.ok(await page.getByRole('link', { name: '重庆市渝中区' }).first().isVisible());
      assert.ok(await page.getByRole('search').isVisible());
      assert.match((await page.locator('.stat .n').first().textContent()) ?? '', /^\d+$/);
    });

    test('search 三公经费 and 预算: results with highlighted terms', async () => {
      for (const q of ['三公经费', '预算']) {
        await page.goto(base + '/');
        await page.getByLabel(/检索公开文件全文/).fill(q);
        await page.getByRole('button', { name: '检索' }).click();
        await page.waitForURL(/\/search\?/);
        const heading = (await page.locator('#res').textContent()) ?? '';
        const n = Number(/(?:共|约) (\d+) 条结果/.exec(heading)?.[1] ?? 0);
        assert.ok(n >= 55, `${q}: ${heading}`);
        const marks = await page.locator('ul.results mark').allTextContents();
        assert.ok(marks.length > 0 && marks.every((m) => m.replace(/[“”]/g, '') === q), `${q}: ${marks.slice(0, 3).join(',')}`);
      }
      // filters narrow the results
      await page.getByLabel('类型').selectOption('final');
      await page.getByRole('button', { name: '检索' }).click();
      await page.waitForURL(/kind=final/);
      assert.match((await page.locator('#res').textContent()) ?? '', /共 24 条结果/);
    });

    test('a disclosure: chart and findings', async () => {
      await page.goto(`${base}/search?q=${encodeURIComponent('示范市交通运输局')}&year=2024&kind=budget`);
      await page.locator('ul.results h3 a').first().click();
      await page.waitForURL(/\/org\/[0-9a-f]{12}\/2024\/budget$/);
      assert.match((await page.getByRole('heading', { level: 1 }).textContent()) ?? '', /示范市交通运输局/);
      const chart = page.locator('figure.chart svg').first();
      assert.ok(await chart.isVisible());
      const box = await chart.boundingBox();
      assert.ok(box && box.width > 200 && box.height > 80);
      assert.ok((await page.locator('figure.chart').count()) >= 3);
      assert.ok(await page.getByRole('heading', { name: /检查发现/ }).isVisible());
      const findings = page.locator('ul.findings li');
      assert.ok((await findings.count()) >= 1);
      assert.match((await findings.first().textContent()) ?? '', /三公/);
    });

    test('compare two disclosures side by side', async () => {
      await page.getByRole('link', { name: /与2023年对比/ }).click();
      await page.waitForURL(/\/compare\?/);
      const head = await page.locator('table.compare thead th').allTextContents();
      assert.equal(head.length, 3);
      assert.match(head[1], /2023年部门预算/);
      assert.match(head[2], /2024年部门预算/);
      assert.ok(await page.getByRole('rowheader', { name: '支出总计' }).isVisible());
      // and through the form
      await page.goto(base + '/compare');
      const options = await page.locator('#d0 option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
      await page.getByLabel('文件 1').selectOption(options[0]);
      await page.getByLabel('文件 2', { exact: true }).selectOption(options[1]);
      await page.getByRole('button', { name: '对比' }).click();
      await page.waitForURL(/\/compare\?d=/);
      assert.equal(await page.locator('table.compare thead th').count(), 3);
    });

    test('download the DOCX of a disclosure', async () => {
      await page.goto(`${base}/search?q=${encodeURIComponent('渝中')}`);
      await page.locator('ul.results h3 a').first().click();
      await page.waitForURL(/\/org\//);
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Word（DOCX）' }).click()]);
      assert.match(download.suggestedFilename(), /\.docx$/);
      const file = join(profile, 'out.docx');
      await download.saveAs(file);
      const bytes = readFileSync(file);
      assert.deepEqual([...bytes.subarray(0, 4)], [0x50, 0x4b, 0x03, 0x04]);
      assert.ok(bytes.includes(Buffer.from('word/document.xml')));
    });

    test('hostile text shows as text and runs nothing', async () => {
      await page.goto(`${base}/search?q=${encodeURIComponent('恶意测试')}`);
      await page.locator('ul.results h3 a').first().click();
      await page.waitForURL(/\/org\//);
      assert.match((await page.getByRole('heading', { level: 1 }).textContent()) ?? '', /<script>alert\("pwned"\)<\/script>恶意测试局/);
      assert.ok(await page.getByText('<img src=x onerror=alert(1)>本单位负责测试。').isVisible());
      assert.equal(await page.locator('main script, main img').count(), 0);
      await page.waitForTimeout(200);
      assert.equal(dialogs, 0);
    });
  });
}
