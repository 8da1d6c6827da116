/**
 * Security headers on every response. The portal needs no script at all, so the policy allows none: styles are
 * inline (one stylesheet per page), images are our own or data: URIs (the favicon). Original files are served
 * in a sandbox so that an uploaded HTML original can never run in the portal's origin; PDFs keep the browser's
 * viewer (which a sandbox would block) so that links to a page (#page=N) open there.
 */
import type { MiddlewareHandler } from 'hono';

export const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

export const securityHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  const h = c.res.headers;
  const type = h.get('content-type') ?? '';
  const original = c.req.path.includes('/original/');
  if (!(original && type.startsWith('application/pdf'))) h.set('Content-Security-Policy', original ? `sandbox; ${CSP}` : CSP);
  h.set('X-Content-Type-Options', 'nosniff');
  h.set('X-Frame-Options', 'DENY');
  h.set('Referrer-Policy', 'strict-origin-when-cross-origin');
  h.set('Cross-Origin-Opener-Policy', 'same-origin');
};
