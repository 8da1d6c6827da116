/**
 * Reading confidence: an error finding says a department published something wrong, so it stands only on figures
 * read with certainty and on a certain reading of what the document is (预算 or 决算). Otherwise the engine keeps
 * the finding but as a warning that names the doubtful reading (请人工核对), with the same evidence.
 */
import type { Disclosure, Evidence, Figure } from '../model/index.ts';
import { allFigures } from './model.ts';

/** Every figure of the model by the evidence objects it carries (rules cite a figure by its first evidence). */
export function figuresByEvidence(d: Disclosure): Map<Evidence, { figure: Figure; label: string }> {
  const out = new Map<Evidence, { figure: Figure; label: string }>();
  for (const { figure, label } of allFigures(d)) for (const e of figure.evidence) if (!out.has(e)) out.set(e, { figure, label });
  return out;
}

export interface Basis {
  /** figures the finding rests on: named by the rule, and those whose evidence it cites */
  figures: { figure: Figure; label: string }[];
  /** the rule holds for one kind of document only: it assumes the kind was read right */
  assumesKind: boolean;
}

/** Why the finding should be checked by hand, or undefined when everything it rests on was read with certainty. */
export function doubtOf(basis: Basis, d: Disclosure): string | undefined {
  const doubts: string[] = [];
  for (const { figure, label } of basis.figures) {
    if (figure.reading?.certain !== false) continue;
    doubts.push(figure.reading.doubt ? `${label}：${figure.reading.doubt}` : `${label}的读法不确定`);
  }
  const identity = d.identity.reading;
  if (basis.assumesKind && identity?.certain === false) {
    doubts.push(identity.doubt ?? `文件是${d.identity.kind === 'budget' ? '预算' : '决算'}的判断不确定`);
  }
  return doubts.length ? [...new Set(doubts)].join('；') : undefined;
}

export const withDoubt = (message: string, doubt: string) => `${message}（请人工核对：${doubt}）`;

