/**
 * “无…” statements: a fund, the “三公” spending or the running costs stated as none. The disclosure rules ask for
 * such a statement instead of silence; the figure is then 0 (shared/spec/figures.tsv: fund.expenditure is 0 “where
 * the text says there is none”), marked statedNone.
 */
import type { Disclosure, Figure } from '../model/index.ts';
import { evidenceAt, type Paragraph } from './flow.ts';

const NONE = '(?:无|没有|未安排|不涉及|未使用|无使用)';
/** The “三公” items a text states as none, and how it names them. */
const THREE_PUBLIC_ITEMS: ['abroad' | 'reception' | 'vehiclePurchase', string][] = [
  ['abroad', '(?:因公|公)?出国[（(]?境?[）)]?'],
  ['reception', '(?:国内)?公务接待'],
  ['vehiclePurchase', '公务用车购置'],
];
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
  // “没有(因)公出国(境)费用”, “没有公务用车购置费”: one “三公” item stated as none
  ...THREE_PUBLIC_ITEMS.map(([key, words]) => ({
    re: new RegExp(`${NONE}[^。；，]{0,4}${words}(?:费用?|经费)`),
    apply: (d: Disclosure, f: Figure) => void (d.threePublic[key] ??= f),
  })),
  // “上年与本年均无因公出国(境)情况”: none in either year, so last year's figure is 0 too
  ...THREE_PUBLIC_ITEMS.map(([key, words]) => ({
    re: new RegExp(`(?:上年|去年|上一年度?)(?:与|和|及)(?:本年|今年)(?:预算)?均${NONE}[^。；，]{0,4}${words}`),
    apply: (d: Disclosure, f: Figure) => {
      const item = (d.threePublic[key] ??= f);
      if (item.value === '0' && item.prev === undefined) Object.assign(item, { prev: '0', prevStated: true });
    },
  })),
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
