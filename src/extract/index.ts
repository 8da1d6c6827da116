/**
 * Extraction: one or more SourceDocuments (one disclosure, possibly published as several files) into the
 * disclosure model. Pure: no I/O.
 */
import { DisclosureSchema, type Disclosure } from '../model/index.ts';
import type { SourceDocument } from '../read/document.ts';
import { extractIdentity } from './identity.ts';

export function extract(docs: SourceDocument[]): Disclosure {
  const identity = extractIdentity(docs);
  return DisclosureSchema.parse({
    identity,
    sources: docs.map((d) => ({
      file: d.file,
      format: d.format,
      sha256: d.sha256,
      encoding: d.encoding,
      pages: d.pages,
      ocrPages: d.ocrPages,
      unreadablePages: d.unreadablePages,
    })),
  });
}
