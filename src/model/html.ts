/**
 * The one HTML escaper (text and attribute values alike): the portal's template helper (serve/html.ts), the written
 * HTML disclosure (write/html.ts) and the checker's HTML report (check/formatters.ts) all use it.
 */
const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' };

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"'`]/g, (c) => ESC[c]);
}
