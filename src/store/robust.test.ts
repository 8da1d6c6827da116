/**
 * The store under concurrency and damage, on SQLite and PostgreSQL: two imports at once store every file exactly
 * once; backup and restore round-trip; a damaged SQLite file is said in plain words. (kill -9 at 50 moments of an
 * import: kill.stress.test.ts, the stress tier.)
 */
import { after, before, describe, it } from 'node:test';
import { cleanImport, cli, storeCounts as counts } from '../../test/support/import-run.ts';
import assert from 'node:assert/strict';
import { closeSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Store } from './store.ts';
import { StoreError, openDatabase } from './db.ts';
import { backupDatabase, restoreDatabase } from './backup.ts';
import { freshDb, type TestDb } from './testing.ts';

for (const backend of ['sqlite', 'postgres'] as const) {
  describe(`the store survives crashes and concurrency on ${backend}`, () => {
    let skip: string | undefined;
    let dir: string;
    let folder: string;
    let clean: Awaited<ReturnType<typeof counts>>;
    const made: TestDb[] = [];
    const fresh = async (): Promise<string> => {
      const db = await freshDb(backend);
      if (typeof db === 'string') throw new Error(db);
      made.push(db);
      return db.spec;
    };
    before(async () => {
      const c = await cleanImport(backend, made);
      if (typeof c === 'string') return void (skip = c);
      ({ dir, folder, clean } = c);
      assert.ok(clean.tables.disclosure_versions >= 12);
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
      assert.equal(added, clean.tables.disclosure_versions);
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
          return (await s.db.selectFrom('disclosure_versions').select(['content_hash', 'model_json']).orderBy('content_hash').execute()).map(
            (x) => x.content_hash + x.model_json,
          );
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

    if (backend === 'sqlite')
      test('a damaged SQLite file is refused on open in plain words', async () => {
        const spec = await fresh();
        assert.equal((await cli(['import', folder, '--db', spec])).code, 0);
        const size = statSync(spec).size;
        const fd = openSync(spec, 'r+');
        // page 2 onwards overwritten: the header still says SQLite, the b-trees are garbage
        writeSync(fd, Buffer.alloc(Math.min(size - 4096, 64 * 1024), 0x5a), 0, Math.min(size - 4096, 64 * 1024), 4096);
        closeSync(fd);
        await assert.rejects(
          openDatabase(spec),
          (e) => e instanceof StoreError && /damaged|not a yusuan database/.test(e.message) && !e.message.includes('\n'),
        );
        const r = await cli(['import', folder, '--db', spec]);
        assert.equal(r.code, 2);
        assert.match(r.err.trim(), /^yusuan import: .*(damaged|not a yusuan database).*restore it from a backup/);
        assert.equal(r.err.trim().split('\n').length, 1);
      });
  });
}

describe('backup tools', () => {
  it('restore refuses a missing file without touching anything', async () => {
    await assert.rejects(
      restoreDatabase(join(tmpdir(), 'yusuan-none.db'), join(tmpdir(), 'yusuan-no-such-backup')),
      (e) => e instanceof StoreError && /no such backup file/.test(e.message),
    );
    await assert.rejects(backupDatabase(join(tmpdir(), 'yusuan-none-dir', 'x', 'a.db'), '/proc/yusuan-cannot/x.db'), StoreError);
  });
});
