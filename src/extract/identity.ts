import type { SourceDocument } from '../read/document.ts';
import { normalizeForMatch } from '../read/normalize.ts';
import type { Disclosure } from '../model/index.ts';

type Identity = Disclosure['identity'];

/** Kind, year and unit from the first lines of the first document (title, cover). */
export function extractIdentity(docs: SourceDocument[]): Identity {
  const head = docs.flatMap((d) => d.lines.slice(0, 60).map((l) => ({ ...l, norm: normalizeForMatch(l.text).trim() })));
  const text = head.map((l) => l.norm).join('\n');
  const kind = /决算/.test(text.slice(0, 400)) && !/预算情况说明/.test(text.slice(0, 400)) ? 'final' : 'budget';
  const year = Number(/(20\d\d)\s*年/.exec(text)?.[1] ?? new Date().getFullYear());
  const unit = head.find((l) => l.norm && !/\d{4}|目\s*录/.test(l.norm))?.norm ?? '';
  return { kind, year, unit, evidence: [] };
}
