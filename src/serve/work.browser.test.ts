/**
 * The review workflow in Chromium (playwright-core + Debian's chromium), at 1366 px and at 390 px (a phone): an
 * editor signs in, uploads, reads the findings, explains each and submits; the region's reviewer dismisses one
 * finding with a reason, accepts the other and approves; the public sees the document; the editor uploads a
 * correction with a change note; once approved, the public page lists both versions and shows what changed.
 * No page of the flow scrolls sideways.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { Store } from '../store/store.ts';
import { freshDb, type TestDb } from '../store/testing.ts';
import { startServer, type RunningServer } from './server.ts';
import { BROWSER_FLAGS, chromiumPath } from './browser-testing.ts';
import { addPeople, budgetText, PASSWORD, PEOPLE } from './work-testing.ts';

const RUNS = process.env.ONE
  ? ([{ backend: 'sqlite', width: 1366, height: 900 }] as const)
  : ([
      { backend: 'sqlite', width: 1366, height: 900 },
      { backend: 'sqlite', width: 390, height: 844 },
      { backend: 'postgres', width: 1366, height: 900 },
    ] as const);

for (const run of RUNS) {
  describe(`review workflow in the browser, ${run.backend}, ${run.width} px`, { timeout: 240_000 }, () => {
    let skip: string | undefined;
    let db: TestDb | undefined;
    let store: Store;
    let server: RunningServer;
    let browser: Browser;
    let base: string;
    let dir: string;

    before(async () => {
      const exe = chromiumPath();
      if (!exe) return void (skip = 'chromium not found (apt-get install chromium, or set CHROMIUM)');
      const made = await freshDb(run.backend);
      if (typeof made === 'string') return void (skip = made);
      db = made;
      store = await Store.open(db.spec);
      await addPeople(store);
      server = await startServer(store, { port: 0 });
      base = `http://127.0.0.1:${server.port}`;
      browser = await chromium.launch({ executablePath: exe, args: BROWSER_FLAGS, headless: true });
      dir = mkdtempSync(join(tmpdir(), 'yusuan-work-browser-'));
      writeFileSync(join(dir, '示范局2025年部门预算.txt'), budgetText());
      writeFileSync(join(dir, '示范局2025年部门预算（更正）.txt'), budgetText({ fixed: true }));
    });
    after(async () => {
      await browser?.close();
      await server?.close();
      await store?.close();
      await db?.drop();
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    /** A person in their own browser context (own cookies), at this run's size. */
    const person = async () => (await browser.newContext({ viewport: { width: run.width, height: run.height } })).newPage();
    const noSideScroll = async (p: Page) => {
      const [scroll, inner] = (await p.evaluate('[document.documentElement.scrollWidth, window.innerWidth]')) as [number, number];
      assert.ok(scroll <= inner, `${p.url()} scrolls sideways (${scroll} > ${inner})`);
    };
    /** The findings of the page that have a form of this action. */
    const seqs = async (p: Page, action: string) =>
      p.locator(`form[action$="/${action}"] input[name=seq]`).evaluateAll((xs) => xs.map((x) => (x as HTMLInputElement).value));
    const signIn = async (p: Page, login: string) => {
      await p.goto(base + '/login');
      await noSideScroll(p);
      await p.getByLabel('用户名').fill(login);
      await p.getByLabel('密码').fill(PASSWORD);
      await p.getByRole('button', { name: '登录' }).click();
      await p.waitForURL(base + '/work');
      await noSideScroll(p);
    };
    const uploadAndSubmit = async (p: Page, file: string, note: string) => {
      await p.goto(base + '/work');
      await p.setInputFiles('#file', join(dir, file));
      await p.getByRole('button', { name: '上传并检查' }).click();
      await p.waitForURL(/\/work\/s\/\d+/);
      await noSideScroll(p);
      // explain every finding that asks for it
      for (const seq of await seqs(p, 'respond')) {
        const f = p.locator(`form[action$="/respond"]:has(input[name=seq][value="${seq}"])`);
        await f.getByLabel('处理').selectOption('explained');
        await f.getByLabel('理由').fill('数字按财政批复填列，核对无误');
        await Promise.all([p.waitForURL(new RegExp(`#f-${seq}$`)), f.getByRole('button', { name: '保存' }).click()]);
      }
      if (note) await p.getByLabel(/更正说明|提交说明/).fill(note);
      await p.getByRole('button', { name: '提交财政审核' }).click();
      await p.waitForLoadState();
      assert.match(await p.locator('main').innerText(), /待审核/);
      await noSideScroll(p);
    };
    const approveFirstInQueue = async (p: Page, decide: boolean) => {
      await p.goto(base + '/work');
      await p.locator('main table a').first().click();
      await p.waitForURL(/\/work\/s\/\d+/);
      await noSideScroll(p);
      if (decide) {
        const all = await seqs(p, 'decide');
        assert.equal(all.length, 2, 'two findings to decide');
        for (const [i, seq] of all.entries()) {
          const f = p.locator(`form[action$="/decide"]:has(input[name=seq][value="${seq}"])`);
          await f.getByLabel('审核').selectOption(i === 0 ? 'dismissed' : 'accepted');
          await f.getByLabel('理由').fill(i === 0 ? '差额为四舍五入所致，驳回' : '问题成立，下年改进');
          await Promise.all([p.waitForURL(new RegExp(`#f-${seq}$`)), f.getByRole('button', { name: '保存' }).click()]);
        }
        assert.match(await p.locator('main').innerText(), /财政：驳回 — 差额为四舍五入所致，驳回/);
      }
      await p.getByRole('button', { name: '批准并公开' }).click();
      await p.waitForLoadState();
      assert.match(await p.locator('main').innerText(), /已批准公开/);
      await noSideScroll(p);
    };

    it('editor → findings → explain → submit → reviewer dismisses one, approves → public → correction → diff', async (t) => {
      if (skip) return t.skip(skip);
      const editor = await person();
      await signIn(editor, 'editor');
      await uploadAndSubmit(editor, '示范局2025年部门预算.txt', '');
      // findings were shown with the rules that found them
      assert.match(await editor.locator('main').innerText(), /three-public-sum/);

      // the department is in the directory (its account made it), with nothing published before approval
      const early = await person();
      await early.goto(base + '/orgs');
      await early.getByRole('link', { name: PEOPLE.editor.unit }).first().click();
      assert.match(await early.locator('main').innerText(), /公开文件：0 份/);
      assert.equal(await early.getByRole('link', { name: '2025年' }).count(), 0, 'nothing public before approval');

      const reviewer = await person();
      await signIn(reviewer, 'reviewer');
      await approveFirstInQueue(reviewer, true);

      // a new visitor (public pages may be cached by a browser for a minute)
      const publicView = await person();
      await publicView.goto(base + '/orgs');
      await publicView.getByRole('link', { name: PEOPLE.editor.unit }).first().click();
      await publicView.getByRole('link', { name: '2025年' }).first().click();
      assert.match(await publicView.locator('h1').innerText(), /示范局2025年部门预算/);
      await noSideScroll(publicView);

      await uploadAndSubmit(editor, '示范局2025年部门预算（更正）.txt', '更正“三公”经费合计为11.00万元，补充名词解释');
      await approveFirstInQueue(reviewer, false);

      await publicView.reload({ waitUntil: 'load' });
      const versions = publicView.locator('#versions').locator('xpath=..');
      assert.match(await versions.innerText(), /版本（2）[\s\S]*更正“三公”经费合计为11.00万元/);
      await publicView.getByRole('link', { name: '与上一版比较' }).click();
      await publicView.waitForURL(/\/diff/);
      const diff = await publicView.locator('main').innerText();
      assert.match(diff, /“三公”经费[\s\S]*10\.00[\s\S]*11\.00[\s\S]*\+1\.00/);
      assert.match(diff, /\+ 八、名词解释/);
      assert.equal(await publicView.locator('ins', { hasText: '八、名词解释' }).count(), 1);
      await noSideScroll(publicView);

      // sign out: the work area asks for a login again
      await editor.getByRole('button', { name: '退出' }).click();
      await editor.goto(base + '/work');
      assert.match(editor.url(), /\/login$/);
    });
  });
}
