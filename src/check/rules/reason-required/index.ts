import { defineRule } from '../../engine.ts';
import { sign, type Disclosure, type Figure } from '../../../model/index.ts';
import { evidenceOf, figureAt, labelOf } from '../../model.ts';
import type { RuleContext } from '../../engine.ts';

/** Items whose change must be explained, with the parts whose reasons may explain it instead. */
const REQUIRED: [string, string[]][] = [
  ['income.total', ['income.general', 'income.fund', 'income.capital', 'income.business', 'income.other']],
  ['expenditure.total', ['expenditure.basic', 'expenditure.project']],
  ['appropriation.general.expenditure', ['appropriation.general.basic', 'appropriation.general.project']],
  ['appropriation.general.basic', []],
  ['appropriation.general.project', []],
  ['threePublic.total', ['threePublic.abroad', 'threePublic.vehicle', 'threePublic.vehiclePurchase', 'threePublic.vehicleOperation', 'threePublic.reception']],
  ['threePublic.abroad', []],
  ['threePublic.vehicle', ['threePublic.vehiclePurchase', 'threePublic.vehicleOperation']],
  ['threePublic.vehiclePurchase', []],
  ['threePublic.vehicleOperation', []],
  ['threePublic.reception', []],
  ['operatingCost', []],
];

const changed = (f: Figure | undefined) => f?.change !== undefined && sign(f.change) !== 0;
const explained = (f: Figure | undefined) => !!f?.reason?.trim();

function explainedByParts(d: Disclosure, parts: string[]): boolean {
  return parts.some((p) => explained(figureAt(d, p)));
}

export default defineRule({
  meta: {
    id: 'reason-required',
    severity: 'warning',
    kinds: ['budget', 'final'],
    category: 'year-over-year',
    basis: '预算法 第十四条第二款；财预〔2016〕143号（说明预算收支增减变化情况）',
    docs: '收支总额、财政拨款、基本/项目支出、“三公”各项和机关运行经费有增减时须说明原因（由分项原因说明的除外）。',
  },
  // reasons and sections are read from the text: a figures-only model has none to judge
  reads: 'text',
  check(ctx) {
    const d = ctx.disclosure;
    return REQUIRED.flatMap(([path, parts]) => {
      const f = figureAt(d, path);
      if (!changed(f) || explained(f) || explainedByParts(d, parts) || reasonNearby(ctx, f!)) return [];
      return [
        {
          message: `${labelOf(path)}比上年${f!.change!.startsWith('-') ? '减少' : '增加'}${f!.change!.replace(/^-/, '')}万元，未说明原因`,
          evidence: evidenceOf(f),
          path,
          suggestion: '补充增减变化的主要原因',
        },
      ];
    });
  },
});

/** A reason the model did not attach (“财政拨款收入支出增加的主要原因是…” on its own line of the paragraph) counts. */
function reasonNearby(ctx: RuleContext, f: Figure): boolean {
  const e = f.evidence[0];
  if (e?.line === undefined) return false;
  const doc = ctx.docs.find((d) => d.file === e.file) ?? (ctx.docs.length === 1 ? ctx.docs[0] : undefined);
  if (!doc) return false;
  const start = doc.lines.findIndex((l) => l.no === e.line);
  for (let i = start; i >= 0 && i < doc.lines.length && i <= start + 4; i++) {
    const t = doc.lines[i].text.trim();
    if (i > start && (!t || /^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.、．])/.test(t))) break; // the paragraph ends
    if (/原因|由于|因为/.test(t)) return true;
  }
  return false;
}
