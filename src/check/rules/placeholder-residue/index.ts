import { defineRule } from '../../engine.ts';
import { scan } from '../../text.ts';

const PLACEHOLDER = /X{2,}|Ｘ{2,}|×{2,}|某某|待填写|待补充|请填写|TODO|＊{2,}|\*{3,}|_{4,}|＿{3,}/;

export default defineRule({
  meta: {
    id: 'placeholder-residue',
    severity: 'warning',
    kinds: ['budget', 'final'],
    category: 'text',
    basis: '财预〔2016〕143号 第三、四条（内容真实、完整、准确）',
    docs: '发布文本中不得残留 XX、××、某某、待填写 等占位符。',
  },
  reads: 'text',
  check(ctx) {
    return scan(ctx.docs, PLACEHOLDER).map((m) => ({
      message: `发布文本中残留占位符“${m.match[0]}”`,
      evidence: [m.evidence],
      suggestion: '用实际内容替换占位符',
    }));
  },
});
