/**
 * Opening the database: a file path (SQLite, better-sqlite3) or a postgres:// URL (pg). Both go through kysely
 * and run the same migrations on open.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { createRequire } from 'node:module';
import { CompiledQuery, Kysely, Migrator, PostgresDialect, SqliteDialect, type Driver, type SqliteDatabase } from 'kysely';
import { migrationProvider, migrations, type DialectName } from './migrations.ts';
import type { DB } from './schema.ts';

export const DEFAULT_DB = 'data/yusuan.db';

/** The better-sqlite3 handle, as far as the store uses it. */
export interface SqliteHandle extends SqliteDatabase {
  pragma(s: string, opts?: { simple?: boolean }): unknown;
  exec(sql: string): unknown;
  backup(file: string): Promise<unknown>;
  readonly inTransaction: boolean;
}

export interface Database {
  db: Kysely<DB>;
  /** the SQLite handle (for backups); absent on PostgreSQL */
  sqlite?: SqliteHandle;
  dialect: DialectName;
  /** a display name without credentials */
  label: string;
  close(): Promise<void>;
}

export const isPostgresUrl = (spec: string) => /^postgres(ql)?:\/\//i.test(spec);

export class StoreError extends Error {}

/**
 * The folders of a database file, made one by one. Node's mkdirSync({ recursive: true }) never returns on a path
 * under /proc (it retries ENOENT forever); made level by level, such a path fails at once.
 */
function makeDirs(dir: string): void {
  if (existsSync(dir) || dirname(dir) === dir) return;
  makeDirs(dirname(dir));
  mkdirSync(dir);
}

export async function openDatabase(spec: string = DEFAULT_DB): Promise<Database> {
  let database: Database;
  if (isPostgresUrl(spec)) {
    const pg = (await import('pg')).default;
    // bigint (count(*), sums) as numbers; numeric stays a string (exact money).
    pg.types.setTypeParser(20, (v: string) => Number(v));
    const pool = new pg.Pool({ connectionString: spec, max: 8 });
    pool.on('error', () => {}); // an idle client dropped by the server; the next query reconnects
    try {
      const c = await pool.connect();
      c.release();
    } catch (e) {
      await pool.end().catch(() => {});
      throw new StoreError(`cannot connect to PostgreSQL (${redact(spec)}): ${(e as Error).message}`);
    }
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    database = { db, dialect: 'postgres', label: redact(spec), close: () => db.destroy() };
  } else {
    const handle = openSqlite(spec);
    const db = new Kysely<DB>({ dialect: new ImmediateSqliteDialect({ database: handle }) });
    database = { db, dialect: 'sqlite', sqlite: handle, label: spec, close: () => db.destroy() };
  }
  try {
    await migrateAtomically(database);
  } catch (e) {
    await database.close().catch(() => {});
    throw e;
  }
  return database;
}

/** Waits this long for another process's write (two imports into one file) before giving up. */
const BUSY_TIMEOUT_MS = 30_000;

/**
 * Open a SQLite file: the busy timeout first (setting WAL on a new file is itself a write that may wait for another
 * process), then a quick integrity check, so that a damaged file is said at once and in plain words.
 */
function openSqlite(spec: string): SqliteHandle {
  const Sqlite = createRequire(import.meta.url)('better-sqlite3') as new (file: string) => SqliteHandle;
  let handle: SqliteHandle | undefined;
  try {
    if (spec !== ':memory:') makeDirs(dirname(spec));
    handle = new Sqlite(spec);
    handle.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    handle.pragma('journal_mode = WAL');
    handle.pragma('synchronous = NORMAL');
    handle.pragma('foreign_keys = ON');
  } catch (e) {
    handle?.close();
    const msg = (e as Error).message;
    if (/not a database|malformed|corrupt/i.test(msg))
      throw new StoreError(`${spec} is not a yusuan database or is damaged (${msg}); restore it from a backup (yusuan restore)`);
    throw new StoreError(`cannot open SQLite database ${spec}: ${msg}`);
  }
  const check = quickCheck(handle);
  if (check !== 'ok') {
    handle.close();
    throw new StoreError(`the database ${spec} is damaged (integrity check: ${check.slice(0, 200)}); restore it from a backup (yusuan restore)`);
  }
  return handle;
}

/** PRAGMA quick_check: "ok", or what is wrong (first problems, one line). */
export function quickCheck(handle: SqliteHandle): string {
  try {
    const rows = handle.pragma('quick_check(5)') as { quick_check: string }[];
    return rows
      .map((r) => r.quick_check)
      .join('; ')
      .replace(/\s+/g, ' ')
      .trim();
  } catch (e) {
    return (e as Error).message;
  }
}

/**
 * SQLite writes in IMMEDIATE transactions: a deferred transaction that reads first and then writes cannot wait for
 * another writer (SQLite refuses the upgrade at once, busy timeout or not), so a second import would fail with
 * "database is locked"; an immediate one takes the write lock at BEGIN, where the busy timeout applies.
 */
class ImmediateSqliteDialect extends SqliteDialect {
  createDriver(): Driver {
    const driver = super.createDriver();
    driver.beginTransaction = async (connection) => {
      await connection.executeQuery(CompiledQuery.raw('begin immediate'));
    };
    return driver;
  }
}

export async function migrate({ db, dialect }: Database): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: migrationProvider(dialect),
    migrationTableName: 'schema_migrations',
    migrationLockTableName: 'schema_migrations_lock',
  });
  const { error } = await migrator.migrateToLatest();
  if (error) throw new StoreError(`database migration failed: ${error instanceof Error ? error.message : JSON.stringify(error)}`);
}

/**
 * Bring the schema to the latest migration, all or nothing: on PostgreSQL kysely runs the migrations in one
 * transaction under an advisory lock; on SQLite (where kysely does neither) they run inside one BEGIN IMMEDIATE,
 * so a process killed during the first migration leaves an empty file, and a second process opening a new file at
 * the same moment waits for the first and then finds the schema complete.
 */
export async function migrateAtomically(database: Database): Promise<void> {
  const { sqlite } = database;
  if (!sqlite) return migrate(database);
  if (await upToDate(database)) return;
  // a table rebuilt by a migration needs foreign keys off, which SQLite allows to change only outside a transaction
  sqlite.pragma('foreign_keys = OFF');
  sqlite.exec('BEGIN IMMEDIATE');
  try {
    await migrate(database);
    sqlite.exec('COMMIT');
  } catch (e) {
    if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
    throw e;
  } finally {
    sqlite.pragma('foreign_keys = ON');
  }
}

/** Whether every migration is recorded already (then opening needs no write lock). */
async function upToDate({ db, dialect }: Database): Promise<boolean> {
  const names = Object.keys(migrations(dialect));
  try {
    const done = await db
      .selectFrom('schema_migrations' as never)
      .select('name' as never)
      .execute();
    const have = new Set(done.map((r) => (r as { name: string }).name));
    return names.every((n) => have.has(n));
  } catch {
    return false; // no migrations table yet: a new database
  }
}

export function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}
