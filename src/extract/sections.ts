/**
 * Sections, however numbered (第一部分, 一、（一）1.（1）①) and titled (预算 and 决算 variants): each heading's
 * number, title and key, and for every paragraph the chain of sections it sits in.
 */
import type { SectionKey } from '../model/index.ts';
import { HEADING_START, evidenceAt, type Paragraph } from './flow.ts';

export interface FoundSection {
  key: SectionKey;
  title: string;
  number: string;
  level: number;
  paragraph: number;
}

/** Keyword → section key, first match wins: specific before general. */
const KEYS: [RegExp, SectionKey][] = [
  [/名词解释|名称解释|专业性名词|术语解释/, 'glossary'],
  [/联系人|联系方式|联系电话/, 'contact'],
  [/三公/, 'threePublic'],
  [/机关运行经费|运行经费/, 'operatingCost'],
  [/政府采购/, 'procurement'],
  [/绩效/, 'performance'],
  [/国有资产|资产占[有用]|资产情况/, 'assets'],
  [/项目经费|项目支出情况说明|重点项目/, 'projects'],
  [/政府性基金/, 'fund'],
  [/国有资本经营/, 'capital'],
  [/基本支出/, 'basicExpenditure'],
  [/一般公共预算(财政拨款)?支出/, 'generalExpenditure'],
  [/财政拨款|部门预算情况说明$|部门预算情况$/, 'appropriation'],
  [/收入支出|收支|编制说明|总体情况/, 'overview'],
  [/收入/, 'income'],
  [/支出/, 'expenditure'],
  [/职能|职责/, 'functions'],
  [/机构设置|单位构成|机构情况|人员构成|编制/, 'structure'],
  [/概况|基本情况/, 'unitInfo'],
  [/其他(重要事项|相关情况)/, 'otherMatters'],
  [/(预算|决算)表|公开表/, 'tables'],
];

/** How section titles end (as opposed to list items such as “5.编制区级科技项目规划”). */
const SECTION_WORD = /(情况|说明|经费|解释|构成|职能|职责|设置|采购|目标|资产|概况|收入|支出|预算|决算)$/;

function levelOf(number: string): number {
  if (/^第/.test(number)) return 1;
  if (/^[一二三四五六七八九十]/.test(number)) return 2;
  if (/^[（(][一二三四五六七八九十]/.test(number)) return 3;
  if (/^\d/.test(number)) return 4;
  if (/^[（(]\d/.test(number)) return 5;
  return 6;
}

export function sectionKeyOf(title: string): SectionKey | undefined {
  return KEYS.find(([re]) => re.test(title))?.[1];
}

export interface SectionChain {
  sections: FoundSection[];
  /** for each paragraph index, the keys of the sections it is in, innermost first */
  chains: SectionKey[][];
}

export function findSections(paragraphs: Paragraph[]): SectionChain {
  const sections: FoundSection[] = [];
  const chains: SectionKey[][] = [];
  const stack: FoundSection[] = [];
  paragraphs.forEach((p, i) => {
    const m = p.heading ? HEADING_START.exec(p.text) : null;
    if (m) {
      const number = m[1].replace(/\s+/g, '');
      const rest = p.text.slice(m[0].length).trim();
      // The title is the heading text up to its first sentence punctuation: “（一）收入预算：2024年…”.
      const title = rest
        .split(/[：:。，；]/)[0]
        .trim()
        .slice(0, 60);
      const level = levelOf(number);
      const level0 = levelOf(number);
      // “第三部分 2018年度部门预算情况说明” is the whole explanation, not the appropriation section.
      const key = level0 === 1 && /情况说明$/.test(title) ? 'other' : sectionKeyOf(title);
      // Arabic-numbered lines are list items unless short and titled like a section.
      const inside = stack[stack.length - 1];
      const isSection =
        key !== undefined &&
        !/万元/.test(title) &&
        // Numbered entries inside 名词解释 are terms, not sections.
        !(inside?.key === 'glossary' && level > inside.level) &&
        // “1.”-numbered lines are list items unless titled like a section.
        (level <= 3 || (title.length <= 24 && SECTION_WORD.test(title)));
      if (isSection) {
        while (stack.length && stack[stack.length - 1].level >= level) stack.pop();
        const s: FoundSection = { key: key!, title, number, level, paragraph: i };
        sections.push(s);
        stack.push(s);
      }
    } else if (!p.heading && p.text.length <= 30 && !/[。，；]/.test(p.text)) {
      // An unnumbered short line that names a section (上海: “部门主要职能”, “名词解释”, “2024年部门预算编制说明”).
      const key = sectionKeyOf(p.text);
      const isDocumentTitle = /20\d\d\s*年/.test(p.text) && /(预算|决算)(情况说明|公开)?$/.test(p.text.trim());
      if (key && !isDocumentTitle && !/万元|\d{3,}/.test(p.text.replace(/20\d\d/g, ''))) {
        stack.length = 0;
        const s: FoundSection = { key, title: p.text.trim(), number: '', level: 1, paragraph: i };
        sections.push(s);
        stack.push(s);
      }
    }
    chains.push(stack.map((s) => s.key).reverse());
  });
  return { sections, chains };
}

export const sectionEvidence = (p: Paragraph) => evidenceAt(p, 0);
