import { UsageError, type Command } from '../command.ts';

const USAGE =
  'yusuan batch FILE|DIR|ZIP… --out REPORT.(html|csv|xlsx|json) [--jobs N] [--as-one-by PATTERN] [--timeout S] [--memory MB] | --queue --db postgres://…';

/** A positive integer option, or its default. */
export function positiveInt(v: unknown, name: string, dflt: number): number {
  if (v === undefined) return dflt;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--${name} must be a positive whole number (got "${typeof v === 'string' ? v : JSON.stringify(v)}")`);
  return n;
}

export const batchCommand: Command = {
  name: 'batch',
  summary: 'read and check many documents in parallel into one report (resumable; --queue: into PostgreSQL for `yusuan worker`)',
  usage: USAGE,
  options: {
    out: { type: 'string', short: 'o' },
    jobs: { type: 'string', short: 'j' },
    'as-one-by': { type: 'string' },
    timeout: { type: 'string' },
    memory: { type: 'string' },
    queue: { type: 'boolean' },
    db: { type: 'string' },
  },
  async run({ values, positionals }, io) {
    if (!positionals.length) throw new UsageError(`give at least one FILE, DIR or ZIP\nusage: ${USAGE}`);
    let asOneBy: RegExp | undefined;
    if (values['as-one-by'] !== undefined) {
      try {
        asOneBy = new RegExp(String(values['as-one-by']));
      } catch (e) {
        throw new UsageError(`--as-one-by: not a regular expression: ${(e as Error).message}`);
      }
    }
    const limits = {
      jobs: positiveInt(values.jobs, 'jobs', (await import('node:os')).availableParallelism()),
      timeoutMs: positiveInt(values.timeout, 'timeout', 120) * 1000,
      memoryMb: positiveInt(values.memory, 'memory', 768),
    };
    if (values.queue) {
      const db = values.db as string | undefined;
      if (!db || !/^postgres(ql)?:\/\//.test(db)) throw new UsageError('--queue needs --db postgres://… (the queue lives in PostgreSQL)');
      const { enqueuePaths } = await import('../../batch/queue.ts');
      // a job still running this long after the document's time limit belongs to a worker that died: it is retried
      return enqueuePaths(db, positionals, { asOneBy, expireSeconds: limits.timeoutMs / 1000 + 10 }, io);
    }
    const out = values.out as string | undefined;
    const { REPORT_FORMATS } = await import('../../batch/report/index.ts');
    if (!out || !REPORT_FORMATS.some((f) => out.toLowerCase().endsWith(f)))
      throw new UsageError(`--out REPORT.html, .csv, .xlsx or .json is required\nusage: ${USAGE}`);
    const { batchToReport } = await import('../../batch/index.ts');
    return batchToReport(positionals, out, { asOneBy, ...limits }, io);
  },
};
