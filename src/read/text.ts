import { decodeText } from './decode.ts';
import { linesOf, ReadError, type SourceDocument } from './document.ts';

/** Plain text or Markdown (pdftotext output too: form feeds mark pages). */
export function readText(file: string, bytes: Uint8Array, format: 'text' | 'markdown' = 'text'): SourceDocument {
  const decoded = decodeText(bytes);
  if (!decoded) throw new ReadError(file, 'not a text file in UTF-8, UTF-16 or GB18030/GBK (binary data?)');
  const text = decoded.text.replace(/^\ufeff/, '');
  const hasPages = text.includes('\f');
  const doc: SourceDocument = { file, format, encoding: decoded.encoding, lines: linesOf(text, { pages: hasPages }), tables: [] };
  if (hasPages) doc.pages = doc.lines.at(-1)?.page;
  return doc;
}
