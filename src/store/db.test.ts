import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, StoreError } from './db.ts';

test('SQLite store: missing folders are made; a folder that cannot be made is a StoreError naming the file', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'yusuan-db-'));
  try {
    const db = await openDatabase(join(dir, 'a', 'b', 'x.db'));
    await db.close();
    assert.ok(existsSync(join(dir, 'a', 'b', 'x.db')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  // under /proc, Node's recursive mkdir never returns: this must fail at once, and clearly
  if (existsSync('/proc/self'))
    await assert.rejects(openDatabase('/proc/yusuan-none/x.db'), (e) => e instanceof StoreError && /\/proc\/yusuan-none\/x\.db/.test(e.message));
});
