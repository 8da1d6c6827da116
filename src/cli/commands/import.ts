import { UsageError, type Command } from '../command.ts';

export const importCommand: Command = {
  name: 'import',
  summary: 'read, check and store disclosures for the portal (idempotent by content hash)',
  usage: 'yusuan import FILE|DIR… [--db FILE|postgres://…]',
  options: { db: { type: 'string' } },
  async run({ values, positionals }, io) {
    if (!positionals.length) throw new UsageError('give at least one FILE or DIR\nusage: yusuan import FILE|DIR… [--db FILE|postgres://…]');
    const { openStore } = await import('../open-store.ts');
    const { importPaths } = await import('../../store/importer.ts');
    const store = await openStore(values.db);
    try {
      const s = await importPaths(store, positionals, io);
      return s.failed ? 1 : 0;
    } finally {
      await store.close();
    }
  },
};
