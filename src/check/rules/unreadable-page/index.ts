import { defineRule } from '../../engine.ts';

export default defineRule({
  meta: {
    id: 'unreadable-page',
    severity: 'warning',
    kinds: ['budget', 'final'],
    category: 'completeness',
    basis: '财预〔2016〕143号 第四条（公开形式规范、可读）',
    docs: '无法读取的页面逐页报告一次；其上的数字不再作为“缺失”报告。',
  },
  reads: 'model',
  check(ctx) {
    const out = [];
    const seen = new Set<string>();
    const sources = [
      ...ctx.docs.map((d) => ({ file: d.file, pages: d.unreadablePages ?? [] })),
      ...ctx.disclosure.sources.map((s) => ({ file: s.file, pages: s.unreadablePages ?? [] })),
    ];
    for (const s of sources)
      for (const page of s.pages) {
        const k = `${s.file}:${page}`;
        if (seen.has(k)) continue;
        seen.add(k);
        out.push({
          message: `第${page}页无法读取`,
          evidence: [{ file: s.file, page, text: '' }],
          suggestion: '提供可复制文字的版本，或检查该页的扫描质量',
        });
      }
    return out;
  },
});
