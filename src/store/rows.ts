/**
 * A disclosure as the lists and the search show it (its latest version), mapped from a row of the list query.
 * Apart from store.ts so that search.ts needs nothing of the store (no import cycle).
 */
import type { Kysely } from 'kysely';
import type { DB } from './schema.ts';

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

export interface DisclosureRow {
  key: string;
  orgSlug: string;
  org: string;
  region: string;
  isSample: boolean;
  kind: 'budget' | 'final';
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

export const disclosureKey = (slug: string, year: number, kind: string) => `${slug}/${year}/${kind}`;

/** A row of the list query. */
type Row = Awaited<ReturnType<ReturnType<typeof listQuery>['execute']>>[number];

export function disclosureRow(r: Row): DisclosureRow {
  return {
    key: disclosureKey(r.slug, r.year, r.kind),
    orgSlug: r.slug,
    org: r.org,
    region: r.region,
    isSample: !!r.is_sample,
    kind: r.kind as DisclosureRow['kind'], // the schema allows only these two
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
