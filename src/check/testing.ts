/**
 * Test helpers for the rules: the seed and corpus texts (read from ../shared, never copied into the repo), read and
 * extracted as the CLI does, altered in memory; and a hand-built model of the seed (what a complete extraction
 * gives) for the rules on the model.
 */
import { readFileSync } from 'node:fs';
import { sub, type Disclosure, type DisclosureInput, type FigureInput, type Finding } from '../model/index.ts';
import { DisclosureSchema } from '../model/schemas.ts';
import { readDocument, type SourceDocument } from '../read/index.ts';
import { extract } from '../extract/index.ts';
import { checkDisclosure } from './index.ts';
import type { Rule } from './engine.ts';
import { runRules } from './engine.ts';
import { SEED, SHARED, corpusText as corpusPath } from '../../test/shared.ts';

export { SHARED };

export const seedText = () => readFileSync(SEED, 'utf8');
export const corpusText = (id: string) => readFileSync(corpusPath(id), 'utf8');

/** Replace `from` by `to` in the text (the n-th occurrence, default the first); fails loudly if absent. */
export function alter(text: string, from: string, to: string, nth = 0): string {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(from, at + 1);
    if (at < 0) throw new Error(`alter: "${from}" not found (occurrence ${nth})`);
  }
  return text.slice(0, at) + to + text.slice(at + from.length);
}

export async function docOf(file: string, text: string): Promise<SourceDocument> {
  return readDocument(file, new TextEncoder().encode(text));
}

/** Read + extract + check a text, as `yusuan check` does. */
export async function checkText(file: string, text: string): Promise<{ doc: SourceDocument; disclosure: Disclosure; findings: Finding[] }> {
  const doc = await docOf(file, text);
  const disclosure = extract([doc]);
  return { doc, disclosure, findings: checkDisclosure(disclosure, [doc]) };
}

/** Run one rule only. */
export function runRule(rule: Rule, disclosure: Disclosure, docs: SourceDocument[] = []): Finding[] {
  return runRules([rule], disclosure, docs);
}

export async function runTextRule(rule: Rule, file: string, text: string): Promise<Finding[]> {
  const doc = await docOf(file, text);
  return runRule(rule, extract([doc]), [doc]);
}

const SEED_NAME = 'seed.txt';

/** The seed as a complete extraction would model it; figures carry their seed line as evidence. */
export function seedModel(): Disclosure {
  const lines = seedText().split('\n');
  const f = (value: string, line: number, extra: Partial<FigureInput> = {}): FigureInput => ({
    value,
    ...extra,
    evidence: [{ file: SEED_NAME, line, text: lines[line - 1].trim() }],
  });
  const dec = (value: string, change: string, line: number, extra: Partial<FigureInput> = {}): FigureInput =>
    f(value, line, {
      change,
      prev: sub(value, change),
      direction: change.startsWith('-') ? 'decrease' : change === '0' || change === '0.00' ? 'flat' : 'increase',
      directionWord: change.startsWith('-') ? '减少' : change === '0' || change === '0.00' ? '持平' : '增加',
      ...extra,
    });
  const input: DisclosureInput = {
    identity: { kind: 'budget', year: 2024, unit: '重庆市渝中区科学技术局', evidence: [{ file: SEED_NAME, line: 1, text: lines[0] }] },
    sources: [{ file: SEED_NAME, format: 'text' }],
    sections: [
      ['unitInfo', '单位基本情况', 4],
      ['overview', '部门收支总体情况', 43],
      ['appropriation', '部门预算情况说明', 47],
      ['threePublic', '“三公”经费情况说明', 52],
      ['otherMatters', '其他重要事项的情况说明', 55],
      ['operatingCost', '机关运行经费', 57],
      ['procurement', '政府采购情况', 58],
      ['performance', '绩效目标设置情况', 60],
      ['assets', '国有资产占有使用情况', 62],
      ['glossary', '专业性名词解释', 64],
      ['contact', '联系人', 78],
    ].map(([key, title, line]) => ({
      key,
      title,
      level: 1,
      evidence: { file: SEED_NAME, line, text: lines[(line as number) - 1] },
    })) as DisclosureInput['sections'],
    income: {
      total: dec('447.01', '-2544.50', 45, { reason: '2024年政策兑现资金拟在年中据实追加' }),
      general: f('447.01', 45),
    },
    expenditure: {
      total: dec('447.01', '-2544.50', 46, { reason: '基本支出减少3.43万元，项目支出减少2541.07万元' }),
      byFunction: [
        ['一般公共服务支出', '1.00'],
        ['科学技术支出', '352.72'],
        ['社会保障和就业支出', '56.63'],
        ['卫生健康支出', '18.40'],
        ['住房保障支出', '18.26'],
      ].map(([name, value]) => ({ name, level: '类' as const, figure: f(value, 46) })),
    },
    appropriation: {
      general: {
        income: f('447.01', 49),
        expenditure: dec('447.01', '-2544.50', 49),
        basic: dec('273.01', '-3.43', 49, { reason: '有人员退休' }),
        project: dec('174.00', '-2541.07', 49, { reason: '2024年政策兑现资金拟在年中据实追加' }),
      },
      fund: { statedNone: true, expenditure: f('0', 50) },
    },
    threePublic: {
      total: dec('4.30', '-1.00', 54, { reason: '厉行节约' }),
      abroad: dec('0', '0', 54),
      reception: dec('1.30', '0', 54),
      vehicleOperation: dec('3.00', '-1.00', 54, { reason: '厉行节约' }),
      vehiclePurchase: dec('0', '0', 54),
    },
    operatingCost: dec('43.26', '-4.02', 57, { reason: '有人员退休' }),
    procurement: { total: f('5.00', 58), goods: f('5.00', 58), general: f('5.00', 58) },
    performance: { amount: f('174.00', 60), allProjects: true },
    assets: { referenceDate: '2023年12月', vehicles: f('1', 62, { unit: '辆' }), vehiclesPurchase: f('0', 62, { unit: '辆' }) },
    glossary: [
      ['财政拨款收入', 68],
      ['其他收入', 70],
      ['基本支出', 72],
      ['项目支出', 74],
      ['“三公”经费', 76],
    ].map(([term, line]) => ({ term: term as string, definition: lines[(line as number) - 1].slice(0, 40) })),
    contact: { person: '王亚', phone: '023-63765282', evidence: { file: SEED_NAME, line: 78, text: lines[77] } },
  };
  return DisclosureSchema.parse(input);
}

/** A structured clone to alter one fact of the seed model. */
export const clone = <T>(x: T): T => structuredClone(x);

/** A budget's 三公 notice with a part on the year before's final accounts (written for the tests). */
export const BUDGET_WITH_LAST_FINAL = [
  '某区文化馆2025年部门预算“三公”经费说明',
  '一、2025年“三公”经费预算安排情况',
  '2025年“三公”经费预算8.50万元，其中：因公出国（境）费0万元，公务接待费2.50万元，公务用车运行维护费6.00万元。',
  '二、2024年“三公”经费决算情况',
  '2024年“三公”经费决算支出7.90万元。',
].join('\n');
