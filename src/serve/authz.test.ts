/**
 * The authorisation matrix: every route of the work area × every role and the anonymous visitor, including a
 * second department's editor in the same region and a reviewer of another region. A refused request must also
 * leave the submission as it was; an allowed one must do what it says.
 */
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Store } from '../store/store.ts';
import { createApp } from './app.ts';
import { budgetText, Client, PEOPLE, submissionOf, type Who, workArea } from './work-testing.ts';

type Role = Who | 'anon';
const ROLES: Role[] = ['anon', 'editor', 'other', 'reviewer', 'stranger', 'admin'];
/** the expected status: 200 page, 303 done (redirect), 403 refused, 404 not theirs to see, 'login' sent to sign in */
type Expect = 200 | 303 | 403 | 404 | 'login';
type State = 'draft' | 'answered' | 'submitted' | 'decided';

interface Route {
  method: 'GET' | 'POST';
  path: (id: number) => string;
  /** the state of the submission the route is tried on */
  on: State;
  fields?: Record<string, string>;
  expect: Record<Role, Expect>;
}

const ROUTES: Route[] = [
  { method: 'GET', path: () => '/work', on: 'draft', expect: { anon: 'login', editor: 200, other: 200, reviewer: 200, stranger: 200, admin: 200 } },
  { method: 'GET', path: (id) => `/work/s/${id}`, on: 'draft', expect: { anon: 'login', editor: 200, other: 404, reviewer: 404, stranger: 404, admin: 200 } },
  {
    method: 'GET',
    path: (id) => `/work/s/${id}`,
    on: 'submitted',
    expect: { anon: 'login', editor: 200, other: 404, reviewer: 200, stranger: 404, admin: 200 },
  },
  { method: 'GET', path: () => '/work/audit', on: 'draft', expect: { anon: 'login', editor: 403, other: 403, reviewer: 403, stranger: 403, admin: 200 } },
  { method: 'POST', path: () => '/work/upload', on: 'draft', expect: { anon: 403, editor: 303, other: 303, reviewer: 403, stranger: 403, admin: 403 } },
  {
    method: 'POST',
    path: (id) => `/work/s/${id}/respond`,
    on: 'draft',
    fields: { seq: '0', response: 'explained', reason: '理由充分' },
    expect: { anon: 403, editor: 303, other: 404, reviewer: 404, stranger: 404, admin: 403 },
  },
  {
    method: 'POST',
    path: (id) => `/work/s/${id}/submit`,
    on: 'answered',
    fields: { note: '更正说明' },
    expect: { anon: 403, editor: 303, other: 404, reviewer: 404, stranger: 404, admin: 403 },
  },
  {
    method: 'POST',
    path: (id) => `/work/s/${id}/respond`,
    on: 'submitted',
    fields: { seq: '0', response: 'fixed', reason: '理由充分' },
    expect: { anon: 403, editor: 403, other: 404, reviewer: 403, stranger: 404, admin: 403 },
  },
  {
    method: 'POST',
    path: (id) => `/work/s/${id}/decide`,
    on: 'submitted',
    fields: { seq: '0', decision: 'dismissed', reason: '理由充分' },
    expect: { anon: 403, editor: 403, other: 404, reviewer: 303, stranger: 404, admin: 403 },
  },
  {
    method: 'POST',
    path: (id) => `/work/s/${id}/return`,
    on: 'submitted',
    fields: { note: '请修改' },
    expect: { anon: 403, editor: 403, other: 404, reviewer: 303, stranger: 404, admin: 403 },
  },
  {
    method: 'POST',
    path: (id) => `/work/s/${id}/approve`,
    on: 'decided',
    fields: { note: '' },
    expect: { anon: 403, editor: 403, other: 404, reviewer: 303, stranger: 404, admin: 403 },
  },
];

for (const backend of ['sqlite', 'postgres'] as const) {
  describe(`authorisation matrix on ${backend}`, { timeout: 300_000 }, () => {
    let store: Store;
    let app: ReturnType<typeof createApp>;
    const clients = new Map<Role, Client>();
    let serial = 0;
    const { skipped } = workArea(backend, (s, a) => ([store, app] = [s, a]));
    before(async () => {
      if (skipped()) return;
      for (const r of ROLES) {
        const c = new Client(app);
        if (r !== 'anon') assert.equal((await c.login(r)).status, 303, r);
        clients.set(r, c);
      }
    });

    /** A new submission of the editor's department in the given state (each a distinct document). */
    const make = async (state: State): Promise<number> => {
      const editor = clients.get('editor')!;
      await editor.get('/work');
      const id = submissionOf(await editor.post('/work/upload', {}, { name: `预算${++serial}.txt`, bytes: `${budgetText()}\n附注：第${serial}稿` }));
      assert.ok(id > 0);
      if (state === 'draft') return id;
      const page = await (await editor.get(`/work/s/${id}`)).text();
      for (const [, seq] of page.matchAll(/name="seq" value="(\d+)"/g))
        await editor.post(`/work/s/${id}/respond`, { seq, response: 'explained', reason: '已核对' });
      if (state === 'answered') return id;
      await editor.get(`/work/s/${id}`);
      // a note always: once one draft is approved, the next is a correction and needs one
      assert.equal((await editor.post(`/work/s/${id}/submit`, { note: `第${serial}稿` })).status, 303);
      if (state === 'submitted') return id;
      const reviewer = clients.get('reviewer')!;
      const rp = await (await reviewer.get(`/work/s/${id}`)).text();
      for (const [, seq] of rp.matchAll(/name="seq" value="(\d+)"/g))
        await reviewer.post(`/work/s/${id}/decide`, { seq, decision: 'accepted', reason: '同意' });
      return id;
    };
    const snapshot = async (id: number) =>
      JSON.stringify(await store.db.selectFrom('submission_findings').selectAll().where('submission_id', '=', id).orderBy('seq').execute()) +
      JSON.stringify(await store.db.selectFrom('submissions').select(['state', 'change_note', 'review_note', 'version_id']).where('id', '=', id).execute());

    for (const route of ROUTES)
      for (const role of ROLES) {
        const want = route.expect[role];
        it(`${route.method} ${route.path(0).replace('/0', '/:id')} [${route.on}] as ${role} → ${want}`, async (t) => {
          if (skipped()) return t.skip(skipped());
          const id = await make(route.on);
          const before = await snapshot(id);
          const c = clients.get(role)!;
          // the form token of the account's own page (the anonymous visitor has none)
          if (role !== 'anon') await c.get('/work');
          const r =
            route.method === 'GET'
              ? await c.get(route.path(id))
              : await c.post(
                  route.path(id),
                  route.fields ?? {},
                  route.path(id).endsWith('upload')
                    ? { name: `u${++serial}.txt`, bytes: `${budgetText({ unit: role === 'other' ? PEOPLE.other.unit : undefined })}\n附注：上传${serial}` }
                    : undefined,
                );
          if (want === 'login') {
            assert.equal(r.status, 303);
            assert.equal(r.headers.get('location'), '/login');
          } else assert.equal(r.status, want, c.last.match(/role="alert">[^<]*/)?.[0]);
          if (route.method === 'POST' && want !== 303) assert.equal(await snapshot(id), before, 'a refused request changes nothing');
          if (want === 303 && route.path(id).endsWith('approve'))
            assert.equal((await store.db.selectFrom('submissions').select('state').where('id', '=', id).executeTakeFirstOrThrow()).state, 'approved');
          // no page of the work area is ever cached
          if (r.status === 200) assert.equal(r.headers.get('cache-control'), 'no-store');
        });
      }

    it('every write operation is in the OpenAPI document, with its security scheme', async (t) => {
      if (skipped()) return t.skip(skipped());
      const spec = (await (await app.request('/api/openapi.json')).json()) as {
        paths: Record<string, { post?: { security?: object[] } }>;
        components: { securitySchemes: Record<string, { in: string; name: string }> };
      };
      assert.equal(spec.components.securitySchemes.session.in, 'cookie');
      const posts = [...new Set(app.routes.filter((r) => r.method === 'POST').map((r) => r.path))];
      assert.ok(posts.length >= 4);
      for (const path of posts) {
        const names = path.includes(':action') ? ['respond', 'submit', 'decide', 'return', 'approve'].map((a) => path.replace(':action', a)) : [path];
        for (const n of names.map((x) => x.replace(/:(\w+)/g, '{$1}'))) {
          assert.ok(spec.paths[n]?.post, `${n} in the OpenAPI document`);
          if (n !== '/login') assert.deepEqual(spec.paths[n].post!.security, [{ session: [] }], n);
        }
      }
      // and every write the document names is a route the portal has
      for (const [n, ops] of Object.entries(spec.paths))
        if (ops.post) assert.ok(ROUTES.some((r) => r.method === 'POST' && r.path(1).replace('/1/', '/{id}/') === n) || ['/login', '/logout'].includes(n), n);
    });

    it('the public sees approved versions only: no draft or submitted document shows anywhere', async (t) => {
      if (skipped()) return t.skip(skipped());
      const published = await store.db.selectFrom('disclosure_versions').select('id').execute();
      const approved = await store.db.selectFrom('submissions').select('version_id').where('state', '=', 'approved').execute();
      assert.equal(published.length, new Set(approved.map((a) => a.version_id)).size);
      const api = (await (await app.request('/api/disclosures')).json()) as { items: { key: string }[] };
      for (const d of api.items) {
        const v = (await (await app.request(`/api/disclosures/${d.key}`)).json()) as { versionsList: { id: number }[] };
        for (const x of v.versionsList) assert.ok(approved.some((a) => a.version_id === x.id));
      }
    });
  });
}
