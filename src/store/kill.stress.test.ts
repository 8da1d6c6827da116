/**
 * `kill -9` of `yusuan import` at 50 random moments on SQLite and on PostgreSQL, every fifth during the first
 * migration of a new database: after every kill the database passes its integrity check (SQLite: PRAGMA
 * integrity_check on the file as the kill left it; PostgreSQL: amcheck on every index and the heap), opens, and holds
 * nothing half-written or twice (every table at most what a clean import stores, every stored version with exactly
 * its clean parts); every fifth kill, and after the last, a re-run of the import gives exactly a clean import.
 * The stress tier (scripts/run-tests.mjs): `npm test` runs it, `npm run test:unit` does not. The moments come from
 * a seeded generator, so a failing run repeats; YUSUAN_KILLS sets the number of kills (default 50).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import pg from 'pg';
import { seeded } from '../../test/support/random.ts';
import { cleanImport, cli, storeCounts } from '../../test/support/import-run.ts';
import { freshDb, type TestDb } from './testing.ts';
import type { SqliteHandle } from './db.ts';

const KILLS = Number(process.env.YUSUAN_KILLS) || 50;

// the compiled build, as CI has it after `npm ci`: a run then starts in a fraction of the time tsx takes
before(async () => {
  const { builtIsFresh } = (await import(new URL('../../bin/fresh.mjs', import.meta.url).href)) as { builtIsFresh: (root: URL) => boolean };
  if (!builtIsFresh(new URL('../../', import.meta.url))) execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'ignore' });
});

/** SQLite's full integrity check of the file as the kill left it (no migration). */
function sqliteIntegrity(file: string): string {
  const Sqlite = createRequire(import.meta.url)('better-sqlite3') as new (file: string, opts: object) => SqliteHandle;
  // read-write: opening rolls back a hot journal the kill left (as any open does); nothing else is written
  const db = new Sqlite(file, { fileMustExist: true });
  try {
    return (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check).join('; ');
  } finally {
    db.close();
  }
}

/** PostgreSQL's: amcheck's B-tree check of every index (with the heap against it) and the heap check of every table. */
async function postgresIntegrity(spec: string): Promise<string> {
  const c = new pg.Client({ connectionString: spec });
  await c.connect();
  try {
    await c.query('CREATE EXTENSION IF NOT EXISTS amcheck');
    await c.query(`SELECT bt_index_check(i.indexrelid, true) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am a ON a.oid = c.relam
      JOIN pg_namespace n ON n.oid = c.relnamespace WHERE a.amname = 'btree' AND n.nspname = 'public'`);
    const heap = await c.query(`SELECT t.relname, v.msg FROM pg_class t JOIN pg_namespace n ON n.oid = t.relnamespace, verify_heapam(t.oid) v
      WHERE t.relkind = 'r' AND n.nspname = 'public'`);
    return heap.rows.length ? heap.rows.map((r: { relname: string; msg: string }) => `${r.relname}: ${r.msg}`).join('; ') : 'ok';
  } finally {
    await c.end();
  }
}

/** True once the import has a connection to the database (PostgreSQL) or has created the file (SQLite). */
function touched(db: TestDb): () => Promise<boolean> {
  if (db.label === 'sqlite') return async () => existsSync(db.spec);
  const name = new URL(db.spec).pathname.slice(1);
  const admin = new pg.Pool({ connectionString: db.spec.replace(/\/[^/]*$/, '/postgres'), max: 1 });
  const ask = async () =>
    Number((await admin.query('SELECT count(*) AS n FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [name])).rows[0].n) > 0;
  let closed = false;
  return async () => {
    if (closed) return true;
    if (await ask()) {
      closed = true;
      await admin.end();
      return true;
    }
    return false;
  };
}

for (const backend of ['sqlite', 'postgres'] as const) {
  describe(`kill -9 during yusuan import on ${backend}`, () => {
    let skip: string | undefined;
    let dir: string;
    let folder: string;
    let clean: Awaited<ReturnType<typeof storeCounts>>;
    /** how long a clean import works after it first touches the database */
    let window = 0;
    const made: TestDb[] = [];
    before(async () => {
      const c = await cleanImport(backend, made, 6);
      if (typeof c === 'string') return void (skip = c);
      ({ dir, folder, clean } = c);
      assert.equal(clean.tables.disclosure_versions, 8);
      const fresh = await freshDb(backend);
      if (typeof fresh === 'string') throw new Error(fresh);
      made.push(fresh);
      const timed = await cli(['import', folder, '--db', fresh.spec], { killWhen: touched(fresh) });
      assert.equal(timed.code, 0, timed.err);
      window = timed.ms - timed.touchedMs!;
    });
    after(async () => {
      for (const db of made) await db.drop();
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    it(`${KILLS} kills at random moments (every fifth in the first migration): intact after each, exactly a clean import after a re-run`, async (t) => {
      if (skip) return t.skip(skip);
      const random = seeded(50);
      let db = made[0];
      const ranOver: number[] = [];
      for (let k = 0; k < KILLS; k++) {
        const migration = k % 5 === 0;
        if (migration) {
          const fresh = await freshDb(backend);
          if (typeof fresh === 'string') throw new Error(fresh);
          made.push(fresh);
          db = fresh;
        }
        // the first migration: a few ms after the import first touches the new database; else anywhere in the time
        // a clean import works after that (one that finds part of the folder stored is over sooner)
        const r = await cli(['import', folder, '--db', db.spec], { killWhen: touched(db), killAfterMs: Math.floor(random() * (migration ? 30 : window)) });
        assert.ok(r.signal === 'SIGKILL' || r.code === 0, `kill ${k}: ${r.err}`);
        if (r.signal !== 'SIGKILL') ranOver.push(k);
        const exists = backend === 'postgres' || existsSync(db.spec);
        if (exists) assert.equal(backend === 'sqlite' ? sqliteIntegrity(db.spec) : await postgresIntegrity(db.spec), 'ok', `integrity after kill ${k}`);
        const now = await storeCounts(db.spec); // opens the database (and migrates what the kill left undone)
        assert.equal(now.tables.orphans, 0, `kill ${k}`);
        for (const [table, n] of Object.entries(clean.tables)) assert.ok(now.tables[table] <= n, `${table}: ${now.tables[table]} > ${n} after kill ${k}`);
        for (const [hash, parts] of Object.entries(now.versions)) assert.equal(parts, clean.versions[hash], `version ${hash.slice(0, 12)} after kill ${k}`);
        if (k % 5 === 4 || k === KILLS - 1) {
          const again = await cli(['import', folder, '--db', db.spec]);
          assert.equal(again.code, 0, again.err);
          assert.deepEqual(await storeCounts(db.spec), clean, `after kill ${k} and a re-run`);
        }
      }
      // most moments must fall inside an import, or the test would prove little
      t.diagnostic(`${KILLS - ranOver.length} of ${KILLS} imports killed, ${ranOver.length} ended before their moment (window ${Math.round(window)} ms)`);
      assert.ok(ranOver.length <= KILLS / 2, `${ranOver.length} of ${KILLS} imports ended before their kill`);
    });
  });
}
