/**
 * Markdown: one line per paragraph, ATX headings, GFM tables with flat "/"-joined headers. Diff-friendly:
 * nothing depends on line width, and a changed figure changes one line.
 */
import type { WrittenDoc, WrittenTable } from './doc.ts';
import { cellText } from './cells.ts';

const num = (v: string | null) => (v === null ? '' : cellText(v));

/** Raw HTML in a document's text stays text: a Markdown viewer would otherwise render <script> or <img onerror>. */
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const cell = (s: string) => esc(s).replace(/\|/g, '\\|');

export function tableMarkdown(t: WrittenTable): string[] {
  const head: string[] = [];
  const rows: string[][] = [];
  if (t.twoSided) {
    const ts = t.twoSided;
    head.push(...t.labels.map((l) => `${ts.left}/${l}`), ...t.columns.map((c) => `${ts.left}/${c}`));
    head.push(...ts.rightLabels.map((l) => `${ts.right}/${l}`), ...ts.rightColumns.map((c) => `${ts.right}/${c}`));
    for (const r of t.rows) rows.push([r.name, ...r.values.map(num), r.right?.name ?? '', ...(r.right?.values ?? ts.rightColumns.map(() => null)).map(num)]);
  } else {
    head.push(...t.labels, ...t.columns);
    for (const r of t.rows) {
      const label = t.labels.length === 2 ? [r.code ?? '', r.name] : t.labels.length === 1 ? [r.name] : [];
      rows.push([...label, ...r.values.map(num)]);
    }
  }
  const numeric = head.map((_, i) => rows.some((r) => /^-?\d/.test(r[i] ?? '')) && !(t.labels.length === 2 && i === 0));
  const out = [`| ${head.map(cell).join(' | ')} |`, `| ${numeric.map((n) => (n ? '---:' : '---')).join(' | ')} |`];
  for (const r of rows) out.push(`| ${r.map(cell).join(' | ')} |`);
  return out;
}

export function renderMarkdown(doc: WrittenDoc): string {
  const out: string[] = [];
  for (const line of doc.title) out.push(`# ${esc(line)}`);
  for (const b of doc.blocks) {
    out.push('');
    switch (b.t) {
      case 'heading':
        out.push(`${'#'.repeat(b.level + 1)} ${esc(b.text)}`);
        break;
      case 'para':
        out.push(esc(b.text));
        break;
      case 'table': {
        const t = b.table;
        out.push(`### ${t.number ? `${t.number}　` : ''}${esc(t.title)}`, '', `单位：${t.unit}`, '', ...tableMarkdown(t));
        if (t.emptyNote) out.push('', esc(t.emptyNote));
        break;
      }
      case 'pagebreak':
      case 'chart':
        out.pop();
        break;
    }
  }
  return out.join('\n') + '\n';
}
