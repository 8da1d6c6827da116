/**
 * Backup and restore of the portal's database. SQLite: the online backup API (a consistent copy while imports and
 * the portal go on), written to a temporary file and renamed, so a backup is either whole or absent. PostgreSQL:
 * pg_dump in its custom format and pg_restore in one transaction.
 */
import { execFile } from 'node:child_process';
import { open, rename, rm, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import { isPostgresUrl, openDatabase, quickCheck, redact, StoreError, type SqliteHandle } from './db.ts';

const run = promisify(execFile);

/** The first bytes of a file: "SQLite format 3\0", or "PGDMP" for a pg_dump archive. */
async function kindOf(file: string): Promise<'sqlite' | 'pgdump' | 'other'> {
  const fh = await open(file, 'r').catch(() => {
    throw new StoreError(`${file}: no such backup file`);
  });
  try {
    const head = Buffer.alloc(16);
    await fh.read(head, 0, 16, 0);
    if (head.toString('latin1') === 'SQLite format 3\0') return 'sqlite';
    if (head.subarray(0, 5).toString('latin1') === 'PGDMP') return 'pgdump';
    return 'other';
  } finally {
    await fh.close();
  }
}

async function tool(cmd: 'pg_dump' | 'pg_restore', args: string[]): Promise<void> {
  try {
    await run(cmd, args, { maxBuffer: 16 * 1024 * 1024 });
  } catch (e) {
    const err = e as NodeJS.ErrnoException & { stderr?: string };
    if (err.code === 'ENOENT') throw new StoreError(`${cmd} is not installed (Debian: apt-get install postgresql-client)`);
    const first = (err.stderr ?? err.message).trim().split('\n')[0];
    throw new StoreError(`${cmd} failed: ${redact(first)}`);
  }
}

/** Copy the database `spec` into `file`; returns the backup's size in bytes. */
export async function backupDatabase(spec: string, file: string): Promise<number> {
  const tmp = `${file}.partial-${process.pid}`;
  try {
    if (isPostgresUrl(spec)) {
      await tool('pg_dump', ['--format=custom', '--no-owner', `--file=${tmp}`, `--dbname=${spec}`]);
    } else {
      const database = await openDatabase(spec);
      try {
        await database.sqlite!.backup(tmp);
      } finally {
        await database.close();
      }
    }
    await rename(tmp, file);
  } catch (e) {
    await rm(tmp, { force: true });
    if (e instanceof StoreError) throw e;
    throw new StoreError(`cannot write the backup ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  return (await stat(file)).size;
}

/** Replace the database `spec` by the backup in `file` (checked first: a damaged or foreign file is refused). */
export async function restoreDatabase(spec: string, file: string): Promise<void> {
  const kind = await kindOf(file);
  if (isPostgresUrl(spec)) {
    if (kind === 'sqlite') throw new StoreError(`${file} is a SQLite backup: restore it with --db FILE.db`);
    if (kind !== 'pgdump') throw new StoreError(`${file} is not a backup made by yusuan backup (no pg_dump archive)`);
    await tool('pg_restore', ['--clean', '--if-exists', '--no-owner', '--single-transaction', `--dbname=${spec}`, file]);
  } else {
    if (kind === 'pgdump') throw new StoreError(`${file} is a PostgreSQL backup: restore it with --db postgres://…`);
    if (kind !== 'sqlite') throw new StoreError(`${file} is not a backup made by yusuan backup (not a SQLite database)`);
    const Sqlite = createRequire(import.meta.url)('better-sqlite3') as new (f: string, o: object) => SqliteHandle;
    const source = new Sqlite(file, { readonly: true, fileMustExist: true });
    try {
      const check = quickCheck(source);
      if (check !== 'ok') throw new StoreError(`${file} is damaged (integrity check: ${check.slice(0, 200)}): not restored`);
      const hasSchema = (source.prepare("SELECT 1 FROM sqlite_master WHERE name = 'schema_migrations'") as unknown as { get(): unknown }).get();
      if (!hasSchema) throw new StoreError(`${file} is a SQLite database but not a yusuan one: not restored`);
      await source.backup(spec);
    } finally {
      source.close();
    }
  }
  // a backup from an older version is brought up to date (and checked) by opening it
  const database = await openDatabase(spec);
  await database.close();
}
