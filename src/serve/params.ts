/**
 * Query parameters of the JSON API, checked strictly: a value that is not valid, or a parameter the route does
 * not know (a typo such as `yaer`), is a 400 with a message naming it, never silently ignored.
 */
import type { Context } from 'hono';
import { SCOPES } from '../store/identity.ts';

export class BadParam extends Error {}

export const MAX_QUERY = 200;

export interface ApiQuery {
  q?: string;
  region?: string;
  year?: number;
  kind?: 'budget' | 'final';
  scope?: string;
  org?: string;
  /** versions to compare, by the start of their content hash */
  from?: string;
  to?: string;
  limit: number;
  offset: number;
}

const CHECKS: Record<string, (v: string) => string | null> = {
  q: (v) => (!v.trim() ? 'must not be empty' : [...v].length > MAX_QUERY ? `is longer than ${MAX_QUERY} characters` : null),
  region: (v) => (!v.trim() || v.length > 100 ? 'must be a region name of at most 100 characters' : null),
  year: (v) => (/^\d{4}$/.test(v) && +v >= 1990 && +v <= 2100 ? null : 'must be a year between 1990 and 2100'),
  kind: (v) => (v === 'budget' || v === 'final' ? null : 'must be budget or final'),
  scope: (v) => ((SCOPES as string[]).includes(v) ? null : `must be one of ${SCOPES.join(', ')}`),
  org: (v) => (/^[0-9a-f]{12}$/.test(v) ? null : 'must be an organisation id of 12 hex digits'),
  limit: (v) => (/^\d{1,4}$/.test(v) && +v >= 1 ? null : 'must be a whole number from 1'),
  offset: (v) => (/^\d{1,9}$/.test(v) ? null : 'must be a whole number from 0'),
  from: (v) => (/^[0-9a-f]{8,64}$/.test(v) ? null : 'must be a version hash (8–64 hex digits)'),
  to: (v) => (/^[0-9a-f]{8,64}$/.test(v) ? null : 'must be a version hash (8–64 hex digits)'),
  // checked by the route that takes them
  sort: () => null,
  order: () => null,
};

/** The query of an API list route: `allowed` names its parameters; `maxLimit` caps the page size. */
export function apiQuery(c: Context, allowed: string[], maxLimit = 500, defaultLimit = 50): ApiQuery {
  const out: ApiQuery = { limit: defaultLimit, offset: 0 };
  for (const [name, values] of Object.entries(c.req.queries())) {
    if (!allowed.includes(name)) throw new BadParam(`unknown parameter ${name} (this route takes ${allowed.join(', ') || 'none'})`);
    if (values.length > 1) throw new BadParam(`${name} is given ${values.length} times`);
    const v = values[0];
    const why = CHECKS[name]?.(v);
    if (why) throw new BadParam(`${name} ${why}`);
    if (name === 'limit' && +v > maxLimit) throw new BadParam(`limit must be at most ${maxLimit}`);
    (out as unknown as Record<string, unknown>)[name] = name === 'year' || name === 'limit' || name === 'offset' ? Number(v) : v;
  }
  return out;
}

/** A page of a list, as every API list answers. */
export const paged = <T>(items: T[], total: number, q: { limit: number; offset: number }) => ({ total, limit: q.limit, offset: q.offset, items });
