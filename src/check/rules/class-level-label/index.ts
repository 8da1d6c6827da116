import { defineRule } from '../../engine.ts';
import { FUNCTION_CLASSES, FUNCTION_ITEMS } from '../../reference.ts';
import { compactOf, scan } from '../../text.ts';

const CLASSES = new Set(Object.values(FUNCTION_CLASSES));
// longest names first: the whole 款 name the label follows
const ITEMS = [...FUNCTION_ITEMS].sort((a, b) => b.length - a.length);
/** a “（类）” label (the words before it are looked at in the compact text) */
const LABELLED = /[（(]类[）)]/;

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
      const words = compactOf(m.doc).text.slice(Math.max(0, m.match.index - 20), m.match.index);
      const name = ITEMS.find((n) => words.endsWith(n));
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
