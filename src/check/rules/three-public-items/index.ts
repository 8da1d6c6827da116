import { defineRule } from '../../engine.ts';
import { evidenceOf } from '../../model.ts';
import { textMentions } from '../../presence.ts';

const ITEMS = [
  { key: 'abroad', name: '因公出国（境）费', words: /出国[（(]境[）)][^。；]{0,10}\d/ },
  { key: 'reception', name: '公务接待费', words: /公务接待[^。；]{0,10}\d/ },
  { key: 'vehiclePurchase', name: '公务用车购置费', words: /购置(费|经费|支出)[^。；]{0,10}\d/ },
  { key: 'vehicleOperation', name: '公务用车运行维护费', words: /运行(维护|维修)?(费|经费)[^。；]{0,10}\d|运维费[^。；]{0,10}\d/ },
] as const;

export default defineRule({
  meta: {
    id: 'three-public-items',
    severity: 'warning',
    kinds: ['budget', 'final'],
    category: 'completeness',
    basis: '财预〔2016〕143号（“三公”经费分项公开，公务用车购置及运行费细化为购置费和运行费）',
    docs: '“三公”经费说明列出全部四项（因公出国（境）费、公务接待费、公务用车购置费、公务用车运行维护费），为0的也列出。',
  },
  reads: 'model',
  check(ctx) {
    const t = ctx.disclosure.threePublic;
    if (ctx.unreadablePages > 0 || t.statedNone || !t.total) return [];
    return ITEMS.filter((i) => !t[i.key] && !textMentions(ctx, i.words)).map((i) => ({
      message: `“三公”经费说明缺少“${i.name}”`,
      evidence: evidenceOf(t.total),
      path: `threePublic.${i.key}`,
      suggestion: `列出${i.name}（为0的写“0万元”）`,
    }));
  },
});
