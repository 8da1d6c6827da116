/**
 * The work area's routes: sign-in and sign-out, the editor's uploads and answers, the reviewer's decisions, the
 * audit log. Every route asks auth.ts who is there and policy.ts (through the workflow) what they may do; every
 * POST must come from this site with the session's form token. Nothing here is cached.
 */
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Store } from '../store/store.ts';
import { MAX_UPLOAD_BYTES, prepareUpload, UploadError } from '../import/upload.ts';
import { Workflow, WorkflowError } from '../store/workflow.ts';
import { oneLine } from '../read/failure.ts';
import { actorOf, field, forgery, logIn, loginToken, logOut, sessionLoader } from './auth.ts';
import { Throttle } from './throttle.ts';
import { auditPage, loginPage, submissionPage, workError, workHome, type Message } from './work-pages.ts';
import type { Html } from './html.ts';

/** A form is small; an upload is a file and a token. */
const FORM_BYTES = 64 * 1024;
const UPLOAD_BYTES = MAX_UPLOAD_BYTES + 64 * 1024;

const ACTIONS = ['respond', 'submit', 'decide', 'return', 'approve'] as const;

/** What went wrong with a step, as the page says it, or undefined for an unexpected error (a 500). */
function refusal(e: unknown): { status: 400 | 403 | 404 | 409 | 413; text: string } | undefined {
  if (e instanceof WorkflowError) return { status: e.status, text: e.message };
  if (e instanceof UploadError) return { status: 400, text: `无法接受上传的文件：${oneLine(e.message)}` };
  if ((e as Error)?.name === 'ZodError') return { status: 400, text: (e as { issues: { message: string }[] }).issues.map((i) => i.message).join('；') };
  return undefined;
}

export function workRoutes(store: Store, throttle = new Throttle()): Hono {
  const app = new Hono();
  const workflow = new Workflow(store, prepareUpload);
  const send = (c: Context, h: Html, status = 200) => {
    c.header('Cache-Control', 'no-store');
    return c.html(String(h), status as 200);
  };
  const fail = (c: Context, status: number, text: string) => send(c, workError(c.var.session, status, text), status);

  for (const p of ['/login', '/logout', '/work', '/work/*']) app.use(p, sessionLoader(store));
  app.use('/work/upload', bodyLimit({ maxSize: UPLOAD_BYTES, onError: (c) => fail(c, 413, `文件过大：最大 ${MAX_UPLOAD_BYTES / 1024 / 1024} MB。`) }));
  for (const p of ['/login', '/logout', '/work/s/*']) app.use(p, bodyLimit({ maxSize: FORM_BYTES, onError: (c) => fail(c, 413, '表单内容过长。') }));

  // the work area needs a session: pages send the visitor to sign in, a POST without one is refused
  app.use('/work/*', async (c, next) => {
    if (c.var.session) return next();
    if (c.req.method === 'POST') return fail(c, 403, '请先登录。');
    return c.redirect('/login', 303);
  });
  app.use('/work', async (c, next) => (c.var.session ? next() : c.redirect('/login', 303)));

  // offered even with a session: whoever signs in replaces it (a planted session never outlives a login)
  app.get('/login', (c) =>
    send(c, loginPage(loginToken(c), c.var.session ? { text: `当前已登录为 ${c.var.session.account.login}；在此登录将结束当前会话。`, ok: true } : undefined)),
  );
  app.post('/login', async (c) => {
    const r = await logIn(c, store, throttle, await c.req.parseBody());
    if (r.ok) return c.redirect('/work', 303);
    if (r.retryAfter) c.header('Retry-After', String(r.retryAfter));
    return send(c, loginPage(loginToken(c), { text: r.message }), r.status);
  });
  app.post('/logout', async (c) => {
    if (c.var.session) {
      const why = forgery(c, await c.req.parseBody());
      if (why) return fail(c, 403, why);
    }
    await logOut(c, store);
    return c.redirect('/', 303);
  });

  const home = async (c: Context, m?: Message, status = 200) => send(c, workHome(c.var.session!, await workflow.list(c.var.session!.account), m), status);
  app.get('/work', (c) => home(c));

  app.post('/work/upload', async (c) => {
    const s = c.var.session!;
    const form = await c.req.parseBody();
    const why = forgery(c, form);
    if (why) return fail(c, 403, why);
    const file = form.file;
    if (!(file instanceof File) || !file.size) return home(c, { text: '请选择要上传的文件。' }, 400);
    try {
      const id = await workflow.upload(s.account, file.name, new Uint8Array(await file.arrayBuffer()), actorOf(c, s.account.login));
      return c.redirect(`/work/s/${id}`, 303);
    } catch (e) {
      const r = refusal(e);
      if (!r) throw e;
      return home(c, { text: r.text }, r.status);
    }
  });

  const submissionId = (c: Context) => (/^\d{1,9}$/.test(c.req.param('id') ?? '') ? Number(c.req.param('id')) : null);

  app.get('/work/s/:id', async (c) => {
    const id = submissionId(c);
    if (id === null) return fail(c, 404, '没有这份提交。');
    try {
      return send(c, submissionPage(c.var.session!, await workflow.get(id, c.var.session!.account)));
    } catch (e) {
      const r = refusal(e);
      if (!r) throw e;
      return fail(c, r.status, r.text);
    }
  });

  app.post('/work/s/:id/:action', async (c) => {
    const s = c.var.session!;
    const id = submissionId(c);
    const action = c.req.param('action') as (typeof ACTIONS)[number];
    if (id === null || !ACTIONS.includes(action)) return fail(c, 404, '没有这个操作。');
    const form = await c.req.parseBody();
    const why = forgery(c, form);
    if (why) return fail(c, 403, why);
    const actor = actorOf(c, s.account.login);
    try {
      if (action === 'respond') await workflow.respond(id, s.account, form, actor);
      else if (action === 'decide') await workflow.decide(id, s.account, form, actor);
      else if (action === 'submit') await workflow.submit(id, s.account, form.note, actor);
      else if (action === 'return') await workflow.returnToEditor(id, s.account, form.note, actor);
      else await workflow.approve(id, s.account, form.note, actor);
      const seq = field(form, 'seq').replace(/\D/g, '');
      return c.redirect(`/work/s/${id}${seq ? `#f-${seq}` : ''}`, 303);
    } catch (e) {
      const r = refusal(e);
      if (!r) throw e;
      // the page again with the reason, when the submission may be seen at all
      const sub = await workflow.get(id, s.account).catch(() => null);
      return sub ? send(c, submissionPage(s, sub, { text: r.text }), r.status) : fail(c, r.status, r.text);
    }
  });

  app.get('/work/audit', async (c) => {
    const s = c.var.session!;
    if (s.account.role !== 'admin') return fail(c, 403, '只有管理员可以查看操作日志。');
    const rows = await store.db.selectFrom('audit_log').selectAll().orderBy('id', 'desc').limit(500).execute();
    return send(
      c,
      auditPage(
        s,
        rows.map((r) => ({ at: r.at, actor: r.actor, action: r.action, subject: `${r.subject_type} ${r.subject_id}`, ip: r.ip, detail: r.detail_json })),
      ),
    );
  });

  return app;
}
