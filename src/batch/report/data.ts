/** The batch report as data: the summary, one row per document, the scores. Every format is written from this. */
import type { FigureKey } from '../../model/index.ts';
import type { BatchRow } from '../run.ts';
import type { CheckRow } from '../check-task.ts';
import { scoreGroups, scoreRow, type GroupScore, type Score } from '../score.ts';

/** The figures every row shows (the whole set is in the figures dataset). */
export const KEY_FIGURES: readonly FigureKey[] = ['income.total', 'expenditure.total', 'general.expenditure', 'threePublic.total', 'operatingCost'];

export const NO_REGION = '（未注明地区）';
export const NO_UNIT = '（未注明单位）';

export interface ReportRow {
  file: string;
  ok: boolean;
  reason?: string;
  ms: number;
  row?: CheckRow;
  score?: Score;
  counts: { error: number; warning: number; info: number };
}

export interface BatchReport {
  generated: string;
  /** items not processed (Ctrl-C): the report is partial */
  notProcessed: number;
  summary: {
    documents: number;
    checked: number;
    failed: number;
    errors: number;
    warnings: number;
    info: number;
    pages: number;
    byRule: { rule: string; severity: string; findings: number; documents: number }[];
    byRegion: { region: string; documents: number; errors: number; warnings: number }[];
  };
  rows: ReportRow[];
  units: (GroupScore & { region: string })[];
  regions: GroupScore[];
}

export function buildReport(all: (BatchRow | undefined)[]): BatchReport {
  const done = all.filter((r): r is BatchRow => r !== undefined);
  const rows: ReportRow[] = done.map((r) => {
    const counts = { error: 0, warning: 0, info: 0 };
    if (r.ok) for (const f of r.row.findings) counts[f.severity]++;
    return r.ok
      ? { file: r.name, ok: true, ms: r.ms, row: r.row, score: scoreRow(r.row), counts }
      : { file: r.name, ok: false, reason: r.reason, ms: r.ms, counts };
  });
  const checked = rows.flatMap((r) => (r.row ? [r.row] : []));
  const byRule = new Map<string, { rule: string; severity: string; findings: number; documents: number }>();
  const byRegion = new Map<string, { region: string; documents: number; errors: number; warnings: number }>();
  for (const r of rows) {
    if (!r.row) continue;
    const region = r.row.region ?? NO_REGION;
    const g = byRegion.get(region) ?? { region, documents: 0, errors: 0, warnings: 0 };
    g.documents++;
    g.errors += r.counts.error;
    g.warnings += r.counts.warning;
    byRegion.set(region, g);
    const seen = new Set<string>();
    for (const f of r.row.findings) {
      const e = byRule.get(f.rule) ?? { rule: f.rule, severity: f.severity, findings: 0, documents: 0 };
      e.findings++;
      if (!seen.has(f.rule)) e.documents++;
      seen.add(f.rule);
      byRule.set(f.rule, e);
    }
  }
  const unitKey = (r: CheckRow) => `${r.region ?? NO_REGION}\t${r.unit ?? NO_UNIT}`;
  return {
    generated: new Date().toISOString(),
    notProcessed: all.length - done.length,
    summary: {
      documents: rows.length,
      checked: checked.length,
      failed: rows.length - checked.length,
      errors: rows.reduce((a, r) => a + r.counts.error, 0),
      warnings: rows.reduce((a, r) => a + r.counts.warning, 0),
      info: rows.reduce((a, r) => a + r.counts.info, 0),
      pages: checked.reduce((a, r) => a + (r.pages ?? 0), 0),
      byRule: [...byRule.values()].sort((a, b) => b.findings - a.findings || a.rule.localeCompare(b.rule)),
      byRegion: [...byRegion.values()].sort((a, b) => b.documents - a.documents || a.region.localeCompare(b.region, 'zh')),
    },
    rows,
    units: scoreGroups(checked, unitKey).map((g) => {
      const [region, unit] = g.name.split('\t');
      return { ...g, name: unit, region };
    }),
    regions: scoreGroups(checked, (r) => r.region ?? NO_REGION),
  };
}

export interface FigureRecord {
  file: string;
  unit: string;
  region: string;
  year: number;
  kind: string;
  key: string;
  value: string;
}

/** The figures dataset, long format: one record per document and figure (generated, not held: 10,000 documents give a million). */
export function* figureRecords(report: BatchReport): Generator<FigureRecord> {
  for (const r of report.rows) {
    if (!r.row) continue;
    for (const [key, value] of Object.entries(r.row.figures)) {
      if (!key.startsWith('doc.')) yield { file: r.file, unit: r.row.unit ?? '', region: r.row.region ?? '', year: r.row.year, kind: r.row.kind, key, value };
    }
  }
}
