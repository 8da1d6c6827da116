import { UsageError, type Command } from '../command.ts';
import { positiveInt } from './batch.ts';

const USAGE = 'yusuan import FILE|DIR… [--db FILE|postgres://…] [--as-one] [--unit NAME] [--timeout S] [--memory MB]';

export const importCommand: Command = {
  name: 'import',
  summary: 'read, check and store disclosures for the portal (idempotent by content hash; each file in an isolated worker)',
  usage: USAGE,
  options: { db: { type: 'string' }, 'as-one': { type: 'boolean' }, unit: { type: 'string' }, timeout: { type: 'string' }, memory: { type: 'string' } },
  async run({ values, positionals }, io) {
    if (!positionals.length) throw new UsageError(`give at least one FILE or DIR\nusage: ${USAGE}`);
    if (values.unit !== undefined && !String(values.unit).trim()) throw new UsageError(`--unit needs a unit name\nusage: ${USAGE}`);
    // as `yusuan batch`: each publication is read, extracted and checked in a worker under these limits
    const timeoutMs = positiveInt(values.timeout, 'timeout', 120) * 1000;
    const memoryMb = positiveInt(values.memory, 'memory', 768);
    const { openStore } = await import('../open-store.ts');
    const { importPaths } = await import('../../import/index.ts');
    const store = await openStore(values.db as string | undefined);
    try {
      const actor = `cli:${await systemUser()}`;
      const s = await importPaths(store, positionals, io, {
        asOne: Boolean(values['as-one']),
        unit: values.unit as string | undefined,
        timeoutMs,
        memoryMb,
        actor,
      });
      // a refused document (not a disclosure) was not imported either
      return s.failed || s.refused ? 1 : 0;
    } finally {
      await store.close();
    }
  },
};

/** The account running the command (a container may run under a uid with no name). */
async function systemUser(): Promise<string> {
  const { userInfo } = await import('node:os');
  try {
    return userInfo().username;
  } catch {
    return process.env.USER ?? 'unknown';
  }
}
