/**
 * The portal as people see it, in Chromium at 1366 px and 390 px (a phone), on real corpus documents and the sample
 * data: no page scrolls sideways (tables scroll inside their wrapper only), chart text is at least 11 px, Chinese
 * text comes from a CJK font, table figures are tabular, no figure key (income.total) is shown, long pages have a
 * section menu. Screenshots of every page go to $YUSUAN_SHOTS when it is set.
 */
import { CORPUS_ORIGINAL } from '../../test/shared.ts';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { Store } from '../store/store.ts';
import { importPaths, seedIfEmpty } from '../import/index.ts';
import { freshSqlite, type TestDb } from '../store/testing.ts';
import { startServer, type RunningServer } from './server.ts';
import { BROWSER_FLAGS, chromiumPath } from './browser-testing.ts';

const quiet = { out: () => {}, err: () => {} };
const CORPUS = CORPUS_ORIGINAL;
const SHOTS = process.env.YUSUAN_SHOTS;

/** What the page shows that a person would notice, measured in the page. */
/** Measured in the page (as source text: tsx would add helpers the browser does not have). */
const MEASURE = `(() => {
    const doc = document.documentElement;
    // every visible chart's text: its font size times the SVG's scale on screen
    const small = [];
    for (const svg of Array.from(document.querySelectorAll('figure.chart svg'))) {
      const r = svg.getBoundingClientRect();
      if (!r.width) continue;
      const vb = svg.viewBox.baseVal;
      const scale = vb && vb.width ? r.width / vb.width : 1;
      for (const t of Array.from(svg.querySelectorAll('text'))) {
        const px = parseFloat(getComputedStyle(t).fontSize) * scale;
        if (px < 11 && t.textContent && t.textContent.trim()) small.push(t.textContent.trim() + ' ' + px.toFixed(1) + 'px');
      }
    }
    const num = document.querySelector('td.num');
    let tabular = true;
    if (num) {
      const probe = (s) => {
        const span = document.createElement('span');
        span.textContent = s;
        num.appendChild(span);
        const w = span.getBoundingClientRect().width;
        span.remove();
        return w;
      };
      tabular = Math.abs(probe('111.11') - probe('888.88')) < 0.5;
    }
    return {
      overflow: doc.scrollWidth - doc.clientWidth,
      wide: Array.from(document.querySelectorAll('body *'))
        .filter((e) => e.getBoundingClientRect().right > doc.clientWidth + 1 && !e.closest('.table-wrap') && getComputedStyle(e).position !== 'absolute')
        .slice(0, 3)
        .map((e) => e.tagName + '.' + e.className + ': ' + (e.textContent || '').slice(0, 40)),
      small: small.slice(0, 5),
      font: getComputedStyle(document.body).fontFamily,
      tabular,
      keys: (document.body.innerText.match(/\\b(income|expenditure|threePublic|general|procurement|assets)\\.[a-zA-Z.]+/g) || []).slice(0, 3),
    };
  })()`;

async function measure(page: Page): Promise<{ overflow: number; wide: string[]; small: string[]; font: string; tabular: boolean; keys: string[] }> {
  return page.evaluate(MEASURE);
}

describe('layout at 1366 px and 390 px on the imported corpus', { timeout: 300_000 }, () => {
  let skip: string | undefined;
  let db: TestDb;
  let store: Store;
  let server: RunningServer;
  let ctx: BrowserContext;
  let base: string;
  let profile: string;
  const pages: string[] = [];

  before(async () => {
    const exe = chromiumPath();
    if (!exe) {
      skip = 'chromium not found (apt-get install chromium, or set CHROMIUM)';
      return;
    }
    db = freshSqlite();
    store = await Store.open(db.spec);
    await seedIfEmpty(store, quiet);
    const dir = mkdtempSync(join(tmpdir(), 'yusuan-layout-'));
    for (const f of ['001.pdf', '002.pdf', '009.pdf', '011.pdf', '012a.pdf', '012b.pdf']) copyFileSync(join(CORPUS, f), join(dir, f));
    await importPaths(store, [dir], quiet, { quiet: true });
    server = await startServer(store, { port: 0 });
    base = `http://127.0.0.1:${server.port}`;
    profile = mkdtempSync(join(tmpdir(), 'yusuan-chromium-'));
    ctx = await chromium.launchPersistentContext(profile, { executablePath: exe, args: BROWSER_FLAGS, headless: true });
    const all = (await store.list({ limit: 500 })).filter((r) => !r.isSample);
    const sample = (await store.list({ limit: 500 })).find((r) => r.isSample && r.errors > 0)!;
    const orgs = [...new Set(all.map((r) => r.orgSlug))];
    pages.push(
      '/',
      `/search?q=${encodeURIComponent('三公经费')}`,
      `/search?q=${encodeURIComponent('预算')}&region=${encodeURIComponent('上海市普陀区')}`,
      '/regions',
      `/region/${encodeURIComponent('上海市普陀区')}`,
      `/region/${encodeURIComponent('示例省示范市')}`,
      '/transparency',
      '/data',
      '/rules',
      '/rules/table-sums',
      `/compare?d=${all[0].key}&d=${all[1].key}`,
      `/org/${sample.key}`,
      `/region/${encodeURIComponent('示例省示范市')}/three-public?year=2024`,
    );
    for (const r of all) pages.push(`/org/${r.key}`);
    for (const o of orgs) pages.push(`/org/${o}`);
    if (SHOTS) mkdirSync(SHOTS, { recursive: true });
  });
  after(async () => {
    await ctx?.close();
    await server?.close();
    await store?.close();
    await db?.drop();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  for (const width of [1366, 390]) {
    it(`no page scrolls sideways, chart text ≥ 11 px, CJK font, tabular figures, no figure keys at ${width} px`, async (t) => {
      if (skip) return t.skip(skip);
      const page = await ctx.newPage();
      await page.setViewportSize({ width, height: 900 });
      const problems: string[] = [];
      for (const [i, path] of pages.entries()) {
        const r = await page.goto(base + path);
        assert.equal(r?.status(), 200, path);
        const m = await measure(page);
        if (m.overflow > 0) problems.push(`${path}: scrolls sideways by ${m.overflow}px (${m.wide.join(' | ')})`);
        if (m.small.length) problems.push(`${path}: chart text below 11px: ${m.small.join(', ')}`);
        if (!/^"?Noto Sans CJK SC/.test(m.font)) problems.push(`${path}: body font ${m.font}`);
        if (!m.tabular) problems.push(`${path}: figures in tables are not tabular`);
        if (m.keys.length) problems.push(`${path}: figure keys shown: ${m.keys.join(', ')}`);
        if (SHOTS) await page.screenshot({ path: join(SHOTS, `${String(i).padStart(2, '0')}-${width}.png`), fullPage: false });
      }
      await page.close();
      assert.deepEqual(problems, []);
    });
  }

  it('a disclosure page has a section menu, and its findings link to the rule and the original page', async (t) => {
    if (skip) return t.skip(skip);
    const page = await ctx.newPage();
    const d = (await store.list({ limit: 500 })).find((r) => !r.isSample && r.errors + r.warnings > 0)!;
    await page.goto(`${base}/org/${d.key}`);
    const menu = page.getByRole('navigation', { name: '本页目录' });
    assert.ok(await menu.isVisible());
    assert.ok((await menu.getByRole('link').count()) >= 5);
    assert.ok((await page.locator('.findings a.rule').count()) > 0);
    assert.match((await page.locator('.findings blockquote a').first().getAttribute('href')) ?? '', /\/original\/[0-9a-f]{64}#page=\d+$/);
    await page.close();
  });
});
