/**
 * The escaping template helper: every interpolated value is HTML-escaped unless it is already `Html` (the output of
 * `html` or an explicit `raw`). Arrays are joined; null, undefined and false render as nothing. Text from documents
 * therefore always shows as text: `<script>` or `onerror=` in a disclosure cannot become markup.
 */
import { escapeHtml } from '../model/html.ts';

export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** The one escaper (model/html.ts), under the name the portal used. */
export { escapeHtml as escape };

export type Value = Html | string | number | boolean | null | undefined | Value[];

function render(v: Value): string {
  if (v === null || v === undefined || v === false || v === true) return '';
  if (v instanceof Html) return v.value;
  if (Array.isArray(v)) return v.map(render).join('');
  return escapeHtml(String(v));
}

export function html(strings: TemplateStringsArray, ...values: Value[]): Html {
  let out = strings[0];
  for (let i = 0; i < values.length; i++) out += render(values[i]) + strings[i + 1];
  return new Html(out);
}

/** Markup that is trusted as it is (our own SVG charts, constant strings). Never pass document text. */
export const raw = (s: string) => new Html(s);

/** Text with the given [start, end) ranges wrapped in <mark>, all of it escaped. */
export function highlight(text: string, marks: [number, number][]): Html {
  let out = '';
  let at = 0;
  for (const [a, b] of marks) {
    if (a < at) continue;
    out += escapeHtml(text.slice(at, a)) + '<mark>' + escapeHtml(text.slice(a, b)) + '</mark>';
    at = b;
  }
  return new Html(out + escapeHtml(text.slice(at)));
}

/** A URL with query parameters (undefined and '' are left out), escaped when interpolated. */
export function url(path: string, params: Record<string, string | number | undefined | null | (string | number)[]> = {}): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (Array.isArray(v)) for (const x of v) q.append(k, String(x));
    else if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  }
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}
