import { UsageError, type Command } from '../command.ts';
import { DEFAULT_DB, StoreError } from '../../store/db.ts';
import { Store } from '../../store/store.ts';
import { importPaths } from '../../store/importer.ts';

export const importCommand: Command = {
  name: 'import',
  summary: 'read, check and store disclosures for the portal (idempotent by content hash)',
  usage: 'yusuan import FILE|DIR… [--db FILE|postgres://…]',
  options: { db: { type: 'string' } },
  async run({ values, positionals }, io) {
    if (!positionals.length) throw new UsageError('give at least one FILE or DIR\nusage: yusuan import FILE|DIR… [--db FILE|postgres://…]');
    let store: Store;
    try {
      store = await Store.open((values.db as string | undefined) ?? DEFAULT_DB);
    } catch (e) {
      if (e instanceof StoreError) throw new UsageError(e.message);
      throw e;
    }
    try {
      const s = await importPaths(store, positionals, io);
      return s.failed ? 1 : 0;
    } finally {
      await store.close();
    }
  },
};
