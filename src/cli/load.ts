/**
 * The I/O edge of the pipeline: files are read from disk here, and only here, then handed to the pure stages.
 * An unreadable input is reported as one line naming the file; the other inputs go on.
 */
import type { SourceDocument } from '../read/index.ts';
import { loadSource } from '../import/files.ts';
import type { Disclosure } from '../model/index.ts';
import { UsageError, type Io } from './command.ts';
import { failureLine } from '../read/failure.ts';

// the file readers are the import stage's (src/import/files.ts); the commands take them from here
export { loadModel, loadSource, MAX_MODEL_BYTES } from '../import/files.ts';

export interface Loaded {
  file: string;
  docs: SourceDocument[];
  disclosure: Disclosure;
}

/** Files read ahead of the one being extracted (each holds its bytes and text in memory until its turn). */
const READ_AHEAD = 2;

/**
 * Read and extract each file on its own, or all of them as one disclosure (--as-one), and make of each what the
 * command reports (`each`, as soon as it is extracted: its documents are then let go, and a check fills the time
 * the next file's pdftotext still needs).
 */
export async function loadDisclosures<T>(
  files: string[],
  asOne: boolean,
  io: Io,
  each: (l: Loaded) => T | Promise<T>,
): Promise<{ results: T[]; failed: number }> {
  if (!files.length) throw new UsageError('no input file');
  const docs: SourceDocument[] = [];
  const results: T[] = [];
  let failed = 0;
  // the next files are read while this one is extracted: a PDF's text comes from a pdftotext subprocess, which
  // then runs on the other core instead of after the extraction; results are taken in the order given
  const reading = files.map(() => undefined as Promise<SourceDocument> | undefined);
  const readAt = (i: number) => {
    if (i < files.length && !reading[i]) (reading[i] = loadSource(files[i])).catch(() => {});
  };
  // the first files are read (a PDF by pdftotext, in a process of its own) while the extractor's code loads
  for (let k = 0; k <= READ_AHEAD; k++) readAt(k);
  const { extract } = await import('../extract/index.ts');
  for (const [i, file] of files.entries()) {
    readAt(i);
    for (let k = 1; k <= READ_AHEAD; k++) readAt(i + k);
    try {
      const doc = await reading[i]!;
      reading[i] = undefined;
      if (asOne) docs.push(doc);
      else results.push(await each({ file, docs: [doc], disclosure: extract([doc]) }));
    } catch (e) {
      failed++;
      io.err(failureLine(file, e));
    }
  }
  if (asOne && docs.length) results.push(await each({ file: docs.map((d) => d.file).join(' + '), docs, disclosure: extract(docs) }));
  return { results, failed };
}
