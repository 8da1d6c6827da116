/**
 * The MODEL input of `yusuan render`: JSON (what `yusuan parse` prints) or the same in YAML (what
 * `yusuan template` prints, filled in). Empty fields are dropped, numbers written without quotes keep the
 * digits as written, then the model is validated with DisclosureSchema. A problem is one line naming the path.
 */
import { parseDocument, isScalar, isSeq, isPair, visit, type Scalar } from 'yaml';
import { type Disclosure } from '../model/index.ts';
import { DisclosureSchema } from '../model/schemas.ts';

export class ModelError extends Error {}

/** Keys whose value is a Decimal: a YAML number there is taken as the digits written ("174.00" stays). */
const DECIMAL_KEYS = new Set(['value', 'prev', 'change', 'changePercent', 'budget', 'adjustedBudget', 'completionRate', 'share']);

/** Text fields where "" is a value as read (a blank table row name, evidence text), not an empty field. */
const KEEP_EMPTY = new Set(['name', 'text', 'title', 'term', 'definition', 'file']);

/** Remove "", null and empty objects (template fields left empty); a figure without value and change goes. */
function prune(x: unknown): unknown {
  if (Array.isArray(x)) return x.map(prune).filter((v) => v !== undefined);
  if (x && typeof x === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(x)) {
      const p = KEEP_EMPTY.has(k) && v === '' ? v : prune(v);
      if (p !== undefined) out[k] = p;
    }
    if (!Object.keys(out).length) return undefined;
    const looksLikeFigure = ['prev', 'reason', 'uses', 'budget'].some((k) => k in (x as object)) && 'value' in (x as object);
    if (looksLikeFigure && out.value === undefined && out.change === undefined) return undefined;
    return out;
  }
  if (x === '' || x === null || x === undefined) return undefined;
  return x;
}

function parseText(text: string): unknown {
  const t = text.replace(/^\ufeff/, '');
  if (/^\s*[{[]/.test(t)) {
    try {
      return JSON.parse(t);
    } catch (e) {
      throw new ModelError(`not valid JSON: ${(e as Error).message}`);
    }
  }
  const doc = parseDocument(t, { prettyErrors: false });
  if (doc.errors.length) throw new ModelError(`not valid YAML: ${doc.errors[0].message.split('\n')[0]}`);
  visit(doc, {
    Pair(_, pair) {
      if (!isPair(pair) || !isScalar(pair.key)) return;
      const key = String((pair.key as Scalar).value);
      const fix = (s: Scalar) => {
        if (typeof s.value === 'number') s.value = (s.source ?? String(s.value)).trim();
      };
      if (DECIMAL_KEYS.has(key) && isScalar(pair.value)) fix(pair.value as Scalar);
      if (key === 'values' && isSeq(pair.value)) for (const it of pair.value.items) if (isScalar(it)) fix(it as Scalar);
    },
  });
  try {
    // the yaml library refuses alias bombs (a billion laughs) itself: said as what it is
    return doc.toJS({ maxAliasCount: 1000 });
  } catch (e) {
    throw new ModelError(`not a usable YAML model: ${((e as Error).message ?? '').split('\n')[0]}`);
  }
}

/** No field of a model is anywhere near these; a larger one is refused before it reaches a writer. */
const MAX_DEPTH = 32;
const MAX_NAME = 500;
const MAX_TEXT = 20_000;
/** printed in headers and titles, where a browser lays the whole string out on one line */
const NAMES = new Set(['identity.unit', 'identity.title', 'identity.region']);

/** Refuse a model nested deeper than any real one or with a string far longer (a 10 MB unit name). */
function checkBounds(x: unknown, path: string[] = []): void {
  if (path.length > MAX_DEPTH) throw new ModelError(`nested more than ${MAX_DEPTH} levels deep at ${path.slice(0, 6).join('.')}…: not a disclosure model`);
  if (typeof x === 'string') {
    const max = NAMES.has(path.join('.')) ? MAX_NAME : MAX_TEXT;
    if (x.length > max) throw new ModelError(`${path.join('.') || 'the model'} is ${x.length} characters long (at most ${max}): refused`);
  } else if (Array.isArray(x)) x.forEach((v, i) => checkBounds(v, [...path, String(i)]));
  else if (x && typeof x === 'object') for (const [k, v] of Object.entries(x)) checkBounds(v, [...path, k]);
}

/** Text of a model file → a valid Disclosure, or a ModelError naming the first problem and its path. */
export function parseModel(text: string): Disclosure {
  const parsed = parseText(text);
  checkBounds(parsed);
  const raw = Array.isArray(parsed) && parsed.length === 1 ? parsed[0] : parsed;
  if (Array.isArray(raw)) throw new ModelError(raw.length ? 'holds several models; render one at a time' : 'empty model');
  // a model as `yusuan parse` prints it is taken as it is; a filled-in template loses its empty fields first
  const asIs = DisclosureSchema.safeParse(raw);
  if (asIs.success) return asIs.data;
  // `statements` are the extractor's record of every amount sentence, for the checks; nothing is written from
  // them, so a model whose only problems are there is written without them
  if (asIs.error.issues.every((i) => i.path[0] === 'statements') && raw && typeof raw === 'object') {
    const without = DisclosureSchema.safeParse({ ...(raw as object), statements: [] });
    if (without.success) return without.data;
  }
  const one = prune(raw);
  if (one === undefined) throw new ModelError('empty model');
  const r = DisclosureSchema.safeParse(one);
  if (!r.success) {
    const issue = r.error.issues[0];
    const where = issue.path.length ? issue.path.join('.') : '(top level)';
    throw new ModelError(`invalid model at ${where}: ${issue.message}`);
  }
  return r.data;
}
