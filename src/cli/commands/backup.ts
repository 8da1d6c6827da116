import { UsageError, type Command } from '../command.ts';

/** A store error of backup/restore is one line naming the problem, exit 2. The store is loaded only when run. */
async function guarded(fn: () => Promise<string>, io: Parameters<Command['run']>[1]): Promise<number> {
  const { StoreError } = await import('../../store/db.ts');
  try {
    io.out(await fn());
    return 0;
  } catch (e) {
    if (e instanceof StoreError) {
      io.err(`yusuan: ${e.message}`);
      return 2;
    }
    throw e;
  }
}

export const backupCommand: Command = {
  name: 'backup',
  summary: 'copy the portal database to FILE while it is in use (SQLite online backup, or pg_dump)',
  usage: 'yusuan backup FILE [--db FILE|postgres://…]',
  options: { db: { type: 'string' } },
  async run({ values, positionals }, io) {
    if (positionals.length !== 1) throw new UsageError(`give one backup FILE\nusage: ${this.usage}`);
    const { backupDatabase } = await import('../../store/backup.ts');
    const { DEFAULT_DB } = await import('../../store/db.ts');
    const spec = (values.db as string | undefined) ?? DEFAULT_DB;
    return guarded(async () => `backed up to ${positionals[0]} (${await backupDatabase(spec, positionals[0])} bytes)`, io);
  },
};

export const restoreCommand: Command = {
  name: 'restore',
  summary: 'replace the portal database by a backup FILE (checked first)',
  usage: 'yusuan restore FILE [--db FILE|postgres://…]',
  options: { db: { type: 'string' } },
  async run({ values, positionals }, io) {
    if (positionals.length !== 1) throw new UsageError(`give one backup FILE\nusage: ${this.usage}`);
    const { restoreDatabase } = await import('../../store/backup.ts');
    const { DEFAULT_DB } = await import('../../store/db.ts');
    const spec = (values.db as string | undefined) ?? DEFAULT_DB;
    return guarded(async () => {
      await restoreDatabase(spec, positionals[0]);
      return `restored ${positionals[0]}`;
    }, io);
  },
};
