/**
 * The writing stage: a Disclosure into Markdown, HTML, DOCX, XLSX or PDF. The narrative and the standard
 * tables are built once (build.ts) and laid out by each format, so every format says the same thing.
 * Everything here is pure except the PDF, which needs a browser: pass one in, or a shared one is started on
 * first use (`closeRenderer()` stops it).
 */
import type { Browser } from 'playwright-core';
import type { Disclosure } from '../model/index.ts';
import { buildDocument, type BuildOptions } from './build.ts';
import { renderMarkdown } from './md.ts';
import { renderHtml } from './html.ts';

export { buildDocument } from './build.ts';
export { templateModel } from './template.ts';
export { closeRenderer } from './pdf.ts';
export type { WrittenDoc, WrittenTable, Block } from './doc.ts';

import type { Format } from './formats.ts';
export { FORMATS, OUTPUT_FORMATS, isFormat, type Format } from './formats.ts';

export interface RenderOptions extends BuildOptions {
  /** for PDF: a browser already started (else the shared one) */
  browser?: Browser;
}

const utf8 = (s: string) => new TextEncoder().encode(s);

export async function render(d: Disclosure, format: Format, opts: RenderOptions = {}): Promise<Uint8Array> {
  const doc = buildDocument(d, opts);
  switch (format) {
    case 'md':
      return utf8(renderMarkdown(doc));
    case 'html':
      return utf8(renderHtml(doc));
    case 'docx':
      return (await import('./docx.ts')).renderDocx(doc);
    case 'xlsx':
      return (await import('./xlsx.ts')).renderXlsx(doc);
    case 'pdf': {
      // the printer page carries the font faces; the document brings its own style and body
      const { htmlToPdf } = await import('./pdf.ts');
      return htmlToPdf(renderHtml(doc, { print: true }), opts.browser);
    }
  }
}
