/**
 * One publication from its bytes to what the store keeps: read → extract → check, or for a model file parse →
 * check → narrate. No file I/O and no database (the bytes come from the caller), so that it can run in an
 * isolated worker (the `import` task of src/batch/tasks.ts) under a time and memory limit.
 */
import { extname } from 'node:path';
import { readDocument, ReadError, type SourceDocument } from '../read/index.ts';
import { reasonOf } from '../read/failure.ts';
import { extract } from '../extract/index.ts';
import { checkDisclosure } from '../check/index.ts';
import type { Disclosure, Finding } from '../model/index.ts';
import { narrate } from '../store/text.ts';
import { loadModel } from './files.ts';

/** One file of a publication: its name and its bytes. */
export interface Part {
  name: string;
  bytes: Uint8Array;
}

export interface Prepared {
  disclosure: Disclosure;
  findings: Finding[];
  /** the searchable text: the documents' own, or for a model the narrative written from its figures */
  body: string;
  textOrigin: 'source' | 'generated';
  /** each part's format (`model` for a model file) */
  formats: string[];
  /** the first lines of the text, for admit() */
  head: string;
}

/** The model file extensions; other files are documents unless they open by naming the model's schema. */
export const MODEL_EXTENSIONS: readonly string[] = ['.json', '.yaml', '.yml'];
/** A model: a .json/.yaml file, or a file that opens by naming the model's schema (what parse and template print). */
export const isModelFile = (file: string, bytes: Uint8Array) =>
  MODEL_EXTENSIONS.includes(extname(file).toLowerCase()) ||
  /^(\ufeff)?(#[^\n]*\n)*\s*(\{\s*)?"?schema"?\s*:\s*"?yusuan\/disclosure@1/.test(new TextDecoder().decode(bytes.subarray(0, 2048)));

/** Read, extract and check the documents of one disclosure. */
export async function readExtractCheck(parts: readonly Part[]): Promise<{ docs: SourceDocument[]; d: Disclosure; findings: Finding[] }> {
  const docs: SourceDocument[] = [];
  for (const p of parts) docs.push(await readDocument(p.name, p.bytes));
  const d = extract(docs);
  return { docs, d, findings: checkDisclosure(d, docs) };
}

/** A publication of one or more parts → the model, its findings and its text. Throws ReadError (or a schema error) for bad input. */
export async function prepare(parts: readonly Part[]): Promise<Prepared> {
  if (parts.length === 1 && isModelFile(parts[0].name, parts[0].bytes)) {
    const { name, bytes } = parts[0];
    const d = await loadModel(name, bytes).catch((e: unknown) => {
      throw e instanceof ReadError ? new ReadError(name, `not a disclosure model (yusuan/disclosure@1): ${e.message}`) : e;
    });
    return { disclosure: d, findings: checkDisclosure(d, []), body: narrate(d), textOrigin: 'generated', formats: ['model'], head: '' };
  }
  const { docs, d, findings } = await readExtractCheck(parts);
  return {
    disclosure: d,
    findings,
    body: docs.map((doc) => doc.lines.map((l) => l.text).join('\n')).join('\n'),
    textOrigin: 'source',
    formats: docs.map((doc) => doc.format),
    head: docs[0].lines
      .slice(0, 10)
      .map((l) => l.text)
      .join('\n'),
  };
}

/** The isolated task: prepare, with a failure said as its one-line reason (an error crosses the thread as text). */
export async function prepareTask(input: { parts: Part[] }): Promise<Prepared> {
  try {
    return await prepare(input.parts);
  } catch (e) {
    throw new Error(reasonOf(e), { cause: e });
  }
}
