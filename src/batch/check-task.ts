/**
 * The batch's unit of work, run inside an isolated worker: read the bytes of one document (or of several that form
 * one disclosure), extract and check it, and return one report row. The bytes come from the caller, so the
 * worker does no file I/O; its only result is data that can cross threads.
 */
import { readDocument, type SourceDocument } from '../read/index.ts';
import { extract } from '../extract/index.ts';
import { checkDisclosure } from '../check/index.ts';
import { flattenFigures, type Severity, type SectionKey } from '../model/index.ts';

export interface CheckInput {
  /** the files of one disclosure (usually one), by display name */
  parts: { name: string; bytes: Uint8Array }[];
}

export interface RowFinding {
  rule: string;
  severity: Severity;
  message: string;
  /** `FILE:LINE` or `FILE p.PAGE` of the first evidence */
  where?: string;
}

export interface CheckRow {
  unit: string | null;
  region?: string;
  year: number;
  kind: 'budget' | 'final';
  scope?: string;
  content?: string;
  title?: string;
  pages?: number;
  sections: SectionKey[];
  figures: Record<string, string>;
  findings: RowFinding[];
}

export async function checkTask(input: CheckInput): Promise<CheckRow> {
  const docs: SourceDocument[] = [];
  for (const p of input.parts) docs.push(await readDocument(p.name, p.bytes));
  const d = extract(docs);
  const findings = checkDisclosure(d, docs);
  const pages = docs.reduce((n, doc) => n + (doc.pages ?? 0), 0);
  return {
    unit: d.identity.unit,
    region: d.identity.region,
    year: d.identity.year,
    kind: d.identity.kind,
    scope: d.identity.scope,
    content: d.identity.content,
    title: d.identity.title,
    pages: pages || undefined,
    sections: [...new Set(d.sections.map((s) => s.key))],
    figures: flattenFigures(d),
    findings: findings.map((f) => {
      const e = f.evidence[0];
      const where = e ? `${e.file ?? ''}${e.line ? `:${e.line}` : e.page ? ` p.${e.page}` : ''}` : undefined;
      return { rule: f.rule, severity: f.severity, message: f.message, where };
    }),
  };
}
