/**
 * HTML: one self-contained page (styles inline, the chart as inline SVG). The same markup, with the font faces
 * and print rules added, is what Chromium prints to PDF: A4 with the GB/T 9704 margins (37/35/28/26 mm), a
 * 小标宋-style title (Noto Serif SC bold, 22pt), a 仿宋-style body (Noto Serif SC, 16pt, 28.9pt line pitch:
 * 22 lines of 28 characters), 黑体-style first-level headings, table headers repeated on every page.
 */
import { headerGrid, type Block, type WrittenDoc, type WrittenTable } from './doc.ts';
import { expenditureChart } from './chart.ts';
import { cellText } from './cells.ts';
import { escapeHtml } from '../model/html.ts';

export interface HtmlOptions {
  /** extra CSS (font faces for the PDF) */
  fontCss?: string;
  /** print layout: no chart, no screen frame */
  print?: boolean;
}

const SERIF = "'Noto Serif SC', 'FangSong', 'STFangsong', 'Source Han Serif SC', serif";
const SANS = "'Noto Sans SC', 'SimHei', 'Source Han Sans SC', sans-serif";

function style(print: boolean): string {
  return `
@page { size: A4; margin: 37mm 26mm 35mm 28mm; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font-family: ${SERIF}; font-size: 16pt; line-height: 28.9pt; color: #000; margin: 0; }
${print ? '' : 'main { max-width: 156mm; margin: 12mm auto; padding: 20mm 26mm 20mm 28mm; background: #fff; box-shadow: 0 0 6px #bbb; } body { background: #f2f2f2; }'}
h1 { font-family: ${SERIF}; font-weight: 700; font-size: 22pt; line-height: 1.45; text-align: center; margin: 0 0 28.9pt; }
h1 span { display: block; }
h2, h3, h4, .table-title, .table-unit { break-after: avoid; page-break-after: avoid; }
h2 { font-family: ${SANS}; font-weight: 700; font-size: 16pt; line-height: 28.9pt; margin: 0; text-indent: 2em; }
h2.part { text-indent: 0; text-align: center; font-size: 16pt; margin: 14pt 0; }
h3 { font-family: ${SERIF}; font-weight: 700; font-size: 16pt; line-height: 28.9pt; margin: 0; text-indent: 2em; }
h4 { font-family: ${SERIF}; font-weight: 700; font-size: 16pt; line-height: 28.9pt; margin: 0; text-indent: 2em; }
p { margin: 0; text-indent: 2em; text-align: justify; }
p b { font-weight: 700; }
p.right { text-align: right; text-indent: 0; }
.break { break-before: page; page-break-before: always; }
figure { margin: 12pt 0; text-align: center; }
figure svg { max-width: 100%; height: auto; }
section.table { margin: 18pt 0 6pt; break-inside: avoid; page-break-inside: avoid; }
.table-title { font-family: ${SANS}; font-weight: 700; font-size: 14pt; line-height: 1.5; text-align: center; margin: 0; text-indent: 0; }
.table-unit { font-size: 10.5pt; line-height: 1.6; text-align: right; text-indent: 0; }
.table-note { font-size: 10.5pt; line-height: 1.6; text-indent: 0; margin-top: 4pt; }
table { border-collapse: collapse; width: 100%; font-size: 10.5pt; line-height: 1.35; font-family: ${SERIF}; }
table.wide { font-size: 9pt; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
th, td { border: 0.5pt solid #000; padding: 2.5pt 3pt; vertical-align: middle; }
th { font-family: ${SANS}; font-weight: 700; text-align: center; }
td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
td.code { white-space: nowrap; }
td.name { min-width: 10em; }
table.wide td.name { min-width: 10em; }
table.wide th, table.wide td { padding: 2pt 2pt; }
tr.total td { font-weight: 700; }
tr.l2 td.name { padding-left: 1em; } tr.l3 td.name { padding-left: 2em; }
`;
}

export function tableHtml(t: WrittenTable): string {
  const out: string[] = [];
  const wide = t.columns.length + (t.twoSided?.rightColumns.length ?? 0) > 6;
  out.push(`<section class="table" id="${escapeHtml(t.id)}">`);
  out.push(`<p class="table-title">${escapeHtml(t.number ? `${t.number}　` : '')}${escapeHtml(t.title)}</p>`);
  out.push(`<p class="table-unit">单位：${escapeHtml(t.unit)}</p>`);
  out.push(`<table${wide ? ' class="wide"' : ''}><thead>`);
  if (t.twoSided) {
    const ts = t.twoSided;
    const left = headerGrid(t.labels, t.columns);
    const right = headerGrid(ts.rightLabels, ts.rightColumns);
    const depth = Math.max(left.length, right.length);
    out.push(
      `<tr><th colspan="${t.labels.length + t.columns.length}">${escapeHtml(ts.left)}</th><th colspan="${ts.rightLabels.length + ts.rightColumns.length}">${escapeHtml(ts.right)}</th></tr>`,
    );
    for (let i = 0; i < depth; i++) {
      const cells = [
        ...(left[i] ?? []).map((c) => ({ ...c, rowSpan: i === 0 && left.length < depth && c.rowSpan === left.length ? depth : c.rowSpan })),
        ...(right[i] ?? []).map((c) => ({ ...c, rowSpan: i === 0 && right.length < depth && c.rowSpan === right.length ? depth : c.rowSpan })),
      ];
      out.push(
        `<tr>${cells.map((c) => `<th${c.colSpan > 1 ? ` colspan="${c.colSpan}"` : ''}${c.rowSpan > 1 ? ` rowspan="${c.rowSpan}"` : ''}>${escapeHtml(c.text)}</th>`).join('')}</tr>`,
      );
    }
  } else {
    for (const row of headerGrid(t.labels, t.columns)) {
      out.push(
        `<tr>${row.map((c) => `<th${c.colSpan > 1 ? ` colspan="${c.colSpan}"` : ''}${c.rowSpan > 1 ? ` rowspan="${c.rowSpan}"` : ''}>${escapeHtml(c.text)}</th>`).join('')}</tr>`,
      );
    }
  }
  out.push('</thead><tbody>');
  const nums = (vs: (string | null)[]) => vs.map((v) => `<td class="num">${v === null ? '' : escapeHtml(cellText(v))}</td>`).join('');
  for (const r of t.rows) {
    const cls = [r.level === 'total' ? 'total' : '', r.level === '款' ? 'l2' : r.level === '项' ? 'l3' : ''].filter(Boolean).join(' ');
    const labels =
      t.twoSided || t.labels.length === 1
        ? `<td class="name">${escapeHtml(r.name)}</td>`
        : t.labels.length === 2
          ? `<td class="code">${escapeHtml(r.code ?? '')}</td><td class="name">${escapeHtml(r.name)}</td>`
          : '';
    const right = t.twoSided
      ? `<td class="name">${escapeHtml(r.right?.name ?? '')}</td>${nums(r.right?.values ?? t.twoSided.rightColumns.map(() => null))}`
      : '';
    out.push(`<tr${cls ? ` class="${cls}"` : ''}>${labels}${nums(r.values)}${right}</tr>`);
  }
  out.push('</tbody></table>');
  if (t.emptyNote) out.push(`<p class="table-note">${escapeHtml(t.emptyNote)}</p>`);
  out.push('</section>');
  return out.join('\n');
}

function blockHtml(b: Block, doc: WrittenDoc, opts: HtmlOptions): string {
  switch (b.t) {
    case 'heading': {
      const tag = `h${b.level + 1}`;
      return `<${tag}${b.level === 1 && doc.kind === 'final' ? ' class="part"' : ''}>${escapeHtml(b.text)}</${tag}>`;
    }
    case 'para':
      if (b.lead && b.text.startsWith(b.lead)) return `<p><b>${escapeHtml(b.lead)}</b>${escapeHtml(b.text.slice(b.lead.length))}</p>`;
      return `<p${b.align === 'right' ? ' class="right"' : ''}>${escapeHtml(b.text)}</p>`;
    case 'table':
      return tableHtml(b.table);
    case 'pagebreak':
      return '<div class="break"></div>';
    case 'chart': {
      if (opts.print) return '';
      const svg = expenditureChart(doc.chart, `${doc.year}年支出按功能分类（万元）`);
      return svg ? `<figure aria-hidden="true">${svg}</figure>` : '';
    }
  }
}

export function renderHtml(doc: WrittenDoc, opts: HtmlOptions = {}): string {
  const title = doc.title.join('');
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="yusuan">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${opts.fontCss ?? ''}${style(Boolean(opts.print))}</style>`,
    '</head>',
    '<body>',
    '<main>',
    `<h1>${doc.title.map((l) => `<span>${escapeHtml(l)}</span>`).join('')}</h1>`,
    ...doc.blocks.map((b) => blockHtml(b, doc, opts)).filter(Boolean),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
