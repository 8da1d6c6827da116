import { UsageError } from './command.ts';
import { DEFAULT_DB, StoreError } from '../store/db.ts';
import { Store } from '../store/store.ts';

/** The store `--db` names (the embedded SQLite file by default); a store that cannot be opened is a usage error. */
export async function openStore(db: unknown): Promise<Store> {
  try {
    return await Store.open((db as string | undefined) ?? DEFAULT_DB);
  } catch (e) {
    if (e instanceof StoreError) throw new UsageError(e.message);
    throw e;
  }
}
