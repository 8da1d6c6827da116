import { defineRule } from '../../engine.ts';
import { scan } from '../../text.ts';

/** Template instructions and either-or wordings that the template asks the author to resolve. */
const PATTERNS: { re: RegExp; what: string }[] = [
  { re: /（纳入向社会公开范围的[^）]{0,20}必须填写[！!]?）/, what: '模板填写说明' },
  { re: /（以下为[^）]{0,30}(名词解释|说明)[^）]{0,40}）/, what: '模板填写说明' },
  { re: /（按[“"]?部门(预算|决算)公开\d+表/, what: '模板填写说明' },
  { re: /[（(](如持平作持平表述|不涉及的不列|不涉及的可删除|请根据实际情况填写|根据实际情况填写)[）)]/, what: '模板填写说明' },
  { re: /(增加|增长|上升|减少|下降|降低)[（(](增加|增长|上升|减少|下降|降低)[）)]/, what: '模板中的二选一措辞' },
  // “开展内容包括：具体出国开支及开展工作情况等。”: what to write, left in place of it
  { re: /包括[:：]具体[^。，,；]{2,24}(情况|内容)等[。.]/, what: '模板填写说明' },
];

export default defineRule({
  meta: {
    id: 'template-residue',
    severity: 'warning',
    kinds: ['budget', 'final'],
    category: 'text',
    basis: '财预〔2016〕143号 第四条（内容准确、形式规范）',
    docs: '发布文本中不得残留模板的填写说明或“增加（减少）”之类的二选一措辞。',
  },
  reads: 'text',
  check(ctx) {
    return PATTERNS.flatMap(({ re, what }) =>
      scan(ctx.docs, re)
        .filter((m) => what !== '模板中的二选一措辞' || isAlternative(m.match))
        .map((m) => ({
          message: `发布文本中残留${what}“${m.match[0]}”`,
          evidence: [m.evidence],
          suggestion: what === '模板中的二选一措辞' ? '按实际增减只保留一个词' : '删除模板说明文字',
        })),
    );
  },
});

const UP = /增加|增长|上升/;
/** “增加（减少）” offers two opposite words; “增加（增长）” is not an alternative. */
function isAlternative(m: RegExpExecArray): boolean {
  return UP.test(m[1]) !== UP.test(m[2]);
}
