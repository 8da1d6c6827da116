import { defineRule } from '../../engine.ts';
import { evidenceOf } from '../../model.ts';

const UP = /(增加|增长|上升|提高|增多)[。.]?$/;
const DOWN = /(减少|下降|降低|压减|缩减)[。.]?$/;

export default defineRule({
  meta: {
    id: 'reason-direction',
    severity: 'warning',
    kinds: ['budget', 'final'],
    category: 'consistency',
    basis: '财预〔2016〕143号（增减变化情况说明须真实、准确）',
    docs: '减少的原因不写成“经费增加”，增加的原因不写成“经费减少”。',
  },
  reads: 'model',
  check({ figures }) {
    return figures.flatMap(({ path, label, figure: f }) => {
      const reason = f.reason?.trim();
      if (!reason || !f.direction || f.direction === 'flat') return [];
      const contrary = f.direction === 'decrease' ? UP.test(reason) && !DOWN.test(reason) : DOWN.test(reason) && !UP.test(reason);
      // “经费增加”, not “退休人员增加、公用经费压减”: only a reason that states the money itself moved
      if (!contrary || /人员|人数|人次|次数|面积|项目数/.test(reason)) return [];
      return [
        {
          message: `${label}${f.direction === 'decrease' ? '减少' : '增加'}，原因却写作“${reason}”`,
          evidence: evidenceOf(f),
          path,
          suggestion: '核对增减原因（可能是从其他项目复制而来）',
        },
      ];
    });
  },
});
