/**
 * The state file beside a batch report (`REPORT.state.jsonl`): one JSON line per finished document, keyed by the
 * content hash. A second run reads it and skips what is there, so an interrupted batch resumes; a line cut off
 * by a crash is ignored.
 */
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import type { BatchRow } from './run.ts';

export class StateFile {
  private readonly done = new Map<string, BatchRow>();

  constructor(readonly path: string) {
    if (!existsSync(path)) return;
    for (const line of readFileSync(path, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      try {
        const row = JSON.parse(line) as BatchRow;
        if (row.hash) this.done.set(row.hash, row);
      } catch {
        // the last line of a run that was killed mid-write
      }
    }
  }

  get size(): number {
    return this.done.size;
  }

  get(hash: string): BatchRow | undefined {
    return this.done.get(hash);
  }

  /** Written at once (synchronously), so that a row reported done is on disk even if the process is killed next. */
  add(row: BatchRow): void {
    if (!row.hash) return;
    this.done.set(row.hash, row);
    appendFileSync(this.path, JSON.stringify(row) + '\n');
  }
}
