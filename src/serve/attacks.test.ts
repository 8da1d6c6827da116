/**
 * Attacks on the work area, tried: forged requests (CSRF, foreign Origin, login CSRF), session fixation, expired
 * and ended sessions, brute-force login, stored XSS in every field a user can write, SQL injection, oversize,
 * wrongly typed and traversing uploads. Each must be refused or made harmless, with a message and no stack trace.
 */
import { describe } from 'node:test';
import assert from 'node:assert/strict';
import type { Store } from '../store/store.ts';
import { Accounts } from '../store/accounts.ts';
import { MAX_UPLOAD_BYTES } from '../import/upload.ts';
import { createApp } from './app.ts';
import { budgetText, Client, ORIGIN, PASSWORD, REGION, submissionOf, workArea } from './work-testing.ts';

const XSS = '<script>alert("x")</script><img src=x onerror=alert(1)>';
/** markup an attacker wrote, found live in a page */
const live = (page: string) => /<script>alert|<img src=x onerror/i.test(page);
const stack = (page: string) => /\bat .+\.(ts|js):\d+|Error: /.test(page);

for (const backend of ['sqlite', 'postgres'] as const) {
  describe(`attacks on the work area (${backend})`, { timeout: 300_000 }, () => {
    let store: Store;
    let app: ReturnType<typeof createApp>;
    const { test } = workArea(backend, (s, a) => ([store, app] = [s, a]));
    const upload = async (c: Client, text = budgetText(), name = 'a.txt') => {
      await c.get('/work');
      return submissionOf(await c.post('/work/upload', {}, { name, bytes: `${text}\n附注：${Math.random()}` }));
    };
    const stateOf = async (id: number) =>
      JSON.stringify(await store.db.selectFrom('submission_findings').selectAll().where('submission_id', '=', id).execute());

    test('CSRF: a form without the token, with a wrong or another session’s token, or from another origin is refused', async () => {
      const editor = new Client(app);
      await editor.login('editor');
      const id = await upload(editor);
      const other = new Client(app);
      await other.login('other');
      const before = await stateOf(id);
      const fields = { seq: '0', response: 'fixed', reason: '伪造' };
      const tries: [string, () => Promise<Response>][] = [
        ['no token', () => editor.post(`/work/s/${id}/respond`, { ...fields, _csrf: '' })],
        ['wrong token', () => editor.post(`/work/s/${id}/respond`, { ...fields, _csrf: 'x'.repeat(43) })],
        ['another session’s token', () => editor.post(`/work/s/${id}/respond`, { ...fields, _csrf: /name="_csrf" value="([^"]+)"/.exec(other.last)![1] })],
      ];
      await editor.get(`/work/s/${id}`);
      for (const [what, send] of tries) assert.equal((await send()).status, 403, what);
      // the right token from a foreign page (Origin), or with neither Origin nor Referer
      for (const origin of ['https://evil.example', null]) {
        await editor.get(`/work/s/${id}`);
        editor.origin = origin;
        assert.equal((await editor.post(`/work/s/${id}/respond`, fields)).status, 403, `origin ${origin}`);
        editor.origin = ORIGIN;
      }
      assert.equal(await stateOf(id), before);
      // login CSRF: a login form posted without the login page's cookie
      const victim = new Client(app);
      assert.equal((await victim.post('/login', { login: 'editor', password: PASSWORD, _csrf: 'x'.repeat(43) })).status, 403);
      assert.equal(victim.cookies.has('yusuan_session'), false);
      // the logout form is guarded too
      await editor.get('/work');
      editor.origin = 'https://evil.example';
      assert.equal((await editor.post('/logout', {})).status, 403);
      editor.origin = ORIGIN;
      assert.equal((await editor.get('/work')).status, 200, 'still signed in');
    });

    test('session fixation: a token the client brings never becomes its session; login issues a new one and ends the old', async () => {
      const attacker = new Client(app);
      await attacker.login('other');
      const planted = attacker.cookies.get('yusuan_session')!;
      const victim = new Client(app);
      victim.cookies.set('yusuan_session', planted);
      // the login page is offered even to a browser that holds a session (signing in as oneself replaces it)
      assert.equal((await victim.get('/login')).status, 200);
      assert.match(victim.last, /当前已登录为 other/);
      await victim.login('editor');
      const issued = victim.cookies.get('yusuan_session')!;
      assert.notEqual(issued, planted);
      assert.match((await victim.get('/work')).headers.get('cache-control') ?? '', /no-store/);
      assert.match(victim.last, /editor用户/);
      // the planted token is dead now, for the attacker as well
      assert.equal((await attacker.get('/work')).status, 303);
      // an invented token is just no session
      const guess = new Client(app);
      guess.cookies.set('yusuan_session', 'A'.repeat(43));
      assert.equal((await guess.get('/work')).status, 303);
      // the cookie: HttpOnly, SameSite=Strict, Path=/, and Secure when not on plain loopback HTTP
      const page = await app.request('https://portal.example/login');
      const set = page.headers.getSetCookie().join('\n');
      assert.match(set, /HttpOnly/);
      assert.match(set, /SameSite=Strict/);
      assert.match(set, /Secure/);
    });

    test('sessions expire, end at logout, on a password change and when the account is disabled', async () => {
      const c = new Client(app);
      await c.login('reviewer');
      await store.db.updateTable('sessions').set({ expires_at: '2000-01-01T00:00:00.000Z' }).execute();
      assert.equal((await c.get('/work')).status, 303, 'expired');
      await c.login('reviewer');
      const t = c.cookies.get('yusuan_session')!;
      await c.get('/work');
      assert.equal((await c.post('/logout', {})).status, 303);
      const replay = new Client(app);
      replay.cookies.set('yusuan_session', t);
      assert.equal((await replay.get('/work')).status, 303, 'ended at logout');
      await c.login('reviewer');
      await new Accounts(store.db).setPassword('reviewer', PASSWORD, { login: 'test' });
      assert.equal((await c.get('/work')).status, 303, 'ended by a password change');
      await c.login('stranger');
      await new Accounts(store.db).setDisabled('stranger', true, { login: 'test' });
      assert.equal((await c.get('/work')).status, 303, 'ended by disabling');
      assert.equal((await c.login('stranger')).status, 401);
      const roles = await store.db.selectFrom('audit_log').select('action').where('action', 'like', 'account.%').execute();
      assert.ok(roles.some((r) => r.action === 'account.disable') && roles.some((r) => r.action === 'account.password'));
    });

    test('brute force: after 5 failures a login name is locked for the window (429, Retry-After), even with the right password', async () => {
      // a portal of its own: the lock-out must not lock the other tests' administrator
      const app = createApp(store);
      const c = new Client(app);
      for (let i = 0; i < 5; i++) assert.equal((await c.login('admin', `wrong-password-${i}`)).status, 401);
      const r = await c.login('admin');
      assert.equal(r.status, 429);
      assert.ok(Number(r.headers.get('retry-after')) > 0);
      assert.match(c.last, /登录失败次数过多/);
      assert.equal(c.cookies.has('yusuan_session'), false);
      // the same message for an unknown login and a wrong password (no account discovery)
      const a = new Client(app);
      await a.login('nobody-here', 'whatever-password');
      const b = new Client(app);
      await b.login('editor', 'wrong-password-x');
      const msg = (p: string) => /role="alert">([^<]*)/.exec(p)?.[1];
      assert.equal(msg(a.last), msg(b.last));
    });

    test('stored XSS: every field a user writes shows as text on every page that shows it', async () => {
      const accounts = new Accounts(store.db);
      await accounts.add({ login: 'xss', displayName: XSS, role: 'editor', unit: `示范${XSS}局`, region: REGION }, PASSWORD, { login: 'test' });
      const ed = new Client(app);
      await ed.login('xss');
      const id = await upload(ed, budgetText({ unit: `示范${XSS}局` }), `${XSS}.txt`);
      assert.ok(id > 0, ed.last.match(/role="alert">[^<]*/)?.[0]);
      const page = await (await ed.get(`/work/s/${id}`)).text();
      for (const [, seq] of page.matchAll(/name="seq" value="(\d+)"/g)) await ed.post(`/work/s/${id}/respond`, { seq, response: 'explained', reason: XSS });
      await ed.get(`/work/s/${id}`);
      await ed.post(`/work/s/${id}/submit`, { note: XSS });
      const rv = new Client(app);
      await rv.login('reviewer');
      await rv.get(`/work/s/${id}`);
      await rv.post(`/work/s/${id}/return`, { note: XSS });
      await ed.get(`/work/s/${id}`);
      for (const [, seq] of page.matchAll(/name="seq" value="(\d+)"/g)) await ed.post(`/work/s/${id}/respond`, { seq, response: 'fixed', reason: XSS });
      await ed.get(`/work/s/${id}`);
      await ed.post(`/work/s/${id}/submit`, { note: XSS });
      const rp = await (await rv.get(`/work/s/${id}`)).text();
      for (const [, seq] of rp.matchAll(/name="seq" value="(\d+)"/g)) await rv.post(`/work/s/${id}/decide`, { seq, decision: 'dismissed', reason: XSS });
      await rv.get(`/work/s/${id}`);
      assert.equal((await rv.post(`/work/s/${id}/approve`, { note: XSS })).status, 303);
      // a failed login with markup as its name lands in the audit log
      await new Client(app).login(XSS.slice(0, 60), 'x');
      const admin = new Client(app);
      await admin.login('admin');
      const key = (
        await store.db
          .selectFrom('submissions as s')
          .innerJoin('organisations as o', 'o.id', 's.org_id')
          .select('o.slug')
          .where('s.id', '=', id)
          .executeTakeFirstOrThrow()
      ).slug;
      const pages = [
        ['editor’s submission', await (await ed.get(`/work/s/${id}`)).text()],
        ['editor’s home (display name)', await (await ed.get('/work')).text()],
        ['reviewer’s queue', await (await rv.get('/work')).text()],
        ['audit log', await (await admin.get('/work/audit')).text()],
        ['public organisation page', await (await app.request(`/org/${key}`)).text()],
        ['public disclosure page', await (await app.request(`/org/${key}/2025/budget`)).text()],
      ] as const;
      for (const [what, p] of pages) {
        assert.equal(live(p), false, what);
        assert.ok(p.includes('&lt;script&gt;') || p.includes('&lt;img'), `${what} shows the text escaped`);
      }
      // and the values are stored as written
      const notes = await store.db.selectFrom('submission_findings').select('response_reason').where('submission_id', '=', id).execute();
      assert.ok(notes.every((n) => n.response_reason === XSS));
    });

    test('SQL injection: quotes and statements in the login, ids and texts are data', async () => {
      for (const login of ["' OR '1'='1", "admin'--", 'admin"; DROP TABLE accounts; --']) {
        const c = new Client(app);
        assert.equal((await c.login(login, "' OR '1'='1")).status, 401, login);
      }
      const ed = new Client(app);
      await ed.login('editor');
      for (const p of ['/work/s/1%20OR%201=1', "/work/s/1'", '/work/s/-1', '/work/s/99999999999']) assert.equal((await ed.get(p)).status, 404, p);
      const id = await upload(ed);
      await ed.get(`/work/s/${id}`);
      const evil = "x'); DROP TABLE accounts; --";
      assert.equal((await ed.post(`/work/s/${id}/respond`, { seq: '0', response: 'explained', reason: evil })).status, 303);
      assert.equal((await ed.post(`/work/s/${id}/respond`, { seq: '0 OR 1=1', response: 'explained', reason: '合理' })).status, 400);
      const row = await store.db
        .selectFrom('submission_findings')
        .select('response_reason')
        .where('submission_id', '=', id)
        .where('seq', '=', 0)
        .executeTakeFirstOrThrow();
      assert.equal(row.response_reason, evil);
      assert.ok((await new Accounts(store.db).list()).length >= 5, 'the accounts table is still there');
    });

    test('uploads: oversize, wrongly typed, not what the extension says, empty, or with a traversing name', async () => {
      const ed = new Client(app);
      await ed.login('editor');
      const cases: [string, Uint8Array | string, number, RegExp][] = [
        ['big.txt', new Uint8Array(MAX_UPLOAD_BYTES + 200_000), 413, /文件过大/],
        ['tool.exe', 'MZ', 400, /\.exe files are not accepted/],
        ['noext', 'hello', 400, /no extension/],
        ['fake.pdf', '这不是PDF', 400, /无法接受上传的文件：.*PDF|pdf/i],
        ['fake.xlsx', 'plain text', 400, /无法接受上传的文件/],
        ['empty.txt', '', 400, /请选择要上传的文件|empty/],
      ];
      for (const [name, bytes, status, msg] of cases) {
        await ed.get('/work');
        const r = await ed.post('/work/upload', {}, { name, bytes });
        assert.equal(r.status, status, name);
        assert.match(ed.last, msg, name);
        assert.equal(stack(ed.last), false, `${name}: no stack trace`);
      }
      // a wrongly typed request body: the form parts mixed up
      await ed.get('/work');
      assert.equal((await ed.post('/work/upload', { file: 'not a file' })).status, 400);
      // ../ in the file name: only the last part is kept
      const id = await upload(ed, budgetText(), '../../../../etc/预算.txt');
      const input = JSON.parse((await store.db.selectFrom('submissions').select('input_json').where('id', '=', id).executeTakeFirstOrThrow()).input_json) as {
        sources: { file: string }[];
      };
      assert.equal(input.sources[0].file, '预算.txt');
      const id2 = await upload(ed, budgetText(), '..\\..\\windows\\预算.txt');
      assert.ok(id2 > 0);
      // and the public routes take no traversal either
      for (const p of ['/org/..%2F..%2Fetc%2Fpasswd', '/org/../../etc/passwd', '/work/../../etc/passwd'])
        assert.notEqual((await app.request(p)).status, 200, p);
    });

    test('methods: POST outside the work area is still refused (the public portal stays read-only)', async () => {
      for (const p of ['/', '/search', '/api/disclosures', '/org/abc']) assert.equal((await app.request(p, { method: 'POST' })).status, 405, p);
      assert.equal((await app.request('/work/s/1/respond', { method: 'PUT' })).status, 405);
    });
  });
}
