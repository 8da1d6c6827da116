/**
 * The rules catalogue for the portal's rule pages and finding labels, from src/check (loaded lazily like the
 * writer: without it the portal still shows stored findings, under their ids).
 */
import type { RuleMeta } from '../model/index.ts';

export interface RuleInfo extends RuleMeta {
  /** the rule judges what the text says: it does not run on a model imported without its text */
  needsText: boolean;
}

let loaded: Promise<RuleInfo[]> | undefined;

export function loadRules(): Promise<RuleInfo[]> {
  loaded ??= import(new URL('../check/index.ts', import.meta.url).href).then(
    (m) => ((m.RULES ?? []) as { meta: RuleMeta; reads: string }[]).map((r) => ({ ...r.meta, needsText: r.reads === 'text' })),
    () => [],
  );
  return loaded;
}
