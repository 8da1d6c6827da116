/**
 * A disclosure's identity in the portal: unit × year × kind × scope. A 单位预算 (scope unit: the unit's own
 * budget) and the same unit's 部门预算 (scope department: with its subordinate units) are two disclosures, not
 * two versions of one. URLs name kind and scope in one segment (`budget`, `unit-budget`, `aggregate-final` …) so
 * that the department disclosures keep their short, stable addresses.
 */
import type { Disclosure } from '../model/index.ts';

export type Kind = 'budget' | 'final';
export type Scope = 'department' | 'unit' | 'aggregate';

export const SCOPES: Scope[] = ['department', 'unit', 'aggregate'];
const KIND_WORD: Record<Kind, string> = { budget: '预算', final: '决算' };
const SCOPE_WORD: Record<Scope, string> = { department: '部门', unit: '单位', aggregate: '汇总' };

export const scopeOf = (d: Disclosure): Scope => d.identity.scope ?? 'department';

/** The URL segment of kind × scope: `budget`, `final`, `unit-budget`, `aggregate-final` … */
export const kindKey = (kind: string, scope: string = 'department') => (scope === 'department' ? kind : `${scope}-${kind}`);

/** `unit-budget` → {kind: budget, scope: unit}; null for anything else. */
export function parseKindKey(s: string): { kind: Kind; scope: Scope } | null {
  const m = /^(?:(unit|aggregate)-)?(budget|final)$/.exec(s);
  return m ? { kind: m[2] as Kind, scope: (m[1] ?? 'department') as Scope } : null;
}

/** 部门预算, 单位决算, 汇总预算 … */
export const kindName = (kind: string, scope: string = 'department') => `${SCOPE_WORD[scope as Scope] ?? '部门'}${KIND_WORD[kind as Kind] ?? ''}`;
