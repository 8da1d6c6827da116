/**
 * An uploaded file → what the store would publish (ImportInput), without publishing it. The import pipeline is
 * called as it is (importGroup), with a store that records the input instead of writing it: the portal's upload
 * reads, extracts, admits and checks exactly as `yusuan import` does.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { importGroup, type ImportPool } from './index.ts';
import type { ImportInput, Store } from '../store/store.ts';
import { NotADisclosure } from '../store/admit.ts';
import { IsolatedPool } from '../batch/isolate.ts';
import { reasonOf } from '../read/failure.ts';

/** The formats an editor may upload: the readers' and the model's (`yusuan template` YAML). */
export const UPLOAD_EXTENSIONS = ['.pdf', '.docx', '.xlsx', '.html', '.htm', '.txt', '.md', '.yaml', '.yml', '.json'];
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
const UPLOAD_TIMEOUT_MS = 60_000;
const UPLOAD_MEMORY_MB = 768;

export class UploadError extends Error {}

/**
 * A file name fit to keep: its last path part only (no folder climbing: `../../x.pdf` is `x.pdf`), no control or
 * reserved characters, at most 100 characters, ending with an accepted extension.
 */
export function safeFileName(name: string): string {
  const last = name.split(/[\\/]/).pop() ?? '';
  const clean = last
    .replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '')
    .replace(/^[.\s]+/, '')
    .trim();
  const ext = extname(clean).toLowerCase();
  if (!UPLOAD_EXTENSIONS.includes(ext))
    throw new UploadError(`${ext ? `${ext} files are not accepted` : 'the file has no extension'}: upload ${UPLOAD_EXTENSIONS.join(', ')}`);
  const stem = clean.slice(0, clean.length - ext.length).slice(0, 96) || 'upload';
  return stem + ext;
}

/** Read, extract, admit and check one uploaded file for a unit; the unit fills a document that names none. */
export async function prepareUpload(name: string, bytes: Uint8Array, unit: string): Promise<ImportInput> {
  if (bytes.length > MAX_UPLOAD_BYTES) throw new UploadError(`the file is too large (${bytes.length} bytes; the limit is ${MAX_UPLOAD_BYTES})`);
  if (!bytes.length) throw new UploadError('the file is empty');
  const dir = await mkdtemp(join(tmpdir(), 'yusuan-upload-'));
  try {
    // read under a neutral name (only its extension counts): the account, not the file name, says whose document
    // it is, so a name such as 预算模板.yaml (a filled-in `yusuan template`) is not taken for a template
    const kept = safeFileName(name);
    const file = join(dir, `upload${extname(kept)}`);
    await writeFile(file, bytes);
    let input: ImportInput | undefined;
    const recorder = {
      hasVersion: async () => false,
      importDisclosure: async (i: ImportInput) => {
        input = i;
        return { status: 'added' as const, key: '', versionId: 0 };
      },
    } as unknown as Store;
    // whatever the readers say about a bad file is said as `yusuan import` says it (read/failure.ts), never a stack
    // in a worker under a time and memory limit, as `yusuan import` reads: a hostile upload costs its editor a
    // refusal, never the portal
    const pool: ImportPool = new IsolatedPool('import', { jobs: 1, timeoutMs: UPLOAD_TIMEOUT_MS, memoryMb: UPLOAD_MEMORY_MB });
    await importGroup(recorder, [file], { unit, pool })
      .catch((e) => {
        throw new UploadError(e instanceof NotADisclosure ? e.message : reasonOf(e));
      })
      .finally(() => pool.close());
    if (!input) throw new UploadError('the file could not be read as a disclosure');
    return { ...input, sources: input.sources.map((x) => ({ ...x, file: kept })), sample: false };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
