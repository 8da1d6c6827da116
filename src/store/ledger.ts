/**
 * The publication ledger (公开台账): what each organisation must publish (unit × year × kind, from the roster) by
 * when (approval + 20 days), and how it went: published on time, late, missing (past the deadline, nothing
 * published), not yet due; and whether the latest published version has errors. Times are compared as dates in
 * China (UTC+8): a document published at 23:00 Beijing time on the deadline day is on time.
 */
import { sql, type Kysely } from 'kysely';
import type { DB } from './schema.ts';
import { orgSlug } from './text.ts';
import { audit, type Actor } from './accounts.ts';
import { addDays, DEADLINE_DAYS, type RosterRow } from './roster.ts';

export type LedgerStatus = 'on-time' | 'late' | 'missing' | 'pending';
export const STATUS_NAMES: Record<LedgerStatus, string> = { 'on-time': '按期公开', late: '逾期公开', missing: '逾期未公开', pending: '未到期' };

export interface LedgerRow {
  org: string;
  orgSlug: string;
  region: string;
  year: number;
  kind: string;
  approvedOn: string;
  dueDate: string;
  /** the first publication's date in China, or null */
  publishedOn: string | null;
  status: LedgerStatus;
  /** the latest published version has error findings */
  withErrors: boolean;
  errors: number;
}

const now = () => new Date().toISOString();
/** An ISO time → its date in China (UTC+8). */
export const chinaDate = (iso: string) => new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(0, 10);

/** Write the roster: each row's organisation (made when new) and its ledger line with approval date and deadline. */
export async function importRoster(db: Kysely<DB>, rows: RosterRow[], actor: Actor): Promise<{ added: number; updated: number }> {
  return db.transaction().execute(async (trx) => {
    let [added, updated] = [0, 0];
    const at = now();
    for (const r of rows) {
      const slug = orgSlug(r.region, r.unit);
      let org = await trx.selectFrom('organisations').select('id').where('slug', '=', slug).executeTakeFirst();
      org ??= await trx
        .insertInto('organisations')
        .values({ slug, name: r.unit, region: r.region, level: null, parent_id: null, is_sample: 0, created_at: at })
        .returning('id')
        .executeTakeFirstOrThrow();
      const due = addDays(r.approvedOn, DEADLINE_DAYS);
      const have = await trx
        .selectFrom('publication_ledger')
        .select('id')
        .where('org_id', '=', org.id)
        .where('kind', '=', r.kind)
        .where('year', '=', r.year)
        .executeTakeFirst();
      if (have) {
        await trx.updateTable('publication_ledger').set({ approved_on: r.approvedOn, due_date: due, updated_at: at }).where('id', '=', have.id).execute();
        updated++;
      } else {
        await trx
          .insertInto('publication_ledger')
          .values({ org_id: org.id, kind: r.kind, year: r.year, due_date: due, approved_on: r.approvedOn, version_id: null, status: 'due', updated_at: at })
          .execute();
        added++;
      }
    }
    await audit(trx, actor, 'ledger.import', ['ledger', '-'], { rows: rows.length, added, updated });
    return { added, updated };
  });
}

/** The roster's lines with their outcome, for a region and/or year (all when not given). */
export async function ledger(db: Kysely<DB>, f: { region?: string; year?: number; kind?: string } = {}, today = chinaDate(now())): Promise<LedgerRow[]> {
  let q = db
    .selectFrom('publication_ledger as l')
    .innerJoin('organisations as o', 'o.id', 'l.org_id')
    .leftJoin('disclosures as d', (j) =>
      j.onRef('d.org_id', '=', 'l.org_id').onRef('d.kind', '=', 'l.kind').onRef('d.year', '=', 'l.year').on('d.scope', '=', 'department'),
    )
    .leftJoin('disclosure_versions as lv', 'lv.id', 'd.latest_version_id')
    .select(['o.name', 'o.slug', 'o.region', 'l.year', 'l.kind', 'l.approved_on', 'l.due_date', 'lv.errors'])
    .select((eb) =>
      eb
        .selectFrom('disclosure_versions as v')
        .select(sql<string | null>`min(v.published_at)`.as('m'))
        .whereRef('v.disclosure_id', '=', 'd.id')
        .as('first_at'),
    )
    .where('l.approved_on', 'is not', null)
    .orderBy('o.region')
    .orderBy('o.name')
    .orderBy('l.year', 'desc')
    .orderBy('l.kind');
  if (f.region) q = q.where('o.region', '=', f.region);
  if (f.year) q = q.where('l.year', '=', f.year);
  if (f.kind) q = q.where('l.kind', '=', f.kind);
  return (await q.execute()).map((r) => {
    const publishedOn = r.first_at ? chinaDate(r.first_at) : null;
    const status: LedgerStatus = publishedOn ? (publishedOn <= r.due_date ? 'on-time' : 'late') : today > r.due_date ? 'missing' : 'pending';
    const errors = Number(r.errors ?? 0);
    return {
      org: r.name,
      orgSlug: r.slug,
      region: r.region,
      year: r.year,
      kind: r.kind,
      approvedOn: r.approved_on!,
      dueDate: r.due_date,
      publishedOn,
      status,
      withErrors: !!publishedOn && errors > 0,
      errors,
    };
  });
}

/** How many lines of each outcome (and how many published ones have errors). */
export function ledgerCounts(rows: LedgerRow[]) {
  const n = (s: LedgerStatus) => rows.filter((r) => r.status === s).length;
  return {
    total: rows.length,
    onTime: n('on-time'),
    late: n('late'),
    missing: n('missing'),
    pending: n('pending'),
    withErrors: rows.filter((r) => r.withErrors).length,
  };
}
