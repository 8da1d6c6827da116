/** Is a part of the disclosure there? The model says so, or failing that the text names it (no false alarms). */
import type { SectionKey } from '../model/index.ts';
import type { RuleContext } from './engine.ts';
import { compactOf } from './text.ts';

export function textMentions(ctx: RuleContext, re: RegExp): boolean {
  return ctx.docs.some((d) => re.test(compactOf(d).text));
}

export function hasSection(ctx: RuleContext, ...keys: SectionKey[]): boolean {
  return ctx.disclosure.sections.some((s) => keys.includes(s.key));
}
