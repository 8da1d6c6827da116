/**
 * The rule engine: a rule declares what it is (meta) and looks at a disclosure (check); the engine runs every rule
 * that applies to the disclosure's kind, stamps the findings with the rule id and severity, removes duplicates and
 * sorts them. It never special-cases a rule.
 */
import type { Disclosure, Evidence, Figure, Finding, Kind, RuleMeta, Severity } from '../model/index.ts';
import type { SourceDocument } from '../read/document.ts';
import { distinctFigures, type Located } from './model.ts';
import { withWholeWan } from './tolerance.ts';
import { withTableSums } from './table-sums.ts';
import { doubtOf, figuresByEvidence, kindDoubt, withDoubt } from './confidence.ts';
import { compactOf } from './text.ts';

/** What a rule reports; the engine adds the rule id and (unless given) the rule's severity. */
export interface Draft {
  severity?: Severity;
  message: string;
  evidence?: Evidence[];
  figures?: Finding['figures'];
  suggestion?: string;
  path?: string;
  /**
   * The figures the finding rests on, besides those whose evidence it cites (the engine finds those itself): an
   * error stands only when every one was read with certainty (Figure.reading), else it becomes a warning.
   */
  rests?: (Figure | undefined)[];
  /** the rule's own doubt about the reading it rests on (two statements that may not be one figure): as above */
  doubt?: string;
}

export interface RuleContext {
  disclosure: Disclosure;
  /** the source documents the disclosure was read from (empty when checking a model) */
  docs: SourceDocument[];
  kind: Kind;
  year: number;
  /** pages that could not be read: facts missing from them are not reported as missing */
  unreadablePages: number;
  /** every stated figure of the model, once (computed on first use, shared by the rules of one run) */
  readonly figures: Located[];
  /** every figure by the evidence objects it carries (for the reading confidence of findings) */
  readonly byEvidence: ReturnType<typeof figuresByEvidence>;
  /** why the text casts doubt on the kind read (预算/决算), if it does */
  readonly kindDoubt: string | undefined;
}

export interface Rule {
  meta: RuleMeta;
  /** `text` rules need the source documents; `model` rules read the disclosure only */
  reads: 'model' | 'text';
  check(ctx: RuleContext): Draft[];
}

export const defineRule = (rule: Rule): Rule => rule;

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function position(f: Finding): [string, number] {
  const e = f.evidence[0];
  return [e?.file ?? '', e?.line ?? e?.page ?? 0];
}

/** Strings in code-point order: the same on every machine, and no ICU collator to build (10 ms at every start). */
const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Findings in reading order: by file, then line (or page), then severity, then rule. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => {
    const [fa, la] = position(a);
    const [fb, lb] = position(b);
    return (
      byCodePoint(fa, fb) ||
      la - lb ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      byCodePoint(a.rule, b.rule) ||
      byCodePoint(a.message, b.message)
    );
  });
}

export function contextOf(disclosure: Disclosure, docs: SourceDocument[]): RuleContext {
  const pages = new Set<number>();
  for (const d of docs) for (const p of d.unreadablePages ?? []) pages.add(p);
  for (const s of disclosure.sources) for (const p of s.unreadablePages ?? []) pages.add(p);
  let figures: Located[] | undefined;
  let byEvidence: ReturnType<typeof figuresByEvidence> | undefined;
  let doubt: [string | undefined] | undefined;
  return {
    disclosure,
    docs,
    kind: disclosure.identity.kind,
    year: disclosure.identity.year,
    unreadablePages: pages.size,
    get figures() {
      return (figures ??= distinctFigures(disclosure));
    },
    get byEvidence() {
      return (byEvidence ??= figuresByEvidence(disclosure));
    },
    get kindDoubt() {
      // a model without its texts (docs empty) is taken at its word
      return (doubt ??= [
        docs.length
          ? kindDoubt(
              disclosure.identity.kind,
              docs.map((d) => compactOf(d).text),
            )
          : undefined,
      ])[0];
    },
  };
}

const NO_FIGURES: Finding['figures'] = { expected: null, actual: null, difference: null, tolerance: null };

export function runRules(rules: Rule[], disclosure: Disclosure, docs: SourceDocument[]): Finding[] {
  const ctx = contextOf(disclosure, docs);
  return withWholeWan(wholeWanValues(ctx), () => withTableSums(() => run(rules, ctx)));
}

/** The amounts stated in whole 万元 (Figure.wholeWan): the tolerance reads them to ± 0.5 万元. */
function wholeWanValues(ctx: RuleContext): Set<string> {
  const out = new Set<string>();
  for (const { figure: f } of ctx.figures) {
    if (!f.wholeWan) continue;
    for (const v of [f.value, f.prev, f.change, f.budget]) if (v !== undefined && !v.includes('.')) out.add(v.replace(/^-/, ''));
  }
  for (const v of [...out]) out.add(`-${v}`);
  return out;
}

function run(rules: Rule[], ctx: RuleContext): Finding[] {
  const { docs } = ctx;
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const rule of rules) {
    if (!rule.meta.kinds.includes(ctx.kind)) continue;
    // a model without its text (no documents, no sections: figures only) cannot be judged on what the text says
    if (rule.reads === 'text' && docs.length === 0 && ctx.disclosure.sections.length === 0) continue;
    for (const d of rule.check(ctx)) {
      const severity = d.severity ?? rule.meta.severity;
      const doubt = severity === 'error' ? doubtOfDraft(d, rule, ctx) : undefined;
      const f: Finding = {
        rule: rule.meta.id,
        severity: doubt ? 'warning' : severity,
        message: doubt ? withDoubt(d.message, doubt) : d.message,
        evidence: d.evidence ?? [],
        figures: d.figures ?? NO_FIGURES,
        ...(d.suggestion ? { suggestion: d.suggestion } : {}),
        ...(d.path ? { path: d.path } : {}),
      };
      const [file, at] = position(f);
      const key = `${f.rule}\u0000${file}\u0000${at}\u0000${f.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(f);
    }
  }
  return sortFindings(out);
}

/** Why an error draft must be checked by hand (a figure or the document kind read without certainty), if it must. */
function doubtOfDraft(d: Draft, rule: Rule, ctx: RuleContext): string | undefined {
  const figures: { figure: Figure; label: string }[] = [];
  for (const figure of d.rests ?? []) {
    if (!figure) continue;
    const e = figure.evidence[0];
    figures.push({ figure, label: (e && ctx.byEvidence.get(e)?.label) ?? '所依据的数字' });
  }
  for (const e of d.evidence ?? []) {
    const hit = ctx.byEvidence.get(e);
    if (hit) figures.push(hit);
  }
  // which numbers are the year's figures depends on the kind read: a finding on figures assumes it, as does a rule for one kind
  const assumesKind = rule.meta.kinds.length === 1 || figures.length > 0;
  // a model checked without its texts (written by hand, by the writer) is taken at its word
  const read = ctx.docs.length > 0;
  const seen = doubtOf({ figures, assumesKind, kindDoubt: assumesKind ? ctx.kindDoubt : undefined, read }, ctx.disclosure);
  return [d.doubt, seen].filter(Boolean).join('；') || undefined;
}
