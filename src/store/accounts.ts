/**
 * Accounts and roles: a department editor (编辑, bound to one organisation), a finance reviewer (审核, one region)
 * and an administrator. Every change of an account is written to the audit log in the same transaction.
 */
import { z } from 'zod';
import type { Kysely, Transaction } from 'kysely';
import type { DB } from './schema.ts';
import { orgSlug } from './text.ts';
import { hashPassword, weakPassword } from './password.ts';

export const ROLES = ['editor', 'reviewer', 'admin'] as const;
export type Role = (typeof ROLES)[number];
export const ROLE_NAMES: Record<Role, string> = { editor: '部门编辑', reviewer: '财政审核', admin: '管理员' };

export interface Account {
  id: number;
  login: string;
  displayName: string;
  role: Role;
  /** an editor's organisation */
  org: { id: number; slug: string; name: string; region: string } | null;
  /** a reviewer's region */
  region: string | null;
  disabled: boolean;
}

/** Who did something and from where: written with every audited action. */
export interface Actor {
  login: string;
  ip?: string | null;
}

export class AccountError extends Error {}

export const LoginSchema = z.string().regex(/^[a-z][a-z0-9._-]{2,31}$/, 'a login is 3–32 lowercase letters, digits, . _ -, starting with a letter');
const Name = z.string().trim().min(1).max(60);

export const NewAccountSchema = z
  .object({
    login: LoginSchema,
    displayName: Name,
    role: z.enum(ROLES),
    /** an editor's organisation: its slug, or its unit name and region (created when new) */
    org: z
      .string()
      .regex(/^[0-9a-f]{12}$/)
      .optional(),
    unit: Name.optional(),
    region: Name.optional(),
  })
  .refine((a) => a.role !== 'editor' || a.org || (a.unit && a.region), { message: 'an editor needs --org SLUG, or --unit NAME and --region REGION' })
  .refine((a) => a.role !== 'reviewer' || a.region, { message: 'a reviewer needs --region REGION' });
export type NewAccount = z.infer<typeof NewAccountSchema>;

const now = () => new Date().toISOString();

export async function audit(
  db: Kysely<DB> | Transaction<DB>,
  actor: Actor,
  action: string,
  subject: [string, string | number],
  detail: object = {},
): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      at: now(),
      actor: actor.login,
      action,
      subject_type: subject[0],
      subject_id: String(subject[1]),
      detail_json: JSON.stringify(detail),
      ip: actor.ip ?? null,
    })
    .execute();
}

const accountQuery = (db: Kysely<DB>) =>
  db
    .selectFrom('accounts as a')
    .leftJoin('organisations as o', 'o.id', 'a.org_id')
    .select([
      'a.id',
      'a.login',
      'a.display_name',
      'a.role',
      'a.region',
      'a.disabled',
      'a.password_hash',
      'o.id as org_id',
      'o.slug',
      'o.name',
      'o.region as org_region',
    ]);

type AccountRow = Awaited<ReturnType<ReturnType<typeof accountQuery>['executeTakeFirstOrThrow']>>;
const toAccount = (r: AccountRow): Account => ({
  id: r.id,
  login: r.login,
  displayName: r.display_name,
  role: r.role as Role,
  org: r.org_id !== null ? { id: r.org_id, slug: r.slug!, name: r.name!, region: r.org_region! } : null,
  region: r.role === 'editor' ? (r.org_region ?? null) : r.region,
  disabled: !!r.disabled,
});

export class Accounts {
  constructor(private db: Kysely<DB>) {}

  async byLogin(login: string): Promise<(Account & { passwordHash: string | null }) | null> {
    const r = await accountQuery(this.db).where('a.login', '=', login).executeTakeFirst();
    return r ? { ...toAccount(r), passwordHash: r.password_hash } : null;
  }

  async byId(id: number): Promise<Account | null> {
    const r = await accountQuery(this.db).where('a.id', '=', id).executeTakeFirst();
    return r ? toAccount(r) : null;
  }

  async list(): Promise<Account[]> {
    return (await accountQuery(this.db).orderBy('a.login').execute()).map(toAccount);
  }

  async add(input: NewAccount, password: string, by: Actor): Promise<Account> {
    const a = NewAccountSchema.parse(input);
    const weak = weakPassword(password);
    if (weak) throw new AccountError(weak);
    const hash = await hashPassword(password);
    const id = await this.db.transaction().execute(async (trx) => {
      if (await trx.selectFrom('accounts').select('id').where('login', '=', a.login).executeTakeFirst())
        throw new AccountError(`the login ${a.login} exists already`);
      const orgId = a.role === 'editor' ? await this.orgFor(trx, a) : null;
      const row = await trx
        .insertInto('accounts')
        .values({
          login: a.login,
          display_name: a.displayName,
          role: a.role,
          org_id: orgId,
          region: a.role === 'reviewer' ? a.region! : null,
          password_hash: hash,
          disabled: 0,
          created_at: now(),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await audit(trx, by, 'account.add', ['account', row.id], { login: a.login, role: a.role, org: orgId, region: a.role === 'reviewer' ? a.region : null });
      return row.id;
    });
    return (await this.byId(id))!;
  }

  /** The editor's organisation: named by slug (must exist), or by unit and region (made when new, as import does). */
  private async orgFor(trx: Transaction<DB>, a: NewAccount): Promise<number> {
    if (a.org) {
      const o = await trx.selectFrom('organisations').select('id').where('slug', '=', a.org).executeTakeFirst();
      if (!o) throw new AccountError(`no organisation ${a.org} (see /orgs, or give --unit and --region)`);
      return o.id;
    }
    const slug = orgSlug(a.region!, a.unit!);
    const o = await trx.selectFrom('organisations').select('id').where('slug', '=', slug).executeTakeFirst();
    if (o) return o.id;
    const made = await trx
      .insertInto('organisations')
      .values({ slug, name: a.unit!, region: a.region!, level: null, parent_id: null, is_sample: 0, created_at: now() })
      .returning('id')
      .executeTakeFirstOrThrow();
    return made.id;
  }

  async setDisabled(login: string, disabled: boolean, by: Actor): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      const a = await trx.selectFrom('accounts').select('id').where('login', '=', login).executeTakeFirst();
      if (!a) throw new AccountError(`no account ${login}`);
      await trx
        .updateTable('accounts')
        .set({ disabled: disabled ? 1 : 0 })
        .where('id', '=', a.id)
        .execute();
      // a disabled account is signed out everywhere at once
      if (disabled) await trx.deleteFrom('sessions').where('account_id', '=', a.id).execute();
      await audit(trx, by, disabled ? 'account.disable' : 'account.enable', ['account', a.id], { login });
    });
  }

  async setPassword(login: string, password: string, by: Actor): Promise<void> {
    const weak = weakPassword(password);
    if (weak) throw new AccountError(weak);
    const hash = await hashPassword(password);
    await this.db.transaction().execute(async (trx) => {
      const a = await trx.selectFrom('accounts').select('id').where('login', '=', login).executeTakeFirst();
      if (!a) throw new AccountError(`no account ${login}`);
      await trx.updateTable('accounts').set({ password_hash: hash }).where('id', '=', a.id).execute();
      await trx.deleteFrom('sessions').where('account_id', '=', a.id).execute();
      await audit(trx, by, 'account.password', ['account', a.id], { login });
    });
  }
}
