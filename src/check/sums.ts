/** Shared shape of the "total equals its parts" rules. */
import type { Figure } from '../model/index.ts';
import type { Draft } from './engine.ts';
import { evidenceOf } from './model.ts';
import { compareSum, figuresOf, money } from './tolerance.ts';
import { locate } from './text.ts';
import type { SourceDocument } from '../read/document.ts';

export interface Part {
  label: string;
  figure: Figure | undefined;
}

export interface SumOptions {
  /** the parts are the whole partition: a shortfall is as wrong as an excess (default true) */
  complete?: boolean;
  /** severity of a shortfall when the parts may be incomplete (default: not reported) */
  shortfall?: 'warning' | 'info';
  /** compare `figure.budget` instead of `figure.value` (决算: 年初预算 columns) */
  field?: 'value' | 'budget' | 'change';
  path?: string;
  suggestion?: string;
  /** the source texts: the total's evidence is sharpened to the line where its compared value is printed */
  docs?: SourceDocument[];
}

const valueOf = (f: Figure | undefined, field: SumOptions['field']) =>
  !f ? undefined : field === 'budget' ? f.budget : field === 'change' ? f.change : f.value;

/** Check total = Σ parts with honest tolerance; parts that are not stated are left out (at least two needed). */
export function checkSum(totalLabel: string, total: Figure | undefined, parts: Part[], opts: SumOptions = {}): Draft[] {
  const field = opts.field ?? 'value';
  const t = valueOf(total, field);
  const stated = parts.filter((p) => valueOf(p.figure, field) !== undefined);
  // a derived total was computed from figures, not stated: nothing to check against
  if (!total || t === undefined || total.origin === 'derived' || stated.length < 2) return [];
  const c = compareSum(
    t,
    stated.map((p) => valueOf(p.figure, field)!),
  );
  if (c.verdict === 'exact') return [];
  const excess = c.difference.startsWith('-');
  const what = field === 'budget' ? '（年初预算）' : field === 'change' ? '的增减额' : '';
  const sumText = `${stated.map((p) => p.label).join(' + ')} = ${money(c.expected)}万元`;
  const evidence = evidenceOf(total, ...stated.map((p) => p.figure));
  const at = opts.docs && evidence[0] ? locate(opts.docs, evidence[0], t) : undefined;
  if (at && at !== evidence[0]) evidence.unshift(at);
  const base = {
    evidence,
    rests: [total, ...stated.map((p) => p.figure)],
    figures: figuresOf(c),
    path: opts.path,
  };
  if (c.verdict === 'rounding')
    return [
      { ...base, severity: 'info', message: `${totalLabel}${what}${money(t)}万元与各项之和（${sumText}）相差${money(c.difference)}万元，在四舍五入范围内` },
    ];
  const complete = opts.complete ?? true;
  // a change of an unstated part may go either way: with an incomplete partition nothing is certain
  if (!complete && (!excess || field === 'change')) {
    if (!opts.shortfall) return [];
    return [
      {
        ...base,
        severity: opts.shortfall,
        message: `${totalLabel}${what}${money(t)}万元，所列各项之和（${sumText}）相差${money(c.difference)}万元：有未说明的部分`,
        suggestion: '补充说明其余部分，或核对数字',
      },
    ];
  }
  return [
    {
      ...base,
      severity: 'error',
      message: `${totalLabel}${what}${money(t)}万元不等于各项之和（${sumText}），相差${money(c.difference)}万元`,
      suggestion: opts.suggestion ?? '核对合计数与各分项数',
    },
  ];
}
