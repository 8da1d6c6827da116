/**
 * The files of an import, read once: a source document from its bytes, a model file (what `yusuan parse` or
 * `yusuan template` prints) from its bytes. The bytes are read by the caller (readInputFile: regular files only,
 * size-limited before reading), hashed, then handed here, so that no file is read twice.
 */
import { createHash } from 'node:crypto';
import { readDocument, readInputFile, ReadError, type SourceDocument } from '../read/index.ts';
import { decodeText } from '../read/decode.ts';
import type { Disclosure } from '../model/index.ts';

/** Read one file into a document (bytes already read may be passed: `import` hashes them first). */
export async function loadSource(file: string, read?: Uint8Array): Promise<SourceDocument> {
  const bytes = read ?? (await readInputFile(file));
  const doc = await readDocument(file, bytes);
  doc.sha256 = createHash('sha256').update(bytes).digest('hex');
  return doc;
}

/** A model file (JSON or YAML) is a few hundred KB; far larger is not one. */
export const MAX_MODEL_BYTES = 20 * 1024 * 1024;

/** A model file in any text encoding → a valid Disclosure, or a ReadError. */
export async function loadModel(file: string, read?: Uint8Array): Promise<Disclosure> {
  const bytes = read ?? (await readInputFile(file, MAX_MODEL_BYTES));
  if (bytes.length > MAX_MODEL_BYTES) throw new ReadError(file, `too large for a model (${bytes.length} bytes; the limit is ${MAX_MODEL_BYTES})`);
  const decoded = decodeText(bytes);
  if (!decoded) throw new ReadError(file, 'not a text file in UTF-8, UTF-16 or GB18030/GBK (binary data?)');
  const { parseModel, ModelError } = await import('../write/input.ts');
  try {
    return parseModel(decoded.text);
  } catch (e) {
    if (e instanceof ModelError) throw new ReadError(file, e.message);
    throw e;
  }
}
