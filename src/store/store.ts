/**
 * The store: writes a disclosure version (one transaction per document) and answers the portal's questions. All
 * SQL goes through kysely; the only dialect-specific code is full-text search (search.ts) and the migrations.
 */
import { sql, type Kysely, type Transaction } from 'kysely';
import { add, flattenFigures, percent, sub, TEXT_KEYS, type Disclosure, type FigureKey, type Finding, type FlatKey } from '../model/index.ts';
import { openDatabase, type Database } from './db.ts';
import type { DB } from './schema.ts';
import { bigrams, orgSlug, regionName, regionOf, searchable, sha256 } from './text.ts';
import { searchDisclosures, type SearchParams, type SearchResult } from './search.ts';
import { disclosureKey, disclosureRow, listQuery, type DisclosureRow } from './rows.ts';

export { disclosureKey, type DisclosureRow };
import { kindKey, kindName, parseKindKey, scopeOf } from './identity.ts';
import { amountsIn } from './amounts.ts';

export const KIND_NAMES = { budget: '部门预算', final: '部门决算' } as const;
export const UNKNOWN_REGION = '未注明地区';

export interface SourceFile {
  file: string;
  format: string;
  bytes: Uint8Array;
  mediaType?: string;
}

export interface ImportInput {
  disclosure: Disclosure;
  /** sha256 of the original bytes (several files: of their hashes joined); the version's identity */
  contentHash: string;
  sources: SourceFile[];
  /** the document's text as published; omitted for a bare model (the narrative is generated from the figures) */
  body: string;
  textOrigin: 'source' | 'generated';
  /** null when no checker was available */
  findings: Finding[] | null;
  region?: string;
  sample?: boolean;
  actor?: string;
}

export interface ImportResult {
  status: 'added' | 'new-version' | 'unchanged';
  key: string;
  versionId: number;
}

/** The filters of every list: region, year, kind (budget|final), scope, organisation slug. */
export interface ListFilter {
  region?: string;
  year?: number;
  kind?: string;
  scope?: string;
  org?: string;
}

const now = () => new Date().toISOString();

function title(d: Disclosure): string {
  // a title read together with the first heading (…情况说明一、单位基本情况): keep the title
  // …部门预算预算主管部门：X (the cover's next line read with the title) → …部门预算（X）
  const unit = d.identity.unit ?? '';
  const t = d.identity.title
    ?.trim()
    .replace(/(.{6,}?)[一二三四五六七八九十]+、.*$/, '$1')
    .replace(/(预算主管部门|主管部门|预算单位|编制单位|部门名称|单位名称)[：:].*$/, '')
    .slice(0, 120);
  if (!t) return `${unit}${d.identity.year}年${kindName(d.identity.kind, scopeOf(d))}`;
  return unit && !t.includes(unit) ? `${t}（${unit}）` : t;
}

export const mediaTypeOf = (format: string) =>
  ({
    pdf: 'application/pdf',
    docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    html: 'text/html; charset=utf-8',
    markdown: 'text/markdown; charset=utf-8',
    text: 'text/plain; charset=utf-8',
    model: 'application/json',
  })[format] ?? 'application/octet-stream';

/** The advisory lock key of imports on PostgreSQL (any constant; "yusuan" in ASCII). */
const IMPORT_LOCK = 0x797573756e;

export class Store {
  readonly db: Kysely<DB>;
  readonly dialect: Database['dialect'];
  /** bumped on every write through this process: a cache key for rendered pages */
  generation = 0;

  constructor(readonly database: Database) {
    this.db = database.db;
    this.dialect = database.dialect;
  }

  static async open(spec?: string): Promise<Store> {
    return new Store(await openDatabase(spec));
  }

  close() {
    return this.database.close();
  }

  /** Refresh the planner's statistics (PostgreSQL, after bulk loads); a no-op on SQLite. */
  async analyze(): Promise<void> {
    if (this.dialect === 'postgres') await sql`ANALYZE`.execute(this.db);
  }

  async hasVersion(contentHash: string): Promise<boolean> {
    return !!(await this.db.selectFrom('disclosure_versions').select('id').where('content_hash', '=', contentHash).executeTakeFirst());
  }

  /**
   * Store one disclosure version in one transaction; an identical content hash is a no-op. `then` runs in the same
   * transaction (the review workflow records its approval there, so that publication and approval are one act).
   */
  async importDisclosure(input: ImportInput, then?: (trx: Transaction<DB>, result: ImportResult) => Promise<void>): Promise<ImportResult> {
    const result = await this.db.transaction().execute(async (trx) => {
      const r = await this.write(trx, input);
      await then?.(trx, r);
      return r;
    });
    if (result.status !== 'unchanged') this.generation++;
    return result;
  }

  /** Several documents in one transaction (bulk loads such as the benchmark); all or none are stored. */
  async importMany(inputs: ImportInput[]): Promise<ImportResult[]> {
    const results = await this.db.transaction().execute(async (trx) => {
      const out: ImportResult[] = [];
      for (const input of inputs) out.push(await this.write(trx, input));
      return out;
    });
    this.generation++;
    return results;
  }

  private async write(trx: Transaction<DB>, input: ImportInput): Promise<ImportResult> {
    // PostgreSQL: one importer writes at a time (as SQLite's IMMEDIATE transactions do), so that two imports of the
    // same files cannot both find an organisation or a content hash missing and both insert it
    if (this.dialect === 'postgres') await sql`SELECT pg_advisory_xact_lock(${IMPORT_LOCK})`.execute(trx);
    const d = input.disclosure;
    const at = now();
    const unit = (d.identity.unit ?? '').trim() || '（未识别单位）';
    const region = (input.region ?? regionName(d.identity.region) ?? regionOf(unit)) || UNKNOWN_REGION;
    const slug = orgSlug(region, unit);
    const scope = scopeOf(d);
    const key = disclosureKey(slug, d.identity.year, kindKey(d.identity.kind, scope));
    const existing = await trx.selectFrom('disclosure_versions').select('id').where('content_hash', '=', input.contentHash).executeTakeFirst();
    if (existing) return { status: 'unchanged', key, versionId: existing.id };

    let org = await trx.selectFrom('organisations').select('id').where('slug', '=', slug).executeTakeFirst();
    if (!org) {
      org = await trx
        .insertInto('organisations')
        .values({ slug, name: unit, region, level: d.identity.level ?? null, parent_id: null, is_sample: input.sample ? 1 : 0, created_at: at })
        .returning('id')
        .executeTakeFirstOrThrow();
    }
    const t = title(d);
    let disc = await trx
      .selectFrom('disclosures')
      .select(['id', 'version_count'])
      .where('org_id', '=', org.id)
      .where('kind', '=', d.identity.kind)
      .where('year', '=', d.identity.year)
      .where('scope', '=', scope)
      .executeTakeFirst();
    const isNew = !disc;
    if (!disc) {
      disc = await trx
        .insertInto('disclosures')
        .values({
          org_id: org.id,
          kind: d.identity.kind,
          scope,
          year: d.identity.year,
          title: t,
          latest_version_id: null,
          version_count: 0,
          created_at: at,
          updated_at: at,
        })
        .returning(['id', 'version_count'])
        .executeTakeFirstOrThrow();
    }
    const findings = input.findings ?? [];
    const count = (s: string) => findings.filter((f) => f.severity === s).length;
    const version = await trx
      .insertInto('disclosure_versions')
      .values({
        disclosure_id: disc.id,
        content_hash: input.contentHash,
        model_json: JSON.stringify(d),
        body: input.body,
        text_origin: input.textOrigin,
        checked: input.findings ? 1 : 0,
        errors: count('error'),
        warnings: count('warning'),
        infos: count('info'),
        review_state: 'published',
        imported_by: null,
        published_at: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const vid = version.id;

    for (const [seq, s] of input.sources.entries()) {
      const h = sha256(s.bytes);
      const have = await trx.selectFrom('blobs').select('sha256').where('sha256', '=', h).executeTakeFirst();
      if (!have)
        await trx
          .insertInto('blobs')
          .values({ sha256: h, bytes: s.bytes, size: s.bytes.length, media_type: s.mediaType ?? mediaTypeOf(s.format), created_at: at })
          .execute();
      await trx.insertInto('version_sources').values({ version_id: vid, seq, file_name: s.file, format: s.format, sha256: h }).execute();
    }
    if (findings.length)
      await trx
        .insertInto('findings')
        .values(
          findings.map((f, seq) => ({
            version_id: vid,
            seq,
            rule: f.rule,
            severity: f.severity,
            message: f.message,
            path: f.path ?? null,
            detail_json: JSON.stringify(f),
          })),
        )
        .execute();
    const flat = Object.entries(flattenFigures(d));
    if (flat.length)
      await trx
        .insertInto('figures')
        .values(flat.map(([k, v]) => ({ version_id: vid, key: k, value: v, amount: TEXT_KEYS.has(k) || !/^-?\d+(\.\d+)?$/.test(v) ? null : v })))
        .execute();
    await trx
      .updateTable('disclosures')
      .set({ latest_version_id: vid, version_count: disc.version_count + 1, updated_at: at, title: t })
      .where('id', '=', disc.id)
      .execute();
    await trx.deleteFrom('search_docs').where('disclosure_id', '=', disc.id).execute();
    const body = searchable(input.body);
    const st = searchable(t);
    await trx
      .insertInto('search_docs')
      .values({ disclosure_id: disc.id, version_id: vid, title: st, body, bigrams: bigrams(`${st}\n${body}`) })
      .execute();
    await trx.deleteFrom('search_amounts').where('disclosure_id', '=', disc.id).execute();
    const amounts = amountsIn(`${st}\n${body}`);
    for (let i = 0; i < amounts.length; i += 500)
      await trx
        .insertInto('search_amounts')
        .values(amounts.slice(i, i + 500).map((amount) => ({ disclosure_id: disc.id, amount })))
        .execute();
    const ledger = await trx
      .selectFrom('publication_ledger')
      .select('id')
      .where('org_id', '=', org.id)
      .where('kind', '=', d.identity.kind)
      .where('year', '=', d.identity.year)
      .executeTakeFirst();
    // the ledger records what an organisation must publish: its own 部门 disclosure fulfils it before any other scope
    if (ledger && scope === 'department')
      await trx.updateTable('publication_ledger').set({ version_id: vid, status: 'published', updated_at: at }).where('id', '=', ledger.id).execute();
    else if (!ledger)
      await trx
        .insertInto('publication_ledger')
        .values({ org_id: org.id, kind: d.identity.kind, year: d.identity.year, due_date: dueDate(d), version_id: vid, status: 'published', updated_at: at })
        .execute();
    await trx
      .insertInto('audit_log')
      .values({
        at,
        actor: input.actor ?? 'import',
        action: isNew ? 'disclosure.publish' : 'disclosure.new-version',
        subject_type: 'disclosure_version',
        subject_id: String(vid),
        detail_json: JSON.stringify({ key, contentHash: input.contentHash, files: input.sources.map((s) => s.file) }),
      })
      .execute();
    return { status: isNew ? 'added' : 'new-version', key, versionId: vid };
  }

  // ---------------------------------------------------------------- queries

  /** The latest version of each disclosure with its organisation and 支出总计: the rows of every list page. */
  listQuery() {
    return listQuery(this.db);
  }

  static row = disclosureRow;

  async stats() {
    const one = async (q: Promise<{ n: number | string } | undefined>) => Number((await q)?.n ?? 0);
    const c = sql<number>`count(*)`.as('n');
    return {
      organisations: await one(this.db.selectFrom('organisations').select(c).executeTakeFirst()),
      disclosures: await one(this.db.selectFrom('disclosures').select(c).where('latest_version_id', 'is not', null).executeTakeFirst()),
      versions: await one(this.db.selectFrom('disclosure_versions').select(c).executeTakeFirst()),
      regions: await one(
        this.db
          .selectFrom('organisations')
          .select(sql<number>`count(distinct region)`.as('n'))
          .executeTakeFirst(),
      ),
      findings: await one(this.db.selectFrom('findings').select(c).executeTakeFirst()),
    };
  }

  async regions(): Promise<{ region: string; organisations: number; disclosures: number; latestYear: number }[]> {
    const rows = await this.db
      .selectFrom('disclosures as d')
      .innerJoin('organisations as o', 'o.id', 'd.org_id')
      .select(['o.region', sql<number>`count(distinct o.id)`.as('orgs'), sql<number>`count(*)`.as('n'), sql<number>`max(d.year)`.as('latest')])
      .groupBy('o.region')
      .orderBy('o.region')
      .execute();
    return rows.map((r) => ({ region: r.region, organisations: Number(r.orgs), disclosures: Number(r.n), latestYear: Number(r.latest) }));
  }

  async years(): Promise<{ year: number; budget: number; final: number }[]> {
    const rows = await this.db
      .selectFrom('disclosures')
      .select(['year', 'kind', sql<number>`count(*)`.as('n')])
      .groupBy(['year', 'kind'])
      .orderBy('year', 'desc')
      .execute();
    const by = new Map<number, { year: number; budget: number; final: number }>();
    for (const r of rows) {
      const y = by.get(r.year) ?? { year: r.year, budget: 0, final: 0 };
      y[r.kind as 'budget' | 'final'] = Number(r.n);
      by.set(r.year, y);
    }
    return [...by.values()];
  }

  /** Latest versions, most recently published first (order 'recent') or newest year first ('year'). */
  async list(f: ListFilter & { limit?: number; offset?: number; order?: 'recent' | 'year' } = {}): Promise<DisclosureRow[]> {
    let q = this.filtered(f);
    if (f.order === 'year') q = q.orderBy('d.year', 'desc');
    const rows = await q
      .orderBy('d.updated_at', 'desc')
      .orderBy('d.id', 'desc')
      .limit(f.limit ?? 20)
      .offset(f.offset ?? 0)
      .execute();
    return rows.map(Store.row);
  }

  /** How many latest versions match the filter (the total of a paged list). */
  async count(f: ListFilter = {}): Promise<number> {
    const r = await this.filtered(f)
      .clearSelect()
      .select(sql<number>`count(*)`.as('n'))
      .executeTakeFirst();
    return Number(r?.n ?? 0);
  }

  private filtered(f: ListFilter) {
    let q = this.listQuery();
    if (f.region) q = q.where('o.region', '=', f.region);
    if (f.year) q = q.where('d.year', '=', f.year);
    if (f.kind) q = q.where('d.kind', '=', f.kind);
    if (f.scope) q = q.where('d.scope', '=', f.scope);
    if (f.org) q = q.where('o.slug', '=', f.org);
    return q;
  }

  /** The organisation's disclosures as (year, kind, latest version id): a cheap cache key for its pages. */
  async versionMap(slug: string): Promise<{ year: number; kind: string; versionId: number | null }[]> {
    const rows = await this.db
      .selectFrom('disclosures as d')
      .innerJoin('organisations as o', 'o.id', 'd.org_id')
      .select(['d.year', 'd.kind', 'd.scope', 'd.latest_version_id'])
      .where('o.slug', '=', slug)
      .execute();
    // kind here is the URL's kind × scope key (budget, unit-budget …)
    return rows.map((r) => ({ year: r.year, kind: kindKey(r.kind, r.scope), versionId: r.latest_version_id }));
  }

  async organisations(region?: string) {
    let q = this.db
      .selectFrom('organisations as o')
      .leftJoin('disclosures as d', 'd.org_id', 'o.id')
      .select(['o.slug', 'o.name', 'o.region', 'o.is_sample', sql<number>`count(d.id)`.as('n'), sql<number | null>`max(d.year)`.as('latest')])
      .groupBy(['o.id', 'o.slug', 'o.name', 'o.region', 'o.is_sample'])
      .orderBy('o.region')
      .orderBy('o.name');
    if (region) q = q.where('o.region', '=', region);
    const rows = await q.execute();
    return rows.map((r) => ({
      slug: r.slug,
      name: r.name,
      region: r.region,
      isSample: !!r.is_sample,
      disclosures: Number(r.n),
      latestYear: r.latest === null ? null : Number(r.latest),
    }));
  }

  async organisation(slug: string) {
    const o = await this.db.selectFrom('organisations').selectAll().where('slug', '=', slug).executeTakeFirst();
    if (!o) return null;
    const disclosures = (await this.listQuery().where('o.slug', '=', slug).orderBy('d.year', 'desc').orderBy('d.kind').execute()).map(Store.row);
    return { slug: o.slug, name: o.name, region: o.region, level: o.level, isSample: !!o.is_sample, disclosures };
  }

  /** The latest version of a disclosure (or a given version of it), with everything its page shows. */
  async disclosure(slug: string, year: number, key: string, versionHash?: string) {
    const id = parseKindKey(key);
    if (!id) return null;
    const r = await this.listQuery()
      .select('d.id')
      .where('o.slug', '=', slug)
      .where('d.year', '=', year)
      .where('d.kind', '=', id.kind)
      .where('d.scope', '=', id.scope)
      .executeTakeFirst();
    if (!r) return null;
    const row = Store.row(r);
    const did = r.id;
    let vq = this.db.selectFrom('disclosure_versions').selectAll().where('disclosure_id', '=', did);
    vq = versionHash ? vq.where('content_hash', 'like', `${versionHash.replace(/[^0-9a-f]/g, '')}%`) : vq.where('id', '=', row.versionId);
    const v = await vq.executeTakeFirst();
    if (!v) return null;
    // with each version's change note and who approved it (versions published through the review workflow)
    const versions = await this.db
      .selectFrom('disclosure_versions as dv')
      .leftJoin('version_notes as n', 'n.version_id', 'dv.id')
      .select(['dv.id', 'dv.content_hash', 'dv.published_at', 'dv.errors', 'dv.warnings', 'dv.review_state', 'n.change_note', 'n.approved_by'])
      .where('dv.disclosure_id', '=', did)
      .orderBy('dv.id', 'desc')
      .execute();
    const sources = await this.db
      .selectFrom('version_sources as s')
      .innerJoin('blobs as b', 'b.sha256', 's.sha256')
      .select(['s.file_name', 's.format', 's.sha256', 'b.size', 'b.media_type'])
      .where('s.version_id', '=', v.id)
      .orderBy('s.seq')
      .execute();
    return {
      ...row,
      versionId: v.id,
      contentHash: v.content_hash,
      publishedAt: v.published_at,
      checked: !!v.checked,
      errors: v.errors,
      warnings: v.warnings,
      infos: v.infos,
      latest: v.id === row.versionId,
      model: JSON.parse(v.model_json) as Disclosure,
      body: v.body,
      textOrigin: v.text_origin,
      sources: sources.map((s) => ({ file: s.file_name, format: s.format, sha256: s.sha256, size: Number(s.size), mediaType: s.media_type })),
      versionsList: versions.map((x) => ({
        id: x.id,
        contentHash: x.content_hash,
        publishedAt: x.published_at,
        errors: x.errors,
        warnings: x.warnings,
        reviewState: x.review_state,
        changeNote: x.change_note,
        approvedBy: x.approved_by,
      })),
    };
  }

  async findings(versionId: number): Promise<Finding[]> {
    const rows = await this.db.selectFrom('findings').select('detail_json').where('version_id', '=', versionId).orderBy('seq').execute();
    return rows.map((r) => JSON.parse(r.detail_json) as Finding);
  }

  /** Findings of one rule in the latest versions, newest first: the examples a rule's page shows. */
  async findingsOfRule(rule: string, limit = 10) {
    const rows = await this.listQuery()
      .innerJoin('findings as fi', 'fi.version_id', 'v.id')
      .select(['fi.detail_json'])
      .where('fi.rule', '=', rule)
      .orderBy(sql`case fi.severity when 'error' then 0 when 'warning' then 1 else 2 end`)
      .orderBy('d.year', 'desc')
      .orderBy('fi.id', 'desc')
      .limit(limit)
      .execute();
    return rows.map((r) => ({ ...Store.row(r), finding: JSON.parse(r.detail_json) as Finding }));
  }

  async figures(versionId: number): Promise<Record<string, string>> {
    const rows = await this.db.selectFrom('figures').select(['key', 'value']).where('version_id', '=', versionId).execute();
    return Object.fromEntries(rows.map((r) => [r.key, r.value]));
  }

  /** Figures of several versions at once: versionId → key → value. */
  async figuresOf(versionIds: number[], keys?: readonly FlatKey[]): Promise<Map<number, Record<string, string>>> {
    const out = new Map<number, Record<string, string>>(versionIds.map((id) => [id, {}]));
    if (!versionIds.length) return out;
    let q = this.db.selectFrom('figures').select(['version_id', 'key', 'value']).where('version_id', 'in', versionIds);
    if (keys?.length) q = q.where('key', 'in', [...keys]);
    for (const r of await q.execute()) out.get(r.version_id)![r.key] = r.value;
    return out;
  }

  /** An organisation's figures over the years (latest versions), for the over-the-years charts. */
  async series(slug: string, key: string, keys: readonly FlatKey[]): Promise<{ year: number; figures: Record<string, string> }[]> {
    const { kind, scope } = parseKindKey(key) ?? { kind: key, scope: 'department' };
    const rows = await this.db
      .selectFrom('disclosures as d')
      .innerJoin('organisations as o', 'o.id', 'd.org_id')
      .innerJoin('figures as f', 'f.version_id', 'd.latest_version_id')
      .select(['d.year', 'f.key', 'f.value'])
      .where('o.slug', '=', slug)
      .where('d.kind', '=', kind)
      .where('d.scope', '=', scope)
      .where('f.key', 'in', [...keys])
      .orderBy('d.year')
      .execute();
    const by = new Map<number, Record<string, string>>();
    for (const r of rows) {
      const y = by.get(r.year) ?? {};
      y[r.key] = r.value;
      by.set(r.year, y);
    }
    return [...by.entries()].map(([year, figures]) => ({ year, figures }));
  }

  async blob(sha: string) {
    return (await this.db.selectFrom('blobs').selectAll().where('sha256', '=', sha).executeTakeFirst()) ?? null;
  }

  search(p: SearchParams): Promise<SearchResult> {
    return searchDisclosures(this, p);
  }

  /** A region's departments with their key figures for one year and kind, and the exact totals. */
  /**
   * A region's departments for one year and kind, and the exact totals. Only 部门 disclosures are summed (a 单位
   * disclosure is part of its department's; adding both would count it twice). Without a kind or year, the page
   * opens on the kind and year of the region's latest data, never on an empty year.
   */
  async rollup(region: string, year: number | undefined, kind: string | undefined) {
    const available = await this.db
      .selectFrom('disclosures as d')
      .innerJoin('organisations as o', 'o.id', 'd.org_id')
      .select(['d.year', 'd.kind'])
      .distinct()
      .where('o.region', '=', region)
      .where('d.scope', '=', 'department')
      .where('d.latest_version_id', 'is not', null)
      .orderBy('d.year', 'desc')
      .execute();
    const k = kind ?? available.find((r) => year === undefined || r.year === year)?.kind ?? 'budget';
    const years = available.filter((r) => r.kind === k).map((r) => r.year);
    const kinds = [...new Set(available.map((r) => r.kind))];
    const y = year ?? years[0];
    if (y === undefined) return { region, kind: k, kinds, year: null, years, rows: [], totals: {} as Record<string, string> };
    const rows = (await this.filtered({ region, year: y, kind: k, scope: 'department' }).orderBy('o.name').execute()).map(Store.row);
    const figs = await this.figuresOf(
      rows.map((r) => r.versionId),
      ROLLUP_KEYS,
    );
    const totals: Record<string, string> = {};
    for (const key of ROLLUP_KEYS) {
      const vals = rows.map((r) => figs.get(r.versionId)![key]).filter((v): v is string => v !== undefined);
      if (vals.length) totals[key] = add(...vals);
    }
    return { region, kind: k, kinds, year: y, years, rows: rows.map((r) => ({ ...r, figures: figs.get(r.versionId)! })), totals };
  }

  /**
   * The journalist's question “whose 三公 rose?”: a region's departments for one year and kind with their “三公”经费,
   * the previous year's (as the document states it, else from the previous year's disclosure) and the change.
   * Departments without a stated 三公 total are listed last with no change.
   */
  async threePublicRanking(region: string, year: number | undefined, kind: string | undefined) {
    const r = await this.rollup(region, year, kind);
    if (r.year === null) return { ...r, rows: [] };
    const previous = await this.filtered({ region, year: r.year - 1, kind: r.kind, scope: 'department' }).execute();
    const prevFigs = await this.figuresOf(
      previous.map((x) => x.version_id),
      ['threePublic.total'],
    );
    const prevByOrg = new Map(previous.map((x) => [x.slug, prevFigs.get(x.version_id)!['threePublic.total']]));
    const stated = await this.figuresOf(
      r.rows.map((x) => x.versionId),
      ['threePublic.total.prev'],
    );
    const rows = r.rows.map((x) => {
      const value = x.figures['threePublic.total'];
      const own = stated.get(x.versionId)!['threePublic.total.prev'];
      const prev = own ?? prevByOrg.get(x.orgSlug);
      const change = value !== undefined && prev !== undefined ? sub(value, prev) : undefined;
      return {
        ...x,
        value,
        prev,
        prevFrom: own !== undefined ? ('stated' as const) : prev !== undefined ? ('previous' as const) : null,
        change,
        changePercent: change !== undefined && prev !== undefined ? percent(change, prev, 1) : null,
      };
    });
    return { ...r, rows };
  }

  /** Completeness (share of the core figures stated) and consistency (findings) per disclosure. */
  async transparency(f: { region?: string; year?: number; kind?: string } = {}) {
    const rows = await this.list({ ...f, limit: 1000 });
    const figs = await this.figuresOf(
      rows.map((r) => r.versionId),
      CORE_KEYS,
    );
    return rows
      .map((r) => {
        const have = CORE_KEYS.filter((k) => figs.get(r.versionId)![k] !== undefined);
        return {
          ...r,
          completeness: Math.round((have.length / CORE_KEYS.length) * 100),
          missing: CORE_KEYS.filter((k) => !have.includes(k)),
          consistency: r.checked ? (r.errors === 0 ? (r.warnings === 0 ? 'good' : 'warnings') : 'errors') : 'unchecked',
        };
      })
      .sort((a, b) => a.region.localeCompare(b.region) || a.org.localeCompare(b.org) || b.year - a.year);
  }

  async rows(keys: string[]) {
    const out: DisclosureRow[] = [];
    for (const k of keys) {
      const [slug, year, key] = k.split('/');
      const id = parseKindKey(key);
      if (!id) continue;
      const r = await this.listQuery()
        .where('o.slug', '=', slug)
        .where('d.year', '=', Number(year))
        .where('d.kind', '=', id.kind)
        .where('d.scope', '=', id.scope)
        .executeTakeFirst();
      if (r) out.push(Store.row(r));
    }
    return out;
  }
}

/** The figures a region roll-up sums. */
export const ROLLUP_KEYS: readonly FigureKey[] = [
  'income.total',
  'expenditure.total',
  'expenditure.basic',
  'expenditure.project',
  'general.expenditure',
  'threePublic.total',
  'operatingCost',
  'procurement.total',
];

/** What a complete disclosure states (for the transparency table). */
export const CORE_KEYS: readonly FigureKey[] = [
  'income.total',
  'expenditure.total',
  'general.expenditure',
  'general.basic',
  'general.project',
  'threePublic.total',
  'threePublic.abroad',
  'threePublic.reception',
  'threePublic.vehicleOperation',
  'threePublic.vehiclePurchase',
  'operatingCost',
  'procurement.total',
  'performance.amount',
  'assets.vehicles',
];

/** The publication deadline the ledger records (预算法 第十四条: within 20 days of approval; 决算 likewise). */
function dueDate(d: Disclosure): string {
  return d.identity.kind === 'budget' ? `${d.identity.year}-03-31` : `${d.identity.year + 1}-09-30`;
}
