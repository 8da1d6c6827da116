import { defineRule } from '../../engine.ts';
import { scan } from '../../text.ts';

/** Also a blank left in a template line: a measure word right after its noun without the number (“得分 分”, “设备 台(套)”), a threshold of 0. */
const PLACEHOLDER = /X{2,}|Ｘ{2,}|×{2,}|某某|待填写|待补充|请填写|TODO|＊{2,}|\*{3,}|_{4,}|＿{3,}|得分分|设备台[（(]套|单价0万元以上/;

export default defineRule({
  meta: {
    id: 'placeholder-residue',
    severity: 'warning',
    kinds: ['budget', 'final'],
    category: 'text',
    basis: '财预〔2016〕143号 第三、四条（内容真实、完整、准确）',
    docs: '发布文本中不得残留 XX、××、某某、待填写 等占位符，或未填数字的空项（“得分 分”“设备 台(套)”）。',
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
