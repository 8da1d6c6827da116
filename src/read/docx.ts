/**
 * DOCX: mammoth turns the document into HTML (paragraphs, headings, tables with colspan/rowspan kept), and
 * the HTML reader turns that into lines and native tables. The ZIP is checked first (zip-guard.ts).
 */
import { ReadError, type SourceDocument } from './document.ts';
import { htmlToDocument } from './html.ts';
import { guardZip, limitXml } from './zip-guard.ts';

/** The document's XML: mammoth takes about 1–2 s and 60 MB of memory per MB of it (bench/limits.ts). */
export const MAX_DOCX_XML = 8 * 1024 * 1024;

export async function readDocx(file: string, bytes: Uint8Array): Promise<SourceDocument> {
  const entries = guardZip(file, bytes);
  if (!entries.some((e) => e.name === 'word/document.xml')) throw new ReadError(file, 'not a Word document (the archive has no word/document.xml)');
  limitXml(file, entries, /^word\/(document|footnotes|endnotes|comments)\.xml$/, MAX_DOCX_XML, 'the Word document');
  const mammoth = (await import('mammoth')).default;
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      // images are not text: leave them out instead of inlining megabytes of base64
      { convertImage: mammoth.images.imgElement(async () => ({ src: '' })), ignoreEmptyParagraphs: true },
    );
    html = result.value;
  } catch (e) {
    throw new ReadError(file, `the Word document cannot be read (${(e as Error).message})`);
  }
  const doc = htmlToDocument(file, html, 'docx');
  // A table's caption is the line just before it when that line is short (a table title).
  for (const t of doc.tables) {
    const prev = doc.lines[t.afterLine - 1]?.text.trim();
    if (prev && prev.length <= 60) t.caption = prev;
  }
  return doc;
}
