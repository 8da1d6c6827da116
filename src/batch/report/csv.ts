/** The CSV report (UTF-8 with BOM and CRLF, as Excel opens it): one line per document; the figures dataset beside it. */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { KEY_FIGURES, figureRecords, type BatchReport } from './data.ts';

/** A CSV field; a leading = + - @ is quoted with an apostrophe so that a spreadsheet shows text, never runs a formula. */
export function csvCell(v: string | number | undefined): string {
  let s = v === undefined ? '' : String(v);
  if (typeof v === 'string' && /^[=+\-@]/.test(s) && !/^-?\d/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const line = (cells: (string | number | undefined)[]) => cells.map(csvCell).join(',') + '\r\n';

export const ROW_HEADER = [
  'file',
  'status',
  'reason',
  'unit',
  'region',
  'year',
  'kind',
  'scope',
  'content',
  'pages',
  ...KEY_FIGURES,
  'errors',
  'warnings',
  'info',
  'rules',
  'completeness',
  'consistency',
  'score',
  'ms',
];

/** The cells of one document's line (the XLSX sheet uses the same). */
export function rowCells(r: BatchReport['rows'][number]): (string | number | undefined)[] {
  const d = r.row;
  const rules = d ? [...new Set(d.findings.filter((f) => f.severity !== 'info').map((f) => f.rule))].join(' ') : undefined;
  return [
    r.file,
    r.ok ? 'checked' : 'failed',
    r.reason,
    d?.unit ?? undefined,
    d?.region,
    d?.year,
    d?.kind,
    d?.scope,
    d?.content,
    d?.pages,
    ...KEY_FIGURES.map((k) => d?.figures[k]),
    r.counts.error,
    r.counts.warning,
    r.counts.info,
    rules,
    r.score?.completeness,
    r.score?.consistency,
    r.score?.score,
    r.ms,
  ];
}

export function reportCsv(report: BatchReport): string {
  return '\ufeff' + line(ROW_HEADER) + report.rows.map((r) => line(rowCells(r))).join('');
}

/** The figures dataset as CSV, streamed to a file. */
export async function writeFiguresCsv(report: BatchReport, file: string): Promise<void> {
  const out = createWriteStream(file);
  out.write('\ufeff' + line(['file', 'unit', 'region', 'year', 'kind', 'key', 'value']));
  for (const f of figureRecords(report)) {
    if (!out.write(line([f.file, f.unit, f.region, f.year, f.kind, f.key, f.value]))) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}
