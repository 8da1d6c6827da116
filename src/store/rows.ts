/**
 * A disclosure as the lists and the search show it (its latest version), mapped from a row of the list query.
 * Apart from store.ts so that search.ts needs nothing of the store (no import cycle).
 */
import type { Kysely } from 'kysely';
import type { DB } from './schema.ts';
import { kindKey } from './identity.ts';

/** The latest version of each disclosure with its organisation and 支出总计: the rows of every list page. */
export function listQuery(db: Kysely<DB>) {
  return db
    .selectFrom('disclosures as d')
    .innerJoin('organisations as o', 'o.id', 'd.org_id')
    .innerJoin('disclosure_versions as v', 'v.id', 'd.latest_version_id')
    .leftJoin('figures as fx', (j) => j.onRef('fx.version_id', '=', 'v.id').on('fx.key', '=', 'expenditure.total'))
    .select([
      'o.slug',
      'o.name as org',
      'o.region',
      'o.is_sample',
      'd.kind',
      'd.scope',
      'd.year',
      'd.title',
      'd.version_count',
      'v.id as version_id',
      'v.published_at',
      'v.checked',
      'v.errors',
      'v.warnings',
      'v.infos',
      'fx.value as expenditure',
    ]);
}

/** A disclosure as the lists show it: its latest version. */
export interface DisclosureRow {
  key: string;
  orgSlug: string;
  org: string;
  region: string;
  isSample: boolean;
  kind: 'budget' | 'final';
  /** department (部门), unit (单位) or aggregate (汇总) */
  scope: string;
  /** kind × scope as the URL names it: budget, unit-budget … */
  kindKey: string;
  year: number;
  title: string;
  versionId: number;
  versions: number;
  publishedAt: string;
  checked: boolean;
  errors: number;
  warnings: number;
  infos: number;
  expenditure: string | null;
}

/** `{org}/{year}/{kindKey}`: the disclosure's public key and the tail of its URL. */
export const disclosureKey = (slug: string, year: number, key: string) => `${slug}/${year}/${key}`;

/** A row of the list query (queries that add columns to it still map through here). */
type Row = Awaited<ReturnType<ReturnType<typeof listQuery>['execute']>>[number];

export function disclosureRow(r: Row): DisclosureRow {
  const key = kindKey(r.kind as DisclosureRow['kind'], r.scope);
  return {
    key: disclosureKey(r.slug, r.year, key),
    orgSlug: r.slug,
    org: r.org,
    region: r.region,
    isSample: !!r.is_sample,
    kind: r.kind as DisclosureRow['kind'], // the schema allows only these two
    scope: r.scope,
    kindKey: key,
    year: r.year,
    title: r.title,
    versionId: r.version_id,
    versions: r.version_count,
    publishedAt: r.published_at,
    checked: !!r.checked,
    errors: r.errors,
    warnings: r.warnings,
    infos: r.infos,
    expenditure: r.expenditure ?? null,
  };
}
