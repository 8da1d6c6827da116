/** The HTML report: one self-contained page (summary, charts as inline SVG, scores, one row per document). */
import { basename } from 'node:path';
import { html, raw, type Html } from '../../serve/html.ts';
import { barsChart } from '../../serve/charts.ts';
import { KEY_FIGURES, type BatchReport } from './data.ts';
import { figureName } from '../../model/index.ts';

const CSS = `body{font:14px/1.5 system-ui,'PingFang SC','Microsoft YaHei','Noto Sans CJK SC',sans-serif;margin:24px;color:#1b2430}
table{border-collapse:collapse;margin:8px 0 24px}th,td{border:1px solid #d5dbe2;padding:3px 8px;vertical-align:top}th{background:#f2f5f8;text-align:left}
td.num{text-align:right;font-variant-numeric:tabular-nums}.failed{background:#fdecea}.charts{display:flex;flex-wrap:wrap;gap:24px}.charts>div{flex:1 1 420px;max-width:640px}
.muted{color:#566273}`;

const num = (n: number) => html`<td class="num">${n}</td>`;

export function reportHtml(report: BatchReport, figuresCsv: string): string {
  const s = report.summary;
  const rules = s.byRule.slice(0, 15).map((r) => ({ name: r.rule, value: String(r.findings) }));
  const regions = s.byRegion.slice(0, 15).map((r) => ({ name: r.region, value: String(r.errors + r.warnings) }));
  const page: Html = html`<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>yusuan batch 批量检查报告</title><style>${raw(CSS)}</style></head><body>
<h1>批量检查报告 <span class="muted">yusuan batch</span></h1>
<p>${report.generated} · ${s.documents} 份文件：检查 ${s.checked}，失败 ${s.failed}${s.pages ? `，共 ${s.pages} 页` : ''} · 错误 <b>${s.errors}</b>，警告 <b>${s.warnings}</b>，提示 ${s.info}${report.notProcessed ? html` · <b>部分报告：${report.notProcessed} 份未处理（已中断）</b>` : ''}</p>
<p>数据集（全部数字，每份文件每项一行）：<a href="${basename(figuresCsv)}">${basename(figuresCsv)}</a></p>
<div class="charts">
<div><h2>按规则（发现数）</h2>${rules.length ? raw(barsChart(rules, { counts: true, maxLabel: 28 })) : html`<p class="muted">无发现</p>`}</div>
<div><h2>按地区（错误与警告）</h2>${regions.length ? raw(barsChart(regions, { counts: true, maxLabel: 20 })) : html`<p class="muted">无</p>`}</div>
</div>
<h2>按规则</h2><table><tr><th>规则</th><th>级别</th><th>发现</th><th>文件数</th></tr>${s.byRule.map((r) => html`<tr><td>${r.rule}</td><td>${r.severity}</td>${num(r.findings)}${num(r.documents)}</tr>`)}</table>
<h2>透明度评分 · 地区</h2><p class="muted">完整性（核心数字与必备部分）与一致性（错误、警告）各占一半；定义见 docs/batch.md。</p>
<table><tr><th>地区</th><th>文件</th><th>完整性</th><th>一致性</th><th>评分</th></tr>${report.regions.map((g) => html`<tr><td>${g.name}</td>${num(g.documents)}${num(g.completeness)}${num(g.consistency)}${num(g.score)}</tr>`)}</table>
<h2>透明度评分 · 单位</h2>
<table><tr><th>单位</th><th>地区</th><th>文件</th><th>完整性</th><th>一致性</th><th>评分</th></tr>${report.units.map((g) => html`<tr><td>${g.name}</td><td>${g.region}</td>${num(g.documents)}${num(g.completeness)}${num(g.consistency)}${num(g.score)}</tr>`)}</table>
<h2>文件</h2>
<table><tr><th>文件</th><th>单位</th><th>年度</th><th>类型</th><th>范围</th>${KEY_FIGURES.map((k) => html`<th>${figureName(k)}（万元）</th>`)}<th>错误</th><th>警告</th><th>提示</th><th>评分</th><th>用时 ms</th></tr>
${report.rows.map((r) =>
  r.row
    ? html`<tr><td>${r.file}</td><td>${r.row.unit ?? '—'}</td><td>${r.row.year}</td><td>${r.row.kind === 'budget' ? '预算' : '决算'}</td><td>${r.row.scope ?? ''}</td>${KEY_FIGURES.map((k) => html`<td class="num">${r.row!.figures[k] ?? ''}</td>`)}${num(r.counts.error)}${num(r.counts.warning)}${num(r.counts.info)}${num(r.score!.score)}${num(r.ms)}</tr>`
    : html`<tr class="failed"><td>${r.file}</td><td colspan="${9 + KEY_FIGURES.length - 1}">失败：${r.reason}</td>${num(r.ms)}</tr>`,
)}
</table></body></html>`;
  return page.value;
}
