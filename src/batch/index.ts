/**
 * `yusuan batch`: many documents → one report. Items are collected (inputs.ts), checked in isolated workers
 * (run.ts, isolate.ts), remembered in the state file beside the report (state.ts) and written (report/). Ctrl-C
 * stops taking documents, lets none half-finish into the state, and writes the report of what is done.
 */
import { access } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Io } from '../cli/command.ts';
import { collectItems } from './inputs.ts';
import { IsolatedPool, type IsolateOptions } from './isolate.ts';
import { runBatch } from './run.ts';
import { StateFile } from './state.ts';
import { jsonProgress, terminalProgress } from './progress.ts';
import { buildReport } from './report/data.ts';
import { writeReport } from './report/index.ts';

export interface BatchOptions extends IsolateOptions {
  asOneBy?: RegExp;
}

export const statePath = (out: string) => out + '.state.jsonl';

export async function batchToReport(paths: string[], out: string, opts: BatchOptions, io: Io): Promise<number> {
  try {
    await access(dirname(out) || '.');
  } catch {
    io.err(`yusuan: ${out}: the folder does not exist`);
    return 2;
  }
  const started = performance.now();
  const items = await collectItems(paths, opts.asOneBy);
  const state = new StateFile(statePath(out));
  const pool = new IsolatedPool('check', opts);
  const tty = Boolean(process.stderr.isTTY);
  const progress = tty ? terminalProgress(items.length, process.stderr) : jsonProgress(io.out, io.err);
  const stop = new AbortController();
  const onSigint = () => {
    if (stop.signal.aborted) process.exit(130);
    stop.abort();
    if (tty) process.stderr.write('\r\x1b[K');
    io.err('yusuan batch: stopping; writing the report of what is done (Ctrl-C again quits at once)');
    void pool.close('interrupted');
  };
  process.on('SIGINT', onSigint);
  let result;
  try {
    result = await runBatch(items, { pool, state, signal: stop.signal, onRow: (r, resumed) => progress.row(r, resumed) });
  } finally {
    process.off('SIGINT', onSigint);
    progress.end();
    await pool.close();
  }
  const report = buildReport(result.rows);
  const written = await writeReport(report, out);
  const s = report.summary;
  const secs = (performance.now() - started) / 1000;
  io.err(
    `yusuan batch: ${s.documents} document(s) in ${secs.toFixed(1)} s: ${s.checked} checked, ${s.failed} failed; ${s.errors} error(s), ${s.warnings} warning(s)` +
      `${report.notProcessed ? `; ${report.notProcessed} not processed (interrupted: run again to resume)` : ''} → ${written.join(', ')}`,
  );
  if (result.interrupted) return 130;
  if (s.failed) return 2;
  return s.errors ? 1 : 0;
}
