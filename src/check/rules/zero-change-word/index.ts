import { defineRule, type Draft } from '../../engine.ts';
import { sign } from '../../../model/index.ts';
import { evidenceOf } from '../../model.ts';
import { scan } from '../../text.ts';

const WORD = { increase: '增加', decrease: '减少' } as const;

/**
 * A direction word followed by a zero change (“增加0万元”, “减少0万元，下降0%”): the template's wording kept for an
 * item that did not change. Looked for in the text too, so that it is seen whatever the comparison's wording (“与
 * 2020年度预算相比”) and whether or not the figure was read; a zero followed by a digit (“增加0.5万元”) is no zero.
 */
const ZERO_CHANGE = /(增加|减少|增长|下降|上升|降低)了?(0(?:\.0+)?)(?![\d.])(万元|万|元|个百分点|%)/;

export default defineRule({
  meta: {
    id: 'zero-change-word',
    severity: 'warning',
    kinds: ['budget', 'final'],
    category: 'text',
    basis: '财预〔2016〕143号 第四条（内容准确、形式规范）；增减变化情况说明',
    docs: '增减额或增减幅度为0时写“持平”或“无变化”，不写“增加0万元”“下降0%”之类模板措辞（更不应再写“下降的原因”）。',
  },
  // the figures read with a zero change (a model without text has them too), then the text's other such wordings
  reads: 'model',
  check({ docs, figures }) {
    const lines = new Set<string>();
    const at = (e: { file?: string; line?: number; page?: number }) => `${e.file}:${e.line ?? e.page}`;
    const zero = figures.filter(({ figure: f }) => f.direction && f.direction !== 'flat' && f.unit !== '%' && f.change !== undefined && sign(f.change) === 0);
    // a sentence as read (statements[…]) is reported only where no figure of the model says the same on its line
    const inModel = new Set(zero.filter((z) => !z.path.startsWith('statements[')).map(({ figure: f }) => `${at(evidenceOf(f)[0] ?? {})} ${f.directionWord}`));
    const read = zero.flatMap(({ path, label, figure: f }): Draft[] => {
      const evidence = evidenceOf(f);
      if (path.startsWith('statements[') && inModel.has(`${at(evidence[0] ?? {})} ${f.directionWord}`)) return [];
      if (evidence[0]) lines.add(at(evidence[0]));
      return [
        {
          message: `${label}的增减额为0，却写作“${f.directionWord ?? WORD[f.direction === 'decrease' ? 'decrease' : 'increase']}”`,
          evidence,
          path,
          suggestion: '增减为0时写“持平”，并删去随之的增减原因',
        },
      ];
    });
    // a line whose zero change was read is reported above; another such wording once a line
    const written = scan(docs, ZERO_CHANGE)
      .filter((m) => !lines.has(at(m.evidence)) && !!lines.add(at(m.evidence)))
      .map((m) => ({
        message: `增减为0却写作“${m.match[0]}”`,
        evidence: [m.evidence],
        suggestion: '增减为0时写“持平”，并删去随之的增减原因',
      }));
    return [...read, ...written];
  },
});
