/**
 * Many machines: `yusuan batch --queue` puts each document's bytes into PostgreSQL (table yusuan_queue_parts) and
 * a job into a pg-boss queue; `yusuan worker` on any machine takes jobs, checks each document in an isolated
 * worker thread and stores it through the portal's store. A document is stored exactly once: its content hash is
 * the version's unique key, a worker skips a hash already stored, and two workers racing on the same hash end
 * with one row (the loser's insert hits the unique key and counts as already stored). A worker killed mid-job
 * loses nothing: its job expires and pg-boss hands it to another worker.
 */
import PgBoss from 'pg-boss';
import pg from 'pg';
import { basename } from 'node:path';
import type { Io } from '../cli/command.ts';
import { collectItems } from './inputs.ts';
import { itemHash } from './run.ts';
import { IsolatedPool, type IsolateOptions } from './isolate.ts';
import type { Store } from '../store/store.ts';

export const QUEUE = 'yusuan-check';
const SCHEMA = 'yusuan_queue';

/** How often a worker looks for expired jobs (a killed worker's) and for new ones. */
export const MAINTENANCE_SECONDS = 5;

async function startBoss(db: string, io: Io): Promise<PgBoss> {
  const boss = new PgBoss({ connectionString: db, schema: SCHEMA, maintenanceIntervalSeconds: MAINTENANCE_SECONDS, schedule: false, max: 4 });
  boss.on('error', (e: Error) => io.err(`yusuan: queue: ${e.message}`));
  await boss.start();
  await boss.createQueue(QUEUE, { name: QUEUE, retryLimit: 2, retryDelay: 1 });
  return boss;
}

async function partsTable(client: pg.Pool): Promise<void> {
  await client.query(`CREATE TABLE IF NOT EXISTS yusuan_queue_parts (
    hash text NOT NULL, part int NOT NULL, name text NOT NULL, bytes bytea NOT NULL, PRIMARY KEY (hash, part))`);
}

export interface EnqueueOptions {
  asOneBy?: RegExp;
  /** a job not finished in this time is given to another worker (a killed worker's job); seconds */
  expireSeconds?: number;
}

/** `yusuan batch --queue`: the documents and their jobs into PostgreSQL; those already stored are left out. */
export async function enqueuePaths(db: string, paths: string[], opts: EnqueueOptions, io: Io): Promise<number> {
  const { openStore } = await import('../cli/open-store.ts');
  const store = await openStore(db); // creates the portal's tables, so that workers and the portal agree on them
  const client = new pg.Pool({ connectionString: db, max: 2 });
  let boss: PgBoss | undefined;
  const n = { queued: 0, stored: 0, failed: 0 };
  try {
    await partsTable(client);
    boss = await startBoss(db, io);
    for (const item of await collectItems(paths, opts.asOneBy)) {
      let parts: Uint8Array[];
      try {
        if (item.error) throw new Error(item.error);
        parts = await Promise.all(item.sources.map((s) => s.load()));
      } catch (e) {
        n.failed++;
        io.err(`yusuan: ${item.name}: ${(e as Error).message}`);
        continue;
      }
      const hash = itemHash(parts);
      if (await store.hasVersion(hash)) {
        n.stored++;
        continue;
      }
      for (const [k, bytes] of parts.entries()) {
        await client.query('INSERT INTO yusuan_queue_parts (hash, part, name, bytes) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING', [
          hash,
          k,
          item.sources[k].name,
          Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
        ]);
      }
      await boss.send(QUEUE, { hash, name: item.name }, { singletonKey: hash, expireInSeconds: opts.expireSeconds ?? 900 });
      n.queued++;
    }
  } finally {
    await boss?.stop({ graceful: false, wait: true, timeout: 1000 });
    await client.end();
    await store.close();
  }
  io.err(
    `yusuan batch --queue: ${n.queued} document(s) queued, ${n.stored} already stored, ${n.failed} unreadable (run \`yusuan worker --db …\` on any machine)`,
  );
  return n.failed ? 2 : 0;
}

export interface WorkerOptions extends IsolateOptions {
  /** stop when no job is waiting or running anywhere (benchmarks, tests) */
  untilEmpty?: boolean;
}

/** `yusuan worker`: take jobs until stopped (SIGINT/SIGTERM), or until the queue is empty with `untilEmpty`. */
export async function runWorker(db: string, opts: WorkerOptions, io: Io): Promise<number> {
  const { openStore } = await import('../cli/open-store.ts');
  const store = await openStore(db);
  const client = new pg.Pool({ connectionString: db, max: 2 });
  await partsTable(client);
  const boss = await startBoss(db, io);
  const pool = new IsolatedPool('extract', opts);
  const n = { stored: 0, already: 0, failed: 0 };
  let busy = 0;
  const handle = async (job: PgBoss.Job<{ hash: string; name: string }>) => {
    busy++;
    try {
      const r = await processJob(job.data, { store, client, pool });
      if (r === 'stored') n.stored++;
      else n.already++;
      io.err(`yusuan worker: ${job.data.name}: ${r}`);
    } catch (e) {
      n.failed++;
      io.err(`yusuan worker: ${job.data.name}: failed (${(e as Error).message}); pg-boss retries it up to twice`);
      throw e;
    } finally {
      busy--;
    }
  };
  // one pg-boss subscription per isolated worker thread, so that the threads stay busy
  for (let i = 0; i < pool.jobs; i++)
    await boss.work<{ hash: string; name: string }>(QUEUE, { batchSize: 1, pollingIntervalSeconds: 1 }, async ([job]) => handle(job));
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    if (opts.untilEmpty) {
      const poll = async () => {
        const left = await boss.getQueueSize(QUEUE, { before: 'completed' }).catch(() => 1);
        if (!left && !busy) {
          clearInterval(timer);
          resolve();
        }
      };
      const timer = setInterval(() => void poll(), 1000);
    }
  });
  await boss.stop({ graceful: true, wait: true, timeout: 30_000 });
  await pool.close();
  await client.end();
  await store.close();
  io.err(`yusuan worker: ${n.stored} stored, ${n.already} already stored, ${n.failed} failed`);
  return 0;
}

async function processJob(
  data: { hash: string; name: string },
  ctx: { store: Store; client: pg.Pool; pool: IsolatedPool<'extract'> },
): Promise<'stored' | 'already stored'> {
  const { store, client, pool } = ctx;
  if (await store.hasVersion(data.hash)) return 'already stored';
  const { rows } = await client.query<{ name: string; bytes: Buffer }>('SELECT name, bytes FROM yusuan_queue_parts WHERE hash = $1 ORDER BY part', [data.hash]);
  if (!rows.length) throw new Error('its bytes are no longer in the queue');
  const o = await pool.run({ parts: rows.map((r) => ({ name: r.name, bytes: new Uint8Array(r.bytes) })) });
  if (!o.ok) throw new Error(o.reason);
  const x = o.value;
  try {
    const r = await store.importDisclosure({
      disclosure: x.disclosure,
      contentHash: data.hash,
      sources: rows.map((r, k) => ({ file: basename(r.name), format: x.formats[k], bytes: new Uint8Array(r.bytes) })),
      body: x.body,
      textOrigin: 'source',
      findings: x.findings,
    });
    if (r.status === 'unchanged') return 'already stored';
  } catch (e) {
    // another worker stored the same content between our check and our insert: the unique key kept it once
    if ((e as { code?: string }).code === '23505' && (await store.hasVersion(data.hash))) return 'already stored';
    throw e;
  }
  await client.query('DELETE FROM yusuan_queue_parts WHERE hash = $1', [data.hash]);
  return 'stored';
}
