/**
 * Server-side sessions. The cookie carries 32 random bytes; the table keeps only their sha256, so a copy of the
 * database opens no session. A session is made only by a successful login (never from a token the client brings:
 * no fixation), expires after a fixed time, and ends at logout, on a password change or when the account is disabled.
 */
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from './schema.ts';
import { sha256 } from './text.ts';
import { Accounts, type Account } from './accounts.ts';

export const SESSION_HOURS = 8;
export const token = () => randomBytes(32).toString('base64url');

export interface Session {
  account: Account;
  csrf: string;
  expiresAt: string;
}

export class Sessions {
  constructor(
    private db: Kysely<DB>,
    private hours = SESSION_HOURS,
  ) {}

  /** A new session for the account; the old one (if the client had any) is ended. Returns the cookie's token. */
  async start(accountId: number, previous?: string): Promise<{ token: string; csrf: string }> {
    if (previous) await this.end(previous);
    const t = token();
    const csrf = token();
    const at = new Date();
    await this.db
      .insertInto('sessions')
      .values({
        token_hash: sha256(t),
        account_id: accountId,
        csrf,
        created_at: at.toISOString(),
        expires_at: new Date(at.getTime() + this.hours * 3600_000).toISOString(),
      })
      .execute();
    // expired sessions are swept on every login
    await this.db.deleteFrom('sessions').where('expires_at', '<', at.toISOString()).execute();
    return { token: t, csrf };
  }

  /** The live session of a token, or null (unknown, expired, or its account disabled). */
  async find(t: string | undefined): Promise<Session | null> {
    if (!t || !/^[\w-]{43}$/.test(t)) return null;
    const s = await this.db.selectFrom('sessions').selectAll().where('token_hash', '=', sha256(t)).executeTakeFirst();
    if (!s || s.expires_at <= new Date().toISOString()) return null;
    const account = await new Accounts(this.db).byId(s.account_id);
    if (!account || account.disabled) return null;
    return { account, csrf: s.csrf, expiresAt: s.expires_at };
  }

  async end(t: string): Promise<void> {
    if (/^[\w-]{43}$/.test(t)) await this.db.deleteFrom('sessions').where('token_hash', '=', sha256(t)).execute();
  }
}
