/**
 * The migrations: timestamped, append-only (never edit one that has shipped; add a new one). The same list runs on
 * SQLite and PostgreSQL; where the storage types differ, `t` gives the type for the dialect. Search indexes are
 * dialect-specific by nature: FTS5 (trigram + a bigram word index) on SQLite, pg_trgm + a tsvector of bigrams on
 * PostgreSQL.
 */
import { sql, type ColumnDefinitionBuilder, type CreateTableBuilder, type Kysely, type Migration, type MigrationProvider } from 'kysely';

export type DialectName = 'sqlite' | 'postgres';

interface Types {
  money: 'text' | 'numeric';
  blob: 'blob' | 'bytea';
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Db = Kysely<any>;

function withId<T extends string>(dialect: DialectName, b: CreateTableBuilder<T, never>): CreateTableBuilder<T, 'id'> {
  return dialect === 'postgres' ? b.addColumn('id', 'serial', (c) => c.primaryKey()) : b.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());
}

const notNull = (c: ColumnDefinitionBuilder) => c.notNull();

async function initial(db: Db, dialect: DialectName): Promise<void> {
  const t: Types = dialect === 'postgres' ? { money: 'numeric', blob: 'bytea' } : { money: 'text', blob: 'blob' };

  await withId(dialect, db.schema.createTable('organisations'))
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', notNull)
    .addColumn('region', 'text', notNull)
    .addColumn('level', 'text')
    .addColumn('parent_id', 'integer', (c) => c.references('organisations.id'))
    .addColumn('is_sample', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', notNull)
    .execute();
  await db.schema.createIndex('organisations_region').on('organisations').columns(['region', 'name']).execute();

  await withId(dialect, db.schema.createTable('disclosures'))
    .addColumn('org_id', 'integer', (c) => c.notNull().references('organisations.id'))
    .addColumn('kind', 'text', notNull)
    .addColumn('year', 'integer', notNull)
    .addColumn('title', 'text', notNull)
    .addColumn('latest_version_id', 'integer')
    .addColumn('version_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', notNull)
    .addColumn('updated_at', 'text', notNull)
    .addUniqueConstraint('disclosures_org_kind_year', ['org_id', 'kind', 'year'])
    .execute();
  await db.schema.createIndex('disclosures_year').on('disclosures').columns(['year', 'kind']).execute();
  await db.schema.createIndex('disclosures_updated').on('disclosures').column('updated_at').execute();

  await withId(dialect, db.schema.createTable('disclosure_versions'))
    .addColumn('disclosure_id', 'integer', (c) => c.notNull().references('disclosures.id'))
    .addColumn('content_hash', 'text', (c) => c.notNull().unique())
    .addColumn('model_json', 'text', notNull)
    .addColumn('body', 'text', notNull)
    .addColumn('text_origin', 'text', notNull)
    .addColumn('checked', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('errors', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('warnings', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('infos', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('review_state', 'text', (c) => c.notNull().defaultTo('published'))
    .addColumn('imported_by', 'integer')
    .addColumn('published_at', 'text', notNull)
    .execute();
  await db.schema.createIndex('versions_disclosure').on('disclosure_versions').column('disclosure_id').execute();

  await db.schema
    .createTable('blobs')
    .addColumn('sha256', 'text', (c) => c.primaryKey())
    .addColumn('bytes', t.blob, notNull)
    .addColumn('size', 'integer', notNull)
    .addColumn('media_type', 'text', notNull)
    .addColumn('created_at', 'text', notNull)
    .execute();

  await withId(dialect, db.schema.createTable('version_sources'))
    .addColumn('version_id', 'integer', (c) => c.notNull().references('disclosure_versions.id'))
    .addColumn('seq', 'integer', notNull)
    .addColumn('file_name', 'text', notNull)
    .addColumn('format', 'text', notNull)
    .addColumn('sha256', 'text', (c) => c.notNull().references('blobs.sha256'))
    .execute();
  await db.schema.createIndex('version_sources_version').on('version_sources').column('version_id').execute();

  await withId(dialect, db.schema.createTable('findings'))
    .addColumn('version_id', 'integer', (c) => c.notNull().references('disclosure_versions.id'))
    .addColumn('seq', 'integer', notNull)
    .addColumn('rule', 'text', notNull)
    .addColumn('severity', 'text', notNull)
    .addColumn('message', 'text', notNull)
    .addColumn('path', 'text')
    .addColumn('detail_json', 'text', notNull)
    .execute();
  await db.schema.createIndex('findings_version').on('findings').column('version_id').execute();
  await db.schema.createIndex('findings_rule').on('findings').column('rule').execute();

  await db.schema
    .createTable('figures')
    .addColumn('version_id', 'integer', (c) => c.notNull().references('disclosure_versions.id'))
    .addColumn('key', 'text', notNull)
    .addColumn('value', 'text', notNull)
    .addColumn('amount', t.money)
    .addPrimaryKeyConstraint('figures_pk', ['version_id', 'key'])
    .execute();
  await db.schema.createIndex('figures_key').on('figures').columns(['key', 'version_id']).execute();

  await db.schema
    .createTable('search_docs')
    .addColumn('disclosure_id', 'integer', (c) => c.primaryKey().references('disclosures.id'))
    .addColumn('version_id', 'integer', notNull)
    .addColumn('title', 'text', notNull)
    .addColumn('body', 'text', notNull)
    .addColumn('bigrams', 'text', notNull)
    .execute();
  if (dialect === 'sqlite') {
    // External-content FTS5 tables over search_docs, kept in step by triggers. rowid = disclosure_id.
    await sql`CREATE VIRTUAL TABLE search_trigram USING fts5(title, body, content='search_docs', content_rowid='disclosure_id', tokenize='trigram')`.execute(
      db,
    );
    await sql`CREATE VIRTUAL TABLE search_bigram USING fts5(bigrams, content='search_docs', content_rowid='disclosure_id', tokenize='unicode61')`.execute(db);
    for (const [name, body] of [
      [
        'search_docs_ai',
        `AFTER INSERT ON search_docs BEGIN
        INSERT INTO search_trigram(rowid, title, body) VALUES (new.disclosure_id, new.title, new.body);
        INSERT INTO search_bigram(rowid, bigrams) VALUES (new.disclosure_id, new.bigrams); END`,
      ],
      [
        'search_docs_ad',
        `AFTER DELETE ON search_docs BEGIN
        INSERT INTO search_trigram(search_trigram, rowid, title, body) VALUES ('delete', old.disclosure_id, old.title, old.body);
        INSERT INTO search_bigram(search_bigram, rowid, bigrams) VALUES ('delete', old.disclosure_id, old.bigrams); END`,
      ],
    ] as const) {
      await sql.raw(`CREATE TRIGGER ${name} ${body}`).execute(db);
    }
  } else {
    await sql`CREATE EXTENSION IF NOT EXISTS pg_trgm`.execute(db);
    await sql`CREATE INDEX search_docs_body_trgm ON search_docs USING gin (body gin_trgm_ops)`.execute(db);
    await sql`CREATE INDEX search_docs_title_trgm ON search_docs USING gin (title gin_trgm_ops)`.execute(db);
    await sql`CREATE INDEX search_docs_bigrams ON search_docs USING gin (to_tsvector('simple', bigrams))`.execute(db);
  }

  await withId(dialect, db.schema.createTable('audit_log'))
    .addColumn('at', 'text', notNull)
    .addColumn('actor', 'text', notNull)
    .addColumn('action', 'text', notNull)
    .addColumn('subject_type', 'text', notNull)
    .addColumn('subject_id', 'text', notNull)
    .addColumn('detail_json', 'text', notNull)
    .execute();
  await db.schema.createIndex('audit_subject').on('audit_log').columns(['subject_type', 'subject_id']).execute();

  await withId(dialect, db.schema.createTable('accounts'))
    .addColumn('login', 'text', (c) => c.notNull().unique())
    .addColumn('display_name', 'text', notNull)
    .addColumn('role', 'text', notNull)
    .addColumn('org_id', 'integer', (c) => c.references('organisations.id'))
    .addColumn('password_hash', 'text')
    .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', notNull)
    .execute();

  await withId(dialect, db.schema.createTable('reviews'))
    .addColumn('version_id', 'integer', (c) => c.notNull().references('disclosure_versions.id'))
    .addColumn('account_id', 'integer', (c) => c.references('accounts.id'))
    .addColumn('state', 'text', notNull)
    .addColumn('note', 'text')
    .addColumn('at', 'text', notNull)
    .execute();

  await withId(dialect, db.schema.createTable('publication_ledger'))
    .addColumn('org_id', 'integer', (c) => c.notNull().references('organisations.id'))
    .addColumn('kind', 'text', notNull)
    .addColumn('year', 'integer', notNull)
    .addColumn('due_date', 'text', notNull)
    .addColumn('version_id', 'integer', (c) => c.references('disclosure_versions.id'))
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('due'))
    .addColumn('updated_at', 'text', notNull)
    .addUniqueConstraint('ledger_org_kind_year', ['org_id', 'kind', 'year'])
    .execute();

  await withId(dialect, db.schema.createTable('jobs'))
    .addColumn('queue', 'text', notNull)
    .addColumn('payload_json', 'text', notNull)
    .addColumn('state', 'text', (c) => c.notNull().defaultTo('queued'))
    .addColumn('run_at', 'text', notNull)
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('max_attempts', 'integer', (c) => c.notNull().defaultTo(5))
    .addColumn('locked_by', 'text')
    .addColumn('locked_at', 'text')
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'text', notNull)
    .addColumn('finished_at', 'text')
    .execute();
  await db.schema.createIndex('jobs_ready').on('jobs').columns(['queue', 'state', 'run_at']).execute();
}

/**
 * PostgreSQL: the bigram word index as a stored tsvector column, so that phrase matches recheck the stored vector
 * instead of recomputing to_tsvector for every candidate row.
 */
async function storedBigramVector(db: Db, dialect: DialectName): Promise<void> {
  if (dialect !== 'postgres') return;
  await sql`ALTER TABLE search_docs ADD COLUMN bigram_tsv tsvector GENERATED ALWAYS AS (to_tsvector('simple', bigrams)) STORED`.execute(db);
  await sql`CREATE INDEX search_docs_bigram_tsv ON search_docs USING gin (bigram_tsv)`.execute(db);
  await sql`DROP INDEX IF EXISTS search_docs_bigrams`.execute(db);
}

/**
 * PostgreSQL: the bigram vector without positions (search matches the AND of bigrams and checks adjacency itself):
 * a few hundred bytes a row instead of kilobytes, so that counting common terms reads little.
 */
async function strippedBigramVector(db: Db, dialect: DialectName): Promise<void> {
  if (dialect !== 'postgres') return;
  await sql`ALTER TABLE search_docs DROP COLUMN bigram_tsv`.execute(db);
  await sql`ALTER TABLE search_docs ADD COLUMN bigram_tsv tsvector GENERATED ALWAYS AS (strip(to_tsvector('simple', bigrams))) STORED`.execute(db);
  await sql`CREATE INDEX search_docs_bigram_tsv ON search_docs USING gin (bigram_tsv)`.execute(db);
}

/**
 * A disclosure is unit × year × kind × scope: a 单位预算 must not become a new version of the same unit's 部门预算.
 * The unique key gains `scope`. SQLite cannot change a table constraint, so the table is rebuilt the documented way
 * (foreign keys off, copy, drop, rename; the migrator runs SQLite migrations outside a transaction); PostgreSQL swaps
 * the constraint. Existing rows take the scope their latest version's model states.
 */
async function disclosureScope(db: Db, dialect: DialectName): Promise<void> {
  if (dialect === 'postgres') {
    await sql`ALTER TABLE disclosures ADD COLUMN scope text NOT NULL DEFAULT 'department'`.execute(db);
    await sql`ALTER TABLE disclosures DROP CONSTRAINT disclosures_org_kind_year`.execute(db);
    await sql`ALTER TABLE disclosures ADD CONSTRAINT disclosures_identity UNIQUE (org_id, kind, year, scope)`.execute(db);
  } else {
    await sql`PRAGMA foreign_keys = OFF`.execute(db);
    try {
      // a savepoint, not BEGIN: the migrations may already run inside one transaction (db.ts, migrateAtomically)
      await sql`SAVEPOINT disclosure_scope`.execute(db);
      await sql`CREATE TABLE disclosures_new (
        id integer PRIMARY KEY AUTOINCREMENT, org_id integer NOT NULL REFERENCES organisations(id), kind text NOT NULL,
        scope text NOT NULL DEFAULT 'department', year integer NOT NULL, title text NOT NULL, latest_version_id integer,
        version_count integer NOT NULL DEFAULT 0, created_at text NOT NULL, updated_at text NOT NULL,
        CONSTRAINT disclosures_identity UNIQUE (org_id, kind, year, scope))`.execute(db);
      await sql`INSERT INTO disclosures_new (id, org_id, kind, scope, year, title, latest_version_id, version_count, created_at, updated_at)
        SELECT id, org_id, kind, 'department', year, title, latest_version_id, version_count, created_at, updated_at FROM disclosures`.execute(db);
      await sql`DROP TABLE disclosures`.execute(db);
      await sql`ALTER TABLE disclosures_new RENAME TO disclosures`.execute(db);
      await sql`CREATE INDEX disclosures_year ON disclosures (year, kind)`.execute(db);
      await sql`CREATE INDEX disclosures_updated ON disclosures (updated_at)`.execute(db);
      await sql`RELEASE disclosure_scope`.execute(db);
    } catch (e) {
      await sql`ROLLBACK TO disclosure_scope`.execute(db).catch(() => {});
      throw e;
    } finally {
      await sql`PRAGMA foreign_keys = ON`.execute(db);
    }
  }
  const rows = await sql<{
    id: number;
    model_json: string;
  }>`SELECT d.id, v.model_json FROM disclosures d JOIN disclosure_versions v ON v.id = d.latest_version_id`.execute(db);
  for (const r of rows.rows) {
    const scope = (JSON.parse(r.model_json) as { identity?: { scope?: string } }).identity?.scope;
    if (scope === 'unit' || scope === 'aggregate') await sql`UPDATE disclosures SET scope = ${scope} WHERE id = ${r.id}`.execute(db);
  }
}

/**
 * Search by amount: every number of a disclosure's latest text as whole 元 (see amounts.ts), indexed for range
 * queries (3.72亿 is 371,500,000–372,500,000 元). Existing documents are indexed from their stored text.
 */
async function searchAmounts(db: Db, dialect: DialectName): Promise<void> {
  await db.schema
    .createTable('search_amounts')
    .addColumn('disclosure_id', 'integer', (c) => c.notNull().references('disclosures.id'))
    .addColumn('amount', 'bigint', notNull)
    .execute();
  await db.schema.createIndex('search_amounts_amount').on('search_amounts').columns(['amount', 'disclosure_id']).execute();
  await db.schema.createIndex('search_amounts_disclosure').on('search_amounts').column('disclosure_id').execute();
  const { amountsIn } = await import('./amounts.ts');
  const docs = await sql<{ disclosure_id: number; title: string; body: string }>`SELECT disclosure_id, title, body FROM search_docs`.execute(db);
  for (const d of docs.rows) {
    const values = amountsIn(`${d.title}\n${d.body}`);
    for (let i = 0; i < values.length; i += 500)
      await db
        .insertInto('search_amounts')
        .values(values.slice(i, i + 500).map((amount) => ({ disclosure_id: d.disclosure_id, amount })))
        .execute();
  }
  void dialect;
}

/**
 * Accounts and the review workflow (issue 14): a reviewer's region, server-side sessions (only the token's hash is
 * stored), submissions (a department's upload, private until a reviewer approves it: only then does it become a
 * published version), each finding's explanation and decision, a change note per published version, and where an
 * audited action came from.
 */
async function workflow(db: Db, dialect: DialectName): Promise<void> {
  await db.schema.alterTable('accounts').addColumn('region', 'text').execute();
  await db.schema.alterTable('audit_log').addColumn('ip', 'text').execute();
  await db.schema
    .createTable('sessions')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('account_id', 'integer', (c) => c.notNull().references('accounts.id'))
    .addColumn('csrf', 'text', notNull)
    .addColumn('created_at', 'text', notNull)
    .addColumn('expires_at', 'text', notNull)
    .execute();
  await db.schema.createIndex('sessions_account').on('sessions').column('account_id').execute();
  await withId(dialect, db.schema.createTable('submissions'))
    .addColumn('org_id', 'integer', (c) => c.notNull().references('organisations.id'))
    .addColumn('account_id', 'integer', (c) => c.notNull().references('accounts.id'))
    .addColumn('state', 'text', notNull)
    .addColumn('kind', 'text', notNull)
    .addColumn('year', 'integer', notNull)
    .addColumn('title', 'text', notNull)
    .addColumn('content_hash', 'text', notNull)
    .addColumn('input_json', 'text', notNull)
    .addColumn('change_note', 'text')
    .addColumn('review_note', 'text')
    .addColumn('version_id', 'integer', (c) => c.references('disclosure_versions.id'))
    .addColumn('created_at', 'text', notNull)
    .addColumn('updated_at', 'text', notNull)
    .execute();
  await db.schema.createIndex('submissions_org').on('submissions').columns(['org_id', 'state']).execute();
  await withId(dialect, db.schema.createTable('submission_findings'))
    .addColumn('submission_id', 'integer', (c) => c.notNull().references('submissions.id'))
    .addColumn('seq', 'integer', notNull)
    .addColumn('response', 'text')
    .addColumn('response_reason', 'text')
    .addColumn('decision', 'text')
    .addColumn('decision_reason', 'text')
    .addColumn('updated_at', 'text', notNull)
    .addUniqueConstraint('submission_findings_seq', ['submission_id', 'seq'])
    .execute();
  await db.schema
    .createTable('version_notes')
    .addColumn('version_id', 'integer', (c) => c.primaryKey().references('disclosure_versions.id'))
    .addColumn('change_note', 'text')
    .addColumn('submitted_by', 'text', notNull)
    .addColumn('approved_by', 'text', notNull)
    .addColumn('approved_at', 'text', notNull)
    .execute();
}

/** The ledger's roster: the date a budget or final accounts was approved (批复日期); the deadline follows from it. */
async function ledgerApproval(db: Db): Promise<void> {
  await db.schema.alterTable('publication_ledger').addColumn('approved_on', 'text').execute();
}

/** Name → migration, in order. Names are UTC timestamps; append only. */
export function migrations(dialect: DialectName): Record<string, Migration> {
  return {
    '20261128T1800Z_initial': { up: (db) => initial(db, dialect) },
    '20261128T1900Z_stored_bigram_vector': { up: (db) => storedBigramVector(db, dialect) },
    '20261128T1930Z_stripped_bigram_vector': { up: (db) => strippedBigramVector(db, dialect) },
    '20261202T0800Z_disclosure_scope': { up: (db) => disclosureScope(db, dialect) },
    '20261202T0900Z_search_amounts': { up: (db) => searchAmounts(db, dialect) },
    '20261202T1030Z_workflow': { up: (db) => workflow(db, dialect) },
    '20261202T1100Z_ledger_approval': { up: (db) => ledgerApproval(db) },
  };
}

export function migrationProvider(dialect: DialectName): MigrationProvider {
  return { getMigrations: async () => migrations(dialect) };
}
