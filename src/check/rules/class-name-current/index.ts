import { defineRule } from '../../engine.ts';
import { RENAMED_CLASSES } from '../../reference.ts';
import { scan } from '../../text.ts';

const OLD = new RegExp(Object.keys(RENAMED_CLASSES).join('|'));

export default defineRule({
  meta: {
    id: 'class-name-current',
    severity: 'warning',
    kinds: ['budget', 'final'],
    category: 'text',
    basis: '预算法 第三十二条（按政府收支分类科目编制）；当年《政府收支分类科目》',
    docs: '功能分类科目使用当年的名称（如2019年起“卫生健康支出”，不再用“医疗卫生与计划生育支出”）。',
  },
  reads: 'text',
  check(ctx) {
    return scan(ctx.docs, OLD).flatMap((m) => {
      const [code, name, last] = RENAMED_CLASSES[m.match[0]];
      if (ctx.year <= last) return [];
      return [
        {
          message: `${ctx.year}年使用旧科目名称“${m.match[0]}”，${code}类现为“${name}”`,
          evidence: [m.evidence],
          suggestion: `改为“${name}”`,
        },
      ];
    });
  },
});
