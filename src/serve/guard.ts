/**
 * Requests the portal refuses before any handler runs: a method other than GET or HEAD (405 with Allow: the public
 * portal is read-only; only sign-in, sign-out and the work area take POST, with their own checks in work.ts), and control characters (NUL …) in the path or a query parameter (400: no page or search takes
 * them, and a NUL would reach the database's text functions).
 */
import type { Context, Next } from 'hono';
import { errorPage } from './pages.ts';

const ALLOWED = 'GET, HEAD';
/** The paths that take forms. */
const WRITABLE = /^\/(login|logout|work\/.+)$/;
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

function refuse(c: Context, status: 400 | 405, message: string, zh: string) {
  if (status === 405) c.header('Allow', WRITABLE.test(c.req.path) ? `${ALLOWED}, POST` : ALLOWED);
  return c.req.path.startsWith('/api/') ? c.json({ error: message }, status) : c.html(String(errorPage(status, zh)), status);
}

/** Whether the raw path or query carries a control character once decoded. */
function hasControl(url: string): boolean {
  const { pathname, searchParams } = new URL(url);
  let path = pathname;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    /* a malformed escape is left to the router (404) */
  }
  if (CONTROL.test(path)) return true;
  for (const [k, v] of searchParams) if (CONTROL.test(k) || CONTROL.test(v)) return true;
  return false;
}

export async function requestGuard(c: Context, next: Next) {
  const post = c.req.method === 'POST' && WRITABLE.test(c.req.path);
  if (c.req.method !== 'GET' && c.req.method !== 'HEAD' && !post)
    return refuse(c, 405, `method ${c.req.method} not allowed (the portal is read-only)`, '不支持此请求方法。');
  if (hasControl(c.req.url)) return refuse(c, 400, 'control characters in the request are not allowed', '请求中含有控制字符，无法处理。');
  await next();
}
