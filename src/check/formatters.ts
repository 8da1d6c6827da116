/**
 * Reports of `yusuan check`: text (like a linter), JSON (spec/cli.md) and HTML (a printable, self-contained page).
 * Pure functions of the results; the CLI writes them.
 */
import type { Disclosure, Evidence, Finding, Severity } from '../model/index.ts';
import { escapeHtml } from '../model/html.ts';

export interface Checked {
  file: string;
  /** the disclosure checked, for headings */
  title?: string;
  findings: Finding[];
}

export type Format = 'text' | 'json' | 'html';

/** The heading a disclosure's findings are reported under: its printed title, else unit, year and kind. */
export const reportTitle = ({ identity: i }: Disclosure): string => i.title ?? `${i.unit} ${i.year}年${i.kind === 'budget' ? '部门预算' : '部门决算'}`;

const ZH: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };

export function place(e: Evidence | undefined, fallback = ''): string {
  if (!e) return fallback;
  const at = e.line !== undefined ? `:${e.line}` : e.page !== undefined ? `:p${e.page}` : '';
  const cell = [e.table, e.row, e.column].filter(Boolean).join(' / ');
  return `${e.file ?? fallback}${at}${cell ? ` (${cell})` : ''}`;
}

export function counts(results: Checked[]): Record<Severity, number> {
  const c = { error: 0, warning: 0, info: 0 };
  for (const r of results) for (const f of r.findings) c[f.severity]++;
  return c;
}

function summaryLine(results: Checked[]): string {
  const c = counts(results);
  const n = c.error + c.warning + c.info;
  const files = `${results.length} file${results.length === 1 ? '' : 's'}`;
  if (n === 0) return `✔ no problems in ${files}`;
  return `${c.error ? '✖' : '⚠'} ${n} finding${n === 1 ? '' : 's'} (${c.error} error${c.error === 1 ? '' : 's'}, ${c.warning} warning${c.warning === 1 ? '' : 's'}, ${c.info} info) in ${files}`;
}

export function formatText(results: Checked[]): string {
  const out: string[] = [];
  for (const r of results) {
    for (const f of r.findings) {
      const [first, ...more] = f.evidence;
      out.push(`${place(first, r.file)}  ${f.severity}  ${f.rule}  ${f.message}`);
      if (first?.text) out.push(`    | ${first.text}`);
      for (const e of more) out.push(`    | ${place(e, r.file)}: ${e.text}`);
      if (f.suggestion) out.push(`    → ${f.suggestion}`);
    }
  }
  if (out.length) out.push('');
  out.push(summaryLine(results));
  return out.join('\n');
}

export function formatJson(results: Checked[]): string {
  const findings = results.flatMap((r) => r.findings.map((f) => ({ ...f, evidence: f.evidence.map((e) => ({ file: r.file, ...e })) })));
  const body: Record<string, unknown> = { findings };
  if (results.length > 1) {
    body.documents = results.map((r) => {
      const c = counts([r]);
      return { file: r.file, errors: c.error, warnings: c.warning, info: c.info };
    });
  }
  return JSON.stringify(body, null, 2);
}

/** Within one file's section: 第N行 / 第N页 (表, 行). */
function placeZh(e: Evidence | undefined): string {
  if (!e) return '';
  const at = e.line !== undefined ? `第${e.line}行` : e.page !== undefined ? `第${e.page}页` : '';
  const cell = [e.table, e.row, e.column].filter(Boolean).join(' / ');
  return `${at}${cell ? `（${cell}）` : ''}`;
}

export function formatHtml(results: Checked[], generated = new Date()): string {
  const c = counts(results);
  const sections = results.map((r) => {
    const rc = counts([r]);
    const rows = r.findings
      .map((f) => {
        const ev = f.evidence.map((e) => `<div class="ev"><span class="at">${escapeHtml(placeZh(e))}</span> ${escapeHtml(e.text)}</div>`).join('');
        const fig =
          f.figures.expected !== null || f.figures.actual !== null
            ? `<div class="fig">应为 ${escapeHtml(f.figures.expected ?? '—')}，实为 ${escapeHtml(f.figures.actual ?? '—')}${f.figures.difference !== null ? `，差 ${escapeHtml(f.figures.difference)}` : ''}${f.figures.tolerance !== null ? `（容差 ${escapeHtml(f.figures.tolerance)}）` : ''}</div>`
            : '';
        return `<tr class="${f.severity}"><td class="sev">${ZH[f.severity]}</td><td class="at">${escapeHtml(placeZh(f.evidence[0]))}</td><td><div class="msg">${escapeHtml(f.message)}</div>${fig}${ev}</td><td>${escapeHtml(f.suggestion ?? '')}</td><td class="rule"><code>${escapeHtml(f.rule)}</code></td></tr>`;
      })
      .join('\n');
    return `<section>
<h2>${escapeHtml(r.title ?? r.file)}</h2>
<p class="file">${escapeHtml(r.file)} — 错误 ${rc.error}，警告 ${rc.warning}，提示 ${rc.info}</p>
${r.findings.length ? `<table><thead><tr><th>级别</th><th>位置</th><th>问题与原文</th><th>修改建议</th><th>规则</th></tr></thead><tbody>\n${rows}\n</tbody></table>` : '<p class="ok">未发现问题。</p>'}
</section>`;
  });
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>预决算公开检查报告</title>
<style>
body{font-family:"Noto Sans SC","Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei",sans-serif;margin:2em auto;max-width:60em;color:#222;line-height:1.5;padding:0 1em}
h1{font-size:1.5em;margin-bottom:.2em}h2{font-size:1.2em;margin-top:1.6em;border-bottom:1px solid #999}
.summary{font-size:1.05em}.file{color:#555;font-size:.9em}
table{border-collapse:collapse;width:100%;font-size:.9em}th,td{border:1px solid #bbb;padding:.3em .5em;vertical-align:top;text-align:left}
th{background:#eee}.sev,td.at{white-space:nowrap}.sev{font-weight:bold}.error .sev{color:#b00}.warning .sev{color:#a60}.info .sev{color:#357}
.ev{color:#444;font-size:.92em;margin-top:.2em}.at{color:#777}.fig{font-size:.92em;color:#333}.rule code{font-size:.85em}.ok{color:#070}
@media print{body{margin:0;max-width:none}tr{page-break-inside:avoid}h2{page-break-after:avoid}}
</style>
</head>
<body>
<h1>预决算公开检查报告</h1>
<p class="summary">共检查 ${results.length} 份文件：错误 ${c.error} 项，警告 ${c.warning} 项，提示 ${c.info} 项。</p>
<p class="file">生成时间 ${escapeHtml(generated.toISOString().slice(0, 16).replace('T', ' '))} UTC · yusuan check</p>
${sections.join('\n')}
</body>
</html>
`;
}

export const FORMATTERS: Record<Format, (r: Checked[]) => string> = { text: formatText, json: formatJson, html: (r) => formatHtml(r) };
