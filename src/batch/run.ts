/**
 * The batch pipeline: each item's bytes are loaded and hashed here, skipped when the state file has them, else
 * read, extracted and checked in an isolated worker (isolate.ts) under a time and a memory limit. A few items per
 * worker are in flight at once, so memory stays bounded however many documents there are.
 */
import { createHash } from 'node:crypto';
import type { Item } from './inputs.ts';
import type { IsolatedPool } from './isolate.ts';
import type { CheckRow } from './check-task.ts';
import type { StateFile } from './state.ts';

export type BatchRow = { name: string; hash?: string; ms: number } & ({ ok: true; row: CheckRow } | { ok: false; reason: string });

export interface RunOptions {
  pool: IsolatedPool<'check'>;
  state?: StateFile;
  /** stops taking new items (Ctrl-C); the rows done so far are returned */
  signal?: AbortSignal;
  /** each finished item, in the order they finish; `resumed` when it came from the state file */
  onRow?(row: BatchRow, resumed: boolean): void;
}

/** The content hash of an item: its file's SHA-256, or for several files one hash over theirs in order. */
export function itemHash(parts: Uint8Array[]): string {
  const hashes = parts.map((b) => createHash('sha256').update(b).digest('hex'));
  return hashes.length === 1 ? hashes[0] : createHash('sha256').update(hashes.join('\n')).digest('hex');
}

export async function runBatch(items: Item[], opts: RunOptions): Promise<{ rows: (BatchRow | undefined)[]; interrupted: boolean }> {
  const rows: (BatchRow | undefined)[] = new Array(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length && !opts.signal?.aborted) {
      const i = next++;
      const { row, resumed, retry } = await processItem(items[i], opts);
      if (opts.signal?.aborted && retry) continue;
      rows[i] = row;
      // a document the worker did not finish for reasons of its own (interrupted, crashed) is tried again next run
      if (!resumed && !retry && row.hash) opts.state?.add(row);
      opts.onRow?.(row, resumed);
    }
  };
  await Promise.all(Array.from({ length: opts.pool.jobs * 2 }, lane));
  return { rows, interrupted: Boolean(opts.signal?.aborted) };
}

async function processItem(item: Item, opts: RunOptions): Promise<{ row: BatchRow; resumed: boolean; retry?: boolean }> {
  const t0 = performance.now();
  const ms = () => Math.round(performance.now() - t0);
  if (item.error) return { row: { name: item.name, ms: 0, ok: false, reason: item.error }, resumed: false };
  let parts: Uint8Array[];
  try {
    parts = await Promise.all(item.sources.map((s) => s.load()));
  } catch (e) {
    return { row: { name: item.name, ms: ms(), ok: false, reason: (e as Error).message }, resumed: false };
  }
  const hash = itemHash(parts);
  const done = opts.state?.get(hash);
  if (done) return { row: { ...done, name: item.name }, resumed: true };
  const input = { parts: item.sources.map((s, k) => ({ name: s.name, bytes: parts[k] })) };
  const o = await opts.pool.run(input, transferable(parts));
  if (o.ok) return { row: { name: item.name, hash, ms: o.ms, ok: true, row: o.value }, resumed: false };
  return { row: { name: item.name, hash, ms: o.ms, ok: false, reason: o.reason }, resumed: false, retry: o.crashed || opts.signal?.aborted };
}

/** The buffers that can move to the worker without a copy (a Buffer from the pool shares its memory: copied). */
function transferable(parts: Uint8Array[]): ArrayBuffer[] {
  const out = new Set<ArrayBuffer>();
  for (const p of parts) if (p.buffer instanceof ArrayBuffer && p.byteOffset === 0 && p.byteLength === p.buffer.byteLength) out.add(p.buffer);
  return [...out];
}
