/**
 * Opening the database: a file path (SQLite, better-sqlite3) or a postgres:// URL (pg). Both go through kysely
 * and run the same migrations on open.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { createRequire } from 'node:module';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, type SqliteDatabase } from 'kysely';
import { migrationProvider, type DialectName } from './migrations.ts';
import type { DB } from './schema.ts';

export const DEFAULT_DB = 'data/yusuan.db';

export interface Database {
  db: Kysely<DB>;
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
    const Sqlite = createRequire(import.meta.url)('better-sqlite3') as new (file: string) => SqliteDatabase & { pragma(s: string): unknown };
    let handle: InstanceType<typeof Sqlite>;
    try {
      if (spec !== ':memory:') makeDirs(dirname(spec));
      handle = new Sqlite(spec);
      handle.pragma('journal_mode = WAL');
      handle.pragma('synchronous = NORMAL');
      handle.pragma('foreign_keys = ON');
      handle.pragma('busy_timeout = 5000');
    } catch (e) {
      throw new StoreError(`cannot open SQLite database ${spec}: ${(e as Error).message}`);
    }
    const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: handle }) });
    database = { db, dialect: 'sqlite', label: spec, close: () => db.destroy() };
  }
  await migrate(database);
  return database;
}

export async function migrate({ db, dialect }: Database): Promise<void> {
  const migrator = new Migrator({ db, provider: migrationProvider(dialect), migrationTableName: 'schema_migrations', migrationLockTableName: 'schema_migrations_lock' });
  const { error } = await migrator.migrateToLatest();
  if (error) throw new StoreError(`database migration failed: ${error instanceof Error ? error.message : JSON.stringify(error)}`);
}

export function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}
