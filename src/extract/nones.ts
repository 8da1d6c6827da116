/**
 * “无…” statements: a fund, the “三公” spending or the running costs stated as none. The disclosure rules ask for
 * such a statement instead of silence; the figure is then 0 (shared/spec/figures.tsv: fund.expenditure is 0 “where
 * the text says there is none”), marked statedNone.
 */
import type { Disclosure, Figure } from '../model/index.ts';
import { evidenceAt, type Paragraph } from './flow.ts';

const NONE = '(?:无|没有|未安排|不涉及|未使用|无使用)';
const PATTERNS: { re: RegExp; apply: (d: Disclosure, f: Figure, said: string) => void }[] = [
  {
    re: new RegExp(`${NONE}[^。；，]{0,6}政府性基金(?:预算)?(?:财政)?(?:拨款)?(?:安排)?(?:的)?(?:收入和支出|收支|收入|支出|预算)?`),
    apply: (d, f, said) => {
      d.appropriation.fund.statedNone = true;
      if (/收入/.test(said)) d.income.fund ??= { ...f };
      if (!/收入$/.test(said)) d.appropriation.fund.expenditure ??= f;
    },
  },
  {
    re: new RegExp(`${NONE}[^。；，]{0,6}国有资本经营(?:预算)?(?:财政)?(?:拨款)?(?:安排)?(?:的)?(?:收入和支出|收支|收入|支出|预算)?`),
    apply: (d, f, said) => {
      d.appropriation.capital.statedNone = true;
      if (/收入/.test(said)) d.income.capital ??= { ...f };
      if (!/收入$/.test(said)) d.appropriation.capital.expenditure ??= f;
    },
  },
  {
    re: new RegExp(`${NONE}[^。；，]{0,8}“?三公”?经费`),
    apply: (d, f) => {
      d.threePublic.statedNone = true;
      d.threePublic.total ??= f;
    },
  },
  {
    re: new RegExp(`${NONE}[^。；，]{0,8}机关运行经费`),
    apply: (d, f) => void (d.operatingCost ??= f),
  },
  {
    // “没有(因)公出国(境)费用”: one “三公” item stated as none
    re: new RegExp(`${NONE}[^。；，]{0,4}(?:因公|公)?出国[（(]?境?[）)]?(?:费用?|经费)`),
    apply: (d, f) => void (d.threePublic.abroad ??= f),
  },
  {
    re: new RegExp(`${NONE}[^。；，]{0,6}绩效目标`),
    apply: (d, f) => void (d.performance.amount ??= f),
  },
  {
    // “本单位无公务用车”: no vehicles held (not “无公务用车购置”, which is a spending item)
    re: new RegExp(`${NONE}(?:公务用车|车辆)(?!购置|运行|费)[。；，,;]`),
    apply: (d, f) => void (d.assets.vehicles ??= { ...f, unit: '辆' }),
  },
];

/** Any of the words that open a “无…” statement: a paragraph without one needs no pattern tried on it. */
const ANY_NONE = new RegExp(NONE);

export function applyNones(d: Disclosure, paragraphs: Paragraph[]): void {
  for (const p of paragraphs) {
    if (!ANY_NONE.test(p.text)) continue;
    for (const { re, apply } of PATTERNS) {
      const m = re.exec(p.text);
      if (!m) continue;
      apply(d, { value: '0', unit: '万元', origin: 'narrative', evidence: [evidenceAt(p, m.index)] }, m[0]);
    }
  }
}
