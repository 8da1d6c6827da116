/**
 * The reader registry: a file's format is known by its leading bytes first and its extension second, and each
 * format's reader turns the bytes into a SourceDocument. Readers are loaded lazily so that reading a text file
 * never loads pdf.js.
 */
import { checkLinesSize, ReadError, type SourceDocument, type SourceFormat } from './document.ts';

import { MAX_INPUT_BYTES } from './file.ts';

export { ReadError, MAX_TEXT_CHARS } from './document.ts';
export { MAX_INPUT_BYTES, readInputFile } from './file.ts';
export type { SourceDocument, SourceLine, SourceTable, Segment } from './document.ts';

type Reader = (file: string, bytes: Uint8Array) => SourceDocument | Promise<SourceDocument>;

/** A reader's module, imported on first use and kept: an import() per file costs as much as reading a short text. */
function lazy(load: () => Promise<Reader>): () => Promise<Reader> {
  let loaded: Promise<Reader> | undefined;
  return () => (loaded ??= load());
}

const READERS: Record<SourceFormat, () => Promise<Reader>> = {
  text: lazy(async () => {
    const { readText } = await import('./text.ts');
    return (f, b) => readText(f, b, 'text');
  }),
  markdown: lazy(async () => {
    const { readText } = await import('./text.ts');
    return (f, b) => readText(f, b, 'markdown');
  }),
  html: lazy(async () => (await import('./html.ts')).readHtml),
  pdf: lazy(async () => (await import('./pdf/index.ts')).readPdf),
  docx: lazy(async () => (await import('./docx.ts')).readDocx),
  xlsx: lazy(async () => (await import('./xlsx.ts')).readXlsx),
};

const EXTENSIONS: Record<string, SourceFormat> = {
  txt: 'text',
  text: 'text',
  md: 'markdown',
  markdown: 'markdown',
  html: 'html',
  htm: 'html',
  shtml: 'html',
  xhtml: 'html',
  pdf: 'pdf',
  docx: 'docx',
  xlsx: 'xlsx',
};

/** The extensions yusuan reads as documents (`.txt` …), the one list: folders given to `import` are walked for these. */
export const INPUT_EXTENSIONS: readonly string[] = Object.keys(EXTENSIONS).map((e) => `.${e}`);

const startsWith = (b: Uint8Array, s: string) => s.split('').every((c, i) => b[i] === c.charCodeAt(0));

/** The format of a file, from its magic bytes, then its extension. */
export function detectFormat(file: string, bytes: Uint8Array): SourceFormat {
  const ext = /\.([a-z0-9]+)$/i.exec(file)?.[1]?.toLowerCase() ?? '';
  if (startsWith(bytes, '%PDF-')) return 'pdf';
  if (startsWith(bytes, 'PK\u0003\u0004')) {
    if (ext === 'docx' || ext === 'xlsx') return EXTENSIONS[ext];
    throw new ReadError(file, 'a ZIP archive that is neither .docx nor .xlsx (unsupported)');
  }
  // an OLE compound file: a password-protected .docx/.xlsx (Office encrypts into this container) or an old .doc/.xls
  if (startsWith(bytes, '\xd0\xcf\x11\xe0') && ['docx', 'xlsx', 'doc', 'xls'].includes(ext)) {
    throw new ReadError(file, 'a password-protected Office file or an old binary .doc/.xls: save it unprotected as .docx/.xlsx (or PDF) and try again');
  }
  if (ext === 'pdf') throw new ReadError(file, 'not a PDF (it does not start with %PDF-): broken or mislabelled file');
  if (ext === 'docx' || ext === 'xlsx') throw new ReadError(file, `not a ${ext.toUpperCase()} file (no ZIP signature): broken or mislabelled file`);
  if (['doc', 'xls', 'wps', 'et', 'rtf', 'ofd', 'zip', 'rar', '7z', 'png', 'jpg', 'jpeg', 'gif'].includes(ext)) {
    throw new ReadError(file, `unsupported format .${ext} (yusuan reads .txt .md .html .pdf .docx .xlsx)`);
  }
  if (EXTENSIONS[ext]) return EXTENSIONS[ext];
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 512)).toLowerCase();
  if (/<!doctype html|<html|<body|<div|<p[ >]/.test(head)) return 'html';
  return 'text';
}

const MB = 1024 * 1024;
/**
 * Per-format size limits, so that reading and extracting any input within them stays under 30 s and 1 GB
 * (bench/limits.ts, BENCHMARKS.md). Text and HTML are limited far below MAX_INPUT_BYTES: a byte of them is a
 * character to extract, where a byte of PDF or Office file is mostly compressed layout.
 */
export const MAX_FORMAT_BYTES: Record<SourceFormat, number> = {
  text: 4 * MB,
  markdown: 4 * MB,
  html: 32 * MB,
  pdf: MAX_INPUT_BYTES,
  docx: MAX_INPUT_BYTES,
  xlsx: MAX_INPUT_BYTES,
};
/** Read one file's bytes into a SourceDocument. Throws ReadError (with a plain message) for unreadable input. */
export async function readDocument(file: string, bytes: Uint8Array): Promise<SourceDocument> {
  if (bytes.length === 0) throw new ReadError(file, 'empty file');
  if (bytes.length > MAX_INPUT_BYTES) throw new ReadError(file, `file too large (${bytes.length} bytes; the limit is ${MAX_INPUT_BYTES})`);
  const format = detectFormat(file, bytes);
  if (bytes.length > MAX_FORMAT_BYTES[format]) {
    throw new ReadError(
      file,
      `${format} file too large (${(bytes.length / MB).toFixed(1)} MB; yusuan reads ${format} files up to ${MAX_FORMAT_BYTES[format] / MB} MB): split it`,
    );
  }
  const reader = await READERS[format]();
  let doc: SourceDocument;
  try {
    doc = await reader(file, bytes);
  } catch (e) {
    if (e instanceof ReadError) throw e;
    throw new ReadError(file, `cannot read as ${format}: ${(e as Error)?.message ?? String(e)}`);
  }
  if (!doc.lines.some((l) => l.text.trim())) throw new ReadError(file, `no text found in this ${format} file`);
  checkLinesSize(file, doc.lines);
  return doc;
}
