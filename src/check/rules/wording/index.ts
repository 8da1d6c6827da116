import { defineRule } from '../../engine.ts';
import { scan } from '../../text.ts';

/** Garbled or doubled wording that a proofreading pass would catch. */
const SLIPS: { re: RegExp; fix: string }[] = [
  { re: /与上年相未/, fix: '与上年相比' },
  { re: /(增加|减少|增长|下降|持平)\1/, fix: '删去重复的词' },
  { re: /比上年比/, fix: '比上年' },
  { re: /万元万元/, fix: '万元' },
  { re: /(?<!因)公出国/, fix: '因公出国' },
  { re: /决支出/, fix: '决算支出' },
  { re: /推进公务改革/, fix: '公车改革（公务用车制度改革）' },
  { re: /与(上年|去年)(决算数|预算数|同期)?(下降|增长|增加|减少)\d/, fix: '比上年…（或“与上年相比…”）' },
  { re: /“[^”"“。，]{1,10}"/, fix: '引号成对使用“”' },
];

export default defineRule({
  meta: {
    id: 'wording',
    severity: 'warning',
    kinds: ['budget', 'final'],
    category: 'text',
    basis: '财预〔2016〕143号 第四条（内容准确、形式规范）；实践：GovBudgetChecker R003（重复词）',
    docs: '文中没有“与上年相未”“增加增加”“公出国”“决支出”“与上年下降”、不成对的引号之类的笔误和重复词。',
  },
  reads: 'text',
  check(ctx) {
    return SLIPS.flatMap(({ re, fix }) =>
      scan(ctx.docs, re).map((m) => ({
        message: `笔误：“${m.match[0]}”`,
        evidence: [m.evidence],
        suggestion: fix,
      })),
    );
  },
});
