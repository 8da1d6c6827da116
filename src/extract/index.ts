/**
 * Extraction: one or more SourceDocuments (one disclosure, possibly published as several files) into the
 * disclosure model. Pure: no I/O.
 */
import type { Disclosure, SectionKey, Table } from '../model/index.ts';
import { emptyDisclosure } from '../model/empty.ts';
import { ReadError, type SourceDocument } from '../read/document.ts';
import { extractIdentity } from './identity.ts';
import { paragraphsOf } from './flow.ts';
import { findSections, sectionEvidence } from './sections.ts';
import { statementsOf, type Statement } from './statements.ts';
import { assignStatements } from './assign.ts';
import { applyNones } from './nones.ts';
import { extractDetails } from './details.ts';
import { deriveFigures } from './derive.ts';
import { extractTables, figuresFromTables } from './tables/index.ts';
import { mergeGrandTotals, mergeTableFigures } from './merge-tables.ts';
import { isPaged, type Paragraph } from './flow.ts';

export function extract(docs: SourceDocument[]): Disclosure {
  const identity = extractIdentity(docs);
  // the year is the one fact without which a text is no disclosure (the reader's year regex gives 20xx or none)
  if (!identity.year) throw new ReadError(docs[0].file, 'no year found: is this a budget disclosure?');
  const d = emptyDisclosure(
    identity,
    docs.map((doc) => ({
      file: doc.file,
      format: doc.format,
      sha256: doc.sha256,
      encoding: doc.encoding,
      pages: doc.pages,
      ocrPages: doc.ocrPages,
      unreadablePages: doc.unreadablePages,
    })),
  );
  const found: { s: Statement; chain: SectionKey[] }[] = [];
  const allParagraphs: Paragraph[] = [];
  for (const doc of docs) {
    const paragraphs = paragraphsOf(doc);
    allParagraphs.push(...paragraphs);
    const { sections, chains } = findSections(paragraphs);
    for (const s of sections) {
      d.sections.push({ key: s.key, title: s.title, number: s.number || undefined, level: s.level, evidence: sectionEvidence(paragraphs[s.paragraph]) });
    }
    extractDetails(d, paragraphs, chains);
    paragraphs.forEach((p, i) => {
      for (const s of statementsOf(p, i, { kind: identity.kind, year: identity.year })) found.push({ s, chain: chains[i] });
    });
  }
  assignStatements(d, found);
  applyNones(d, allParagraphs);
  d.tables = docs.flatMap((doc) => (isPaged(doc) ? extractTables(doc).map(pageEvidenceOnly) : extractTables(doc)));
  mergeTableFigures(d, figuresFromTables(d.tables, identity.kind));
  mergeGrandTotals(d);
  deriveFigures(d);
  deriveFigures(d);
  return d;
}

/** In a paged input (PDF, DOCX, XLSX), a table's evidence names its page, table and row, not the reader's lines. */
function pageEvidenceOnly(t: Table): Table {
  const strip = <E extends { line?: number; page?: number }>(e: E | undefined) => {
    if (e?.page !== undefined) delete e.line;
  };
  strip(t.evidence);
  for (const r of t.rows) strip(r.evidence);
  return t;
}
