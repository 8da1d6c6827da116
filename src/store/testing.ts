/**
 * Test helpers: a fresh SQLite file or a fresh PostgreSQL database per run (UTF-8, LC_CTYPE C.UTF-8, pg_trgm),
 * dropped afterwards. PostgreSQL comes from YUSUAN_TEST_PG or postgres://postgres@127.0.0.1:54329/postgres
 * (`bash scripts/start-postgres.sh`); when none is reachable the PostgreSQL tests are skipped with a message.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const TEST_PG = process.env.YUSUAN_TEST_PG || 'postgres://postgres@127.0.0.1:54329/postgres';

export interface TestDb {
  spec: string;
  label: 'sqlite' | 'postgres';
  drop(): Promise<void>;
}

export function freshSqlite(): TestDb {
  const dir = mkdtempSync(join(tmpdir(), 'yusuan-test-'));
  return { spec: join(dir, 'test.db'), label: 'sqlite', drop: async () => rmSync(dir, { recursive: true, force: true }) };
}

/** A new, empty PostgreSQL database, or a string saying why there is none. */
export async function freshPostgres(): Promise<TestDb | string> {
  const pg = (await import('pg')).default;
  const admin = new pg.Client({ connectionString: TEST_PG, connectionTimeoutMillis: 3000 });
  try {
    await admin.connect();
  } catch (e) {
    return `no PostgreSQL server reachable at ${TEST_PG.replace(/:[^:@/]*@/, ':***@')} (${(e as Error).message}); start one with: bash scripts/start-postgres.sh`;
  }
  const name = `yusuan_test_${process.pid}_${Date.now().toString(36)}_${Math.floor(Math.random() * 1e6)}`;
  await admin.query(`CREATE DATABASE ${name} ENCODING 'UTF8' LC_CTYPE 'C.UTF-8' LC_COLLATE 'C.UTF-8' TEMPLATE template0`);
  const url = new URL(TEST_PG);
  url.pathname = '/' + name;
  const db = new pg.Client({ connectionString: url.toString() });
  await db.connect();
  await db.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
  await db.end();
  return {
    spec: url.toString(),
    label: 'postgres',
    drop: async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => {});
      await admin.end().catch(() => {});
    },
  };
}

/** A fresh database of either backend, or (PostgreSQL) a string saying why there is none. */
export async function freshDb(backend: TestDb['label']): Promise<TestDb | string> {
  return backend === 'sqlite' ? freshSqlite() : freshPostgres();
}

/** A document whose text tries to inject markup (it must show as text). */
export const HOSTILE = [
  '<script>alert("pwned")</script>恶意测试局',
  '2024年部门预算情况说明',
  '一、单位基本情况',
  '<img src=x onerror=alert(1)>本单位负责测试。',
  '二、收支预算总体情况',
  '2024年收入预算100.00万元，“三公”经费预算1.00万元。',
].join('\n');
