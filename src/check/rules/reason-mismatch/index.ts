import { defineRule } from '../../engine.ts';
import type { ClassifiedFigure } from '../../../model/index.ts';
import { evidenceOf, generalItems } from '../../model.ts';

const MIN = 4; // a name shorter than this (行政运行 aside) is too common a word to tell items apart

/** The name of a 项 as the text gives it, without its level mark. */
const nameOf = (c: ClassifiedFigure) => c.name.replace(/[（(][类款项][）)]/g, '').trim();

export default defineRule({
  meta: {
    id: 'reason-mismatch',
    severity: 'warning',
    kinds: ['budget', 'final'],
    category: 'consistency',
    basis: '财预〔2016〕143号（增减变化情况说明须真实、准确）；实践：GovBudgetChecker R005（科目用途错配）',
    docs: '项级支出的原因和用途说的是本项，而不是照抄另一个项（如职业年金的原因写成“事业单位离退休经费增加”）。',
  },
  reads: 'model',
  check({ disclosure }) {
    const items = generalItems(disclosure).filter((c) => nameOf(c).length >= MIN);
    const names = [...new Set(items.map(nameOf))];
    return items.flatMap((c) => {
      const own = nameOf(c);
      return (['reason', 'uses'] as const).flatMap((field) => {
        const text = c.figure[field];
        if (!text || text.includes(own)) return [];
        // the other item is what the text is about: it opens the text, or its money (经费/支出) is what moved
        const about = (n: string) => text.startsWith(n) || text.includes(`${n}经费`) || text.includes(`${n}支出`);
        const other = names.find((n) => n !== own && !own.includes(n) && !n.includes(own) && about(n));
        if (!other) return [];
        return [
          {
            message: `“${own}”的${field === 'reason' ? '增减原因' : '用途'}写的是另一项“${other}”：“${text.slice(0, 40)}”`,
            evidence: evidenceOf(c.figure),
            path: `appropriation.general.byFunction`,
            suggestion: `按“${own}”的实际情况说明`,
          },
        ];
      });
    });
  },
});
