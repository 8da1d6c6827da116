import { UsageError, type Command } from '../command.ts';

const USAGE = 'yusuan import FILE|DIR… [--db FILE|postgres://…] [--as-one] [--unit NAME]';

export const importCommand: Command = {
  name: 'import',
  summary: 'read, check and store disclosures for the portal (idempotent by content hash)',
  usage: USAGE,
  options: { db: { type: 'string' }, 'as-one': { type: 'boolean' }, unit: { type: 'string' } },
  async run({ values, positionals }, io) {
    if (!positionals.length) throw new UsageError(`give at least one FILE or DIR\nusage: ${USAGE}`);
    if (values.unit !== undefined && !String(values.unit).trim()) throw new UsageError(`--unit needs a unit name\nusage: ${USAGE}`);
    const { openStore } = await import('../open-store.ts');
    const { importPaths } = await import('../../store/importer.ts');
    const store = await openStore(values.db as string | undefined);
    try {
      const s = await importPaths(store, positionals, io, { asOne: Boolean(values['as-one']), unit: values.unit as string | undefined });
      // a refused document (not a disclosure) was not imported either
      return s.failed || s.refused ? 1 : 0;
    } finally {
      await store.close();
    }
  },
};
