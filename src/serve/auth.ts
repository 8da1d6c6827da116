/**
 * Signing in and out, and what every request of the work area must show: a live session (cookie: random token,
 * HttpOnly, SameSite=Strict, Secure unless served over plain HTTP on loopback), an Origin of this site on every
 * unsafe method, and the session's synchronizer token in every form. The login form, before any session exists,
 * carries a token that must equal a short-lived cookie (double submit), so that no other site can sign a browser in.
 */
import { timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie, setCookie, deleteCookie } from 'hono/cookie';
import { getConnInfo } from '@hono/node-server/conninfo';
import { Accounts, audit, type Actor } from '../store/accounts.ts';
import { Sessions, token, type Session, SESSION_HOURS } from '../store/sessions.ts';
import { verifyPassword } from '../store/password.ts';
import type { Store } from '../store/store.ts';
import { Throttle } from './throttle.ts';

export const SESSION_COOKIE = 'yusuan_session';
export const LOGIN_COOKIE = 'yusuan_login';

declare module 'hono' {
  interface ContextVariableMap {
    session: Session | null;
  }
}

/** The client's address (the socket's; the portal trusts no forwarding header). */
export function clientAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'local'; // app.request() in tests has no socket
  }
}

export const actorOf = (c: Context, login: string): Actor => ({ login, ip: clientAddress(c) });

const loopback = (c: Context) => /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/.test(new URL(c.req.url).hostname);
const cookieOptions = (c: Context, maxAge: number) => ({
  httpOnly: true,
  sameSite: 'Strict' as const,
  path: '/',
  secure: new URL(c.req.url).protocol === 'https:' || !loopback(c),
  maxAge,
});

/** A form field as text; a file or a missing field is ''. */
export const field = (form: Record<string, unknown>, name: string): string => (typeof form[name] === 'string' ? (form[name] as string) : '');

export function sameToken(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * Whether an unsafe request comes from this site: the host of its Origin (or, without one, of its Referer) is the
 * host it was sent to. The scheme is not compared: behind a proxy that ends TLS the portal sees http:// while the
 * browser's Origin says https://.
 */
export function sameOrigin(c: Context): boolean {
  const own = new URL(c.req.url).host;
  const from = c.req.header('origin') ?? c.req.header('referer');
  try {
    return !!from && from !== 'null' && new URL(from).host === own;
  } catch {
    return false;
  }
}

/** Loads the session (if any) into c.var.session. */
export function sessionLoader(store: Store): MiddlewareHandler {
  const sessions = new Sessions(store.db);
  return async (c, next) => {
    c.set('session', await sessions.find(getCookie(c, SESSION_COOKIE)));
    await next();
  };
}

/** A fresh login form token, set as a cookie; the form carries the same value. */
export function loginToken(c: Context): string {
  const t = token();
  setCookie(c, LOGIN_COOKIE, t, cookieOptions(c, 3600));
  return t;
}

export type LoginOutcome = { ok: true } | { ok: false; status: 401 | 403 | 429; message: string; retryAfter?: number };

/** Check the login form and, when right, start a new session (the client's old token, if any, is ended). */
export async function logIn(c: Context, store: Store, throttle: Throttle, form: Record<string, unknown>): Promise<LoginOutcome> {
  if (!sameOrigin(c) || !sameToken(field(form, '_csrf'), getCookie(c, LOGIN_COOKIE)))
    return { ok: false, status: 403, message: '登录表单已过期或来自其他网站，请重新打开登录页。' };
  const login = field(form, 'login').trim().toLowerCase().slice(0, 64);
  const password = field(form, 'password');
  const address = clientAddress(c);
  const wait = throttle.wait(address, login);
  if (wait) return { ok: false, status: 429, message: `登录失败次数过多，请 ${Math.ceil(wait / 60)} 分钟后再试。`, retryAfter: wait };
  const accounts = new Accounts(store.db);
  const a = await accounts.byLogin(login);
  const right = await verifyPassword(password, a?.passwordHash ?? null);
  if (!a || !right || a.disabled) {
    throttle.fail(address, login);
    await audit(store.db, { login: login || '-', ip: address }, 'session.login-failed', ['account', a?.id ?? '-'], { disabled: !!a?.disabled && right });
    return { ok: false, status: 401, message: '用户名或密码不正确，或账号已停用。' };
  }
  throttle.succeed(login);
  const s = await new Sessions(store.db).start(a.id, getCookie(c, SESSION_COOKIE));
  setCookie(c, SESSION_COOKIE, s.token, cookieOptions(c, SESSION_HOURS * 3600));
  deleteCookie(c, LOGIN_COOKIE, { path: '/' });
  await audit(store.db, { login: a.login, ip: address }, 'session.login', ['account', a.id]);
  return { ok: true };
}

export async function logOut(c: Context, store: Store): Promise<void> {
  const t = getCookie(c, SESSION_COOKIE);
  const s = c.var.session;
  if (t) await new Sessions(store.db).end(t);
  deleteCookie(c, SESSION_COOKIE, { path: '/' });
  if (s) await audit(store.db, actorOf(c, s.account.login), 'session.logout', ['account', s.account.id]);
}

/** Why an unsafe request with a session is refused (other origin, missing or wrong form token), or null. */
export function forgery(c: Context, form: Record<string, unknown>): string | null {
  if (!sameOrigin(c)) return '请求来自其他网站，已拒绝。';
  if (!sameToken(field(form, '_csrf'), c.var.session?.csrf)) return '表单已过期，请刷新页面后重试。';
  return null;
}
