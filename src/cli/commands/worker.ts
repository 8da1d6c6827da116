import { UsageError, type Command } from '../command.ts';
import { positiveInt } from './batch.ts';

const USAGE = 'yusuan worker --db postgres://… [--jobs N] [--timeout S] [--memory MB] [--until-empty]';

export const workerCommand: Command = {
  name: 'worker',
  summary: 'check and store the documents `yusuan batch --queue` put in PostgreSQL (run on any number of machines)',
  usage: USAGE,
  options: {
    db: { type: 'string' },
    jobs: { type: 'string', short: 'j' },
    timeout: { type: 'string' },
    memory: { type: 'string' },
    'until-empty': { type: 'boolean' },
  },
  async run({ values }, io) {
    const db = values.db as string | undefined;
    if (!db || !/^postgres(ql)?:\/\//.test(db)) throw new UsageError(`--db postgres://… is required (the queue lives in PostgreSQL)\nusage: ${USAGE}`);
    const { runWorker } = await import('../../batch/queue.ts');
    return runWorker(
      db,
      {
        jobs: positiveInt(values.jobs, 'jobs', (await import('node:os')).availableParallelism()),
        timeoutMs: positiveInt(values.timeout, 'timeout', 120) * 1000,
        memoryMb: positiveInt(values.memory, 'memory', 768),
        untilEmpty: Boolean(values['until-empty']),
      },
      io,
    );
  },
};
