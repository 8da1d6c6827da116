/**
 * The batch's unit of work, run inside an isolated worker: read the bytes of one document (or of several that form
 * one disclosure), extract and check it, and return one report row. The bytes come from the caller, so the
 * worker does no file I/O; its only result is data that can cross threads.
 */
import { readExtractCheck, type Part } from '../import/prepare.ts';
import { flattenFigures, type Disclosure, type Finding, type Severity, type SectionKey } from '../model/index.ts';

export interface CheckInput {
  /** the files of one disclosure (usually one), by display name */
  parts: Part[];
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

/** What the store needs of a document (`yusuan worker`): the model, the findings, the text as published. */
export interface Extracted {
  disclosure: Disclosure;
  findings: Finding[];
  body: string;
  formats: string[];
}

const readAndCheck = (input: CheckInput) => readExtractCheck(input.parts);

export async function extractTask(input: CheckInput): Promise<Extracted> {
  const { docs, d, findings } = await readAndCheck(input);
  return { disclosure: d, findings, body: docs.map((doc) => doc.lines.map((l) => l.text).join('\n')).join('\n\f\n'), formats: docs.map((doc) => doc.format) };
}

export async function checkTask(input: CheckInput): Promise<CheckRow> {
  const { docs, d, findings } = await readAndCheck(input);
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
