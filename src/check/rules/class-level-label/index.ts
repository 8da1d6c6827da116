import { defineRule } from '../../engine.ts';
import { FUNCTION_CLASSES, FUNCTION_ITEMS } from '../../reference.ts';
import { scan } from '../../text.ts';

const CLASSES = new Set(Object.values(FUNCTION_CLASSES));
const LABELLED = /([\u4e00-\u9fa5]{2,20})[（(]类[）)]/;

export default defineRule({
  meta: {
    id: 'class-level-label',
    severity: 'warning',
    kinds: ['budget', 'final'],
    category: 'text',
    basis: '预算法 第三十二条（支出功能分类分为类、款、项）',
    docs: '科目层级标注正确：款级科目（如“住房改革支出”）不标作“（类）”。',
  },
  reads: 'text',
  check(ctx) {
    return scan(ctx.docs, LABELLED).flatMap((m) => {
      // the longest 款 name the label ends with (the words before may be a sentence)
      const words = m.match[1];
      const name = [...FUNCTION_ITEMS].filter((n) => words.endsWith(n)).sort((a, b) => b.length - a.length)[0];
      if (!name || [...CLASSES].some((c) => words.endsWith(c))) return [];
      return [
        {
          message: `“${name}”是款级科目，却标作“（类）”`,
          evidence: [m.evidence],
          suggestion: `改为“${name}（款）”`,
        },
      ];
    });
  },
});
