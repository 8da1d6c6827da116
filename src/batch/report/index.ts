/**
 * Write a batch report in the format its name says (.html, .csv, .xlsx, .json). The figures dataset goes inside
 * the JSON and the XLSX (a sheet), and beside the HTML and CSV as REPORT.figures.csv.
 */
import { writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { figureRecords, type BatchReport } from './data.ts';
import { reportCsv, rowCells, ROW_HEADER, writeFiguresCsv } from './csv.ts';

export const REPORT_FORMATS = ['.html', '.csv', '.xlsx', '.json'];

export const figuresCsvPath = (out: string) => out.replace(/\.[a-z]+$/i, '') + '.figures.csv';

/** Writes the report; returns the files written. */
export async function writeReport(report: BatchReport, out: string): Promise<string[]> {
  const ext = extname(out).toLowerCase();
  if (ext === '.json') {
    const figures = [...figureRecords(report)];
    await writeFile(out, JSON.stringify({ ...report, figures }, null, 1) + '\n');
    return [out];
  }
  if (ext === '.xlsx') {
    await writeFile(out, await reportXlsx(report));
    return [out];
  }
  const figures = figuresCsvPath(out);
  await writeFiguresCsv(report, figures);
  if (ext === '.csv') await writeFile(out, reportCsv(report));
  else await writeFile(out, (await import('./html.ts')).reportHtml(report, figures));
  return [out, figures];
}

async function reportXlsx(report: BatchReport): Promise<Uint8Array> {
  const ExcelJS = (await import('exceljs')).default;
  const wb = new ExcelJS.Workbook();
  const s = report.summary;
  const summary = wb.addWorksheet('summary');
  summary.addRows([
    ['documents', s.documents],
    ['checked', s.checked],
    ['failed', s.failed],
    ['not processed (interrupted)', report.notProcessed],
    ['errors', s.errors],
    ['warnings', s.warnings],
    ['info', s.info],
    ['pages', s.pages],
    [],
    ['rule', 'severity', 'findings', 'documents'],
    ...s.byRule.map((r) => [r.rule, r.severity, r.findings, r.documents]),
    [],
    ['region', 'documents', 'errors', 'warnings'],
    ...s.byRegion.map((r) => [r.region, r.documents, r.errors, r.warnings]),
  ]);
  const docs = wb.addWorksheet('documents');
  docs.addRow(ROW_HEADER);
  for (const r of report.rows) docs.addRow(rowCells(r));
  const scores = wb.addWorksheet('scores');
  scores.addRow(['level', 'name', 'region', 'documents', 'completeness', 'consistency', 'score']);
  for (const g of report.regions) scores.addRow(['region', g.name, g.name, g.documents, g.completeness, g.consistency, g.score]);
  for (const g of report.units) scores.addRow(['unit', g.name, g.region, g.documents, g.completeness, g.consistency, g.score]);
  const figs = wb.addWorksheet('figures');
  figs.addRow(['file', 'unit', 'region', 'year', 'kind', 'key', 'value']);
  // amounts stay exact decimal strings (万元): a spreadsheet number would be a float
  for (const f of figureRecords(report)) figs.addRow([f.file, f.unit, f.region, f.year, f.kind, f.key, f.value]);
  for (const ws of [summary, docs, scores, figs]) ws.getRow(1).font = { bold: true };
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
