/**
 * The transparency score (透明度评分) of a document, a unit and a region, 0–100; defined in docs/batch.md.
 * completeness: the core figures stated (the portal's list) and the required sections present;
 * consistency: error and warning findings of the checker. Timeliness is not scored: a document does not carry its
 * publication date, and a batch of files does not know it.
 */
import { CORE_KEYS } from '../store/store.ts';
import type { SectionKey } from '../model/index.ts';
import type { CheckRow } from './check-task.ts';

/** The parts every full disclosure has (财预〔2016〕143号): overview, income, spending, 三公, 机关运行经费, 采购, 绩效, 资产, 名词解释. */
export const REQUIRED_SECTIONS: SectionKey[] = [
  'overview',
  'income',
  'expenditure',
  'threePublic',
  'operatingCost',
  'procurement',
  'performance',
  'assets',
  'glossary',
];

export interface Score {
  completeness: number;
  consistency: number;
  score: number;
}

export function scoreRow(r: CheckRow): Score {
  const figures = CORE_KEYS.filter((k) => r.figures[k] !== undefined).length / CORE_KEYS.length;
  // a document that is not a full disclosure (a 三公 notice, one section, the tables) is judged on figures only
  const sections = r.content && r.content !== 'full' ? figures : REQUIRED_SECTIONS.filter((s) => r.sections.includes(s)).length / REQUIRED_SECTIONS.length;
  const completeness = Math.round(((figures + sections) / 2) * 100);
  const errors = r.findings.filter((f) => f.severity === 'error').length;
  const warnings = r.findings.filter((f) => f.severity === 'warning').length;
  const consistency = Math.max(0, 100 - 25 * errors - 5 * warnings);
  return { completeness, consistency, score: Math.round((completeness + consistency) / 2) };
}

export interface GroupScore extends Score {
  name: string;
  documents: number;
}

/** The mean scores of documents grouped by a key (a unit, a region). */
export function scoreGroups(rows: CheckRow[], key: (r: CheckRow) => string): GroupScore[] {
  const groups = new Map<string, Score[]>();
  for (const r of rows) {
    const k = key(r);
    const list = groups.get(k) ?? [];
    list.push(scoreRow(r));
    groups.set(k, list);
  }
  const mean = (xs: number[]) => Math.round(xs.reduce((a, b) => a + b, 0) / xs.length);
  return [...groups]
    .map(([name, s]) => ({
      name,
      documents: s.length,
      completeness: mean(s.map((x) => x.completeness)),
      consistency: mean(s.map((x) => x.consistency)),
      score: mean(s.map((x) => x.score)),
    }))
    .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name, 'zh'));
}
