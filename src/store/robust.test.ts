/**
 * The store under crashes and concurrency, on SQLite and PostgreSQL: two imports at once store every file exactly
 * once; backup and restore round-trip; a damaged SQLite file is said in plain words; a kill at any moment of an
 * import (including the first migration) leaves a database that opens, passes its integrity check, and takes a
 * re-run of the import to exactly what a clean import gives.
 */
import { after, before, describe, it } from 'node:test';
import { seeded } from '../../test/support/random.ts';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { closeSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { sql } from 'kysely';
import { Store } from './store.ts';
import { StoreError, openDatabase, quickCheck } from './db.ts';
import { backupDatabase, restoreDatabase } from './backup.ts';
import { freshDb, type TestDb } from './testing.ts';

const BIN = resolve('bin', 'yusuan.mjs');
const FIXTURES = resolve('test', 'fixtures');

/** A folder of inputs: sample models (fast) and the fixture texts (read and extracted). */
function inputs(dir: string): string {
  const folder = join(dir, 'in');
  mkdirSync(folder, { recursive: true });
  for (const f of readdirSync('data/samples').filter((f) => f.endsWith('.json')).slice(0, 12)) copyFileSync(join('data/samples', f), join(folder, f));
  // the synthetic fixtures name their unit 某某局, which the importer refuses as a template: here they stand for real ones
  for (const f of readdirSync(FIXTURES).filter((f) => f.endsWith('.txt'))) writeFileSync(join(folder, f), readFileSync(join(FIXTURES, f), 'utf8').replace(/某某/g, '示例'));
  return folder;
}

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  out: string;
  err: string;
}

function cli(args: string[], opts: { killAfterMs?: number; killWhen?: () => boolean } = {}): Promise<Run> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (c) => (out += c));
    child.stderr.on('data', (c) => (err += c));
    let timer: NodeJS.Timeout | undefined;
    if (opts.killWhen) {
      const poll = setInterval(() => {
        if (opts.killWhen!()) {
          clearInterval(poll);
          timer = setTimeout(() => child.kill('SIGKILL'), opts.killAfterMs ?? 0);
        }
      }, 2);
      child.on('exit', () => clearInterval(poll));
    } else if (opts.killAfterMs !== undefined) timer = setTimeout(() => child.kill('SIGKILL'), opts.killAfterMs);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      done({ code, signal, out, err });
    });
  });
}

/** What the store holds, as counts that a duplicate or a half-written document would change. */
async function counts(spec: string): Promise<Record<string, number>> {
  const store = await Store.open(spec);
  try {
    const out: Record<string, number> = {};
    for (const table of ['organisations', 'disclosures', 'disclosure_versions', 'blobs', 'version_sources', 'figures', 'search_docs', 'audit_log'] as const) {
      const r = await sql<{ n: number }>`SELECT count(*) AS n FROM ${sql.table(table)}`.execute(store.db);
      out[table] = Number(r.rows[0].n);
    }
    const orphans = await sql<{ n: number }>`SELECT count(*) AS n FROM disclosures d WHERE NOT EXISTS (SELECT 1 FROM disclosure_versions v WHERE v.id = d.latest_version_id)`.execute(store.db);
    out.orphans = Number(orphans.rows[0].n);
    return out;
  } finally {
    await store.close();
  }
}


for (const backend of ['sqlite', 'postgres'] as const) {
  describe(`the store survives crashes and concurrency on ${backend}`, () => {
    let skip: string | undefined;
    let dir: string;
    let folder: string;
    let clean: Record<string, number>;
    const made: TestDb[] = [];
    const fresh = async (): Promise<string> => {
      const db = await freshDb(backend);
      if (typeof db === 'string') throw new Error(db);
      made.push(db);
      return db.spec;
    };
    before(async () => {
      const probe = await freshDb(backend);
      if (typeof probe === 'string') {
        skip = probe;
        return;
      }
      made.push(probe);
      dir = mkdtempSync(join(tmpdir(), 'yusuan-robust-'));
      folder = inputs(dir);
      const r = await cli(['import', folder, '--db', probe.spec]);
      assert.equal(r.code, 0, r.err);
      clean = await counts(probe.spec);
      assert.ok(clean.disclosure_versions >= 12);
    });
    after(async () => {
      for (const db of made) await db.drop();
      if (dir) rmSync(dir, { recursive: true, force: true });
    });
    const test = (name: string, fn: () => Promise<void>) => void it(name, async (t) => (skip ? t.skip(skip) : fn()));

    test('two imports of the same folder at once: every file stored exactly once, neither fails', async () => {
      const spec = await fresh();
      const [a, b] = await Promise.all([cli(['import', folder, '--db', spec]), cli(['import', folder, '--db', spec])]);
      assert.equal(a.code, 0, a.err);
      assert.equal(b.code, 0, b.err);
      assert.doesNotMatch(a.err + b.err, /locked|busy/i);
      const added = [a, b].map((r) => Number(/(\d+) added/.exec(r.out)![1])).reduce((x, y) => x + y);
      assert.equal(added, clean.disclosure_versions);
      assert.deepEqual(await counts(spec), clean);
    });

    test('backup and restore round-trip: the restored database holds exactly what was backed up', async () => {
      const from = await fresh();
      assert.equal((await cli(['import', folder, '--db', from])).code, 0);
      const file = join(dir, `backup-${backend}`);
      const b = await cli(['backup', file, '--db', from]);
      assert.equal(b.code, 0, b.err);
      assert.match(b.out, /^backed up to .* \(\d+ bytes\)/);
      const to = await fresh();
      const r = await cli(['restore', file, '--db', to]);
      assert.equal(r.code, 0, r.err);
      assert.deepEqual(await counts(to), clean);
      const models = async (spec: string) => {
        const s = await Store.open(spec);
        try {
          return (await s.db.selectFrom('disclosure_versions').select(['content_hash', 'model_json']).orderBy('content_hash').execute()).map((x) => x.content_hash + x.model_json);
        } finally {
          await s.close();
        }
      };
      assert.deepEqual(await models(to), await models(from));
      // a file that is not a backup is refused, and the database is left as it was
      const junk = join(dir, 'junk.bin');
      closeSync(openSync(junk, 'w'));
      const bad = await cli(['restore', junk, '--db', to]);
      assert.equal(bad.code, 2);
      assert.match(bad.err, /^yusuan: .*junk\.bin is not a backup made by yusuan backup/);
      assert.deepEqual(await counts(to), clean);
    });

    const kills = backend === 'sqlite' ? 16 : 8;
    test(`kill -9 at ${kills} random moments of an import (every fourth during the first migration): always consistent, and a re-run completes it exactly`, async () => {
      const random = seeded(16);
      for (let k = 0; k < kills; k++) {
        const spec = k % 4 === 0 ? await fresh() : made.at(-1)!.spec;
        if (k % 4 === 0) {
          // the first migration: killed as soon as the new file appears (SQLite) or the process has started up
          // (PostgreSQL: about when it connects), plus a few milliseconds
          const r = await cli(['import', folder, '--db', spec], backend === 'sqlite' ? { killWhen: () => existsSync(spec), killAfterMs: Math.floor(random() * 40) } : { killAfterMs: 900 + Math.floor(random() * 600) });
          assert.ok(r.signal === 'SIGKILL' || r.code === 0, r.err);
        } else {
          const r = await cli(['import', folder, '--db', spec], { killAfterMs: 800 + Math.floor(random() * 3200) });
          assert.ok(r.signal === 'SIGKILL' || r.code === 0, r.err);
        }
        if (backend === 'sqlite' && existsSync(spec)) {
          const database = await openDatabase(spec); // migrates what is missing and runs the quick check
          assert.equal(quickCheck(database.sqlite!), 'ok');
          await database.close();
        }
        const now = await counts(spec);
        assert.equal(now.orphans, 0);
        for (const [table, n] of Object.entries(clean)) assert.ok(now[table] <= n, `${table}: ${now[table]} > ${n} after kill ${k}`);
        if (k % 4 === 3) {
          const again = await cli(['import', folder, '--db', spec]);
          assert.equal(again.code, 0, again.err);
          assert.deepEqual(await counts(spec), clean, `after kill ${k} and a re-run`);
        }
      }
    });

    if (backend === 'sqlite')
      test('a damaged SQLite file is refused on open in plain words', async () => {
        const spec = await fresh();
        assert.equal((await cli(['import', folder, '--db', spec])).code, 0);
        const size = statSync(spec).size;
        const fd = openSync(spec, 'r+');
        // page 2 onwards overwritten: the header still says SQLite, the b-trees are garbage
        writeSync(fd, Buffer.alloc(Math.min(size - 4096, 64 * 1024), 0x5a), 0, Math.min(size - 4096, 64 * 1024), 4096);
        closeSync(fd);
        await assert.rejects(openDatabase(spec), (e) => e instanceof StoreError && /damaged|not a yusuan database/.test(e.message) && !e.message.includes('\n'));
        const r = await cli(['import', folder, '--db', spec]);
        assert.equal(r.code, 2);
        assert.match(r.err.trim(), /^yusuan import: .*(damaged|not a yusuan database).*restore it from a backup/);
        assert.equal(r.err.trim().split('\n').length, 1);
      });
  });
}

describe('backup tools', () => {
  it('restore refuses a missing file without touching anything', async () => {
    await assert.rejects(restoreDatabase(join(tmpdir(), 'yusuan-none.db'), join(tmpdir(), 'yusuan-no-such-backup')), (e) => e instanceof StoreError && /no such backup file/.test(e.message));
    await assert.rejects(backupDatabase(join(tmpdir(), 'yusuan-none-dir', 'x', 'a.db'), '/proc/yusuan-cannot/x.db'), StoreError);
  });
});
