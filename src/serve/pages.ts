/** The portal's pages: server-rendered HTML in Chinese. Every value from the database goes through `html`. */
import { add, figureName, FUNCTION_KEY_PREFIX, orderKeys, round, type Disclosure, type Finding, type FigureKey } from '../model/index.ts';
import type { DisclosureRow } from '../store/store.ts';
import { CORE_KEYS, ROLLUP_KEYS } from '../store/store.ts';
import type { SearchResult } from '../store/search.ts';
import { barsChart, donutChart, yearsChart } from './charts.ts';
import { fmtAmount, fmtChange, fmtMoney, KIND_LABEL, plainAmounts, SEVERITY_LABEL, share } from './format.ts';
import { ruleName } from './rule-names.ts';
import type { RuleInfo } from './rules.ts';
import { highlight, html, raw, url, type Html } from './html.ts';
import { checkBadge, kindBadge, page, sampleBadge } from './layout.ts';
import { OUTPUT_FORMATS, type Format } from '../write/formats.ts';
import { kindName } from '../store/identity.ts';
import type { FigureChange, LineOp } from './diff.ts';

export { figureName, orderKeys };

export const discUrl = (r: { orgSlug: string; year: number; kindKey: string }) => `/org/${r.orgSlug}/${r.year}/${r.kindKey}`;

function rowsTable(rows: DisclosureRow[], opts: { showOrg?: boolean } = {}): Html {
  return html`<div class="table-wrap"><table>
<thead><tr>${opts.showOrg !== false ? html`<th scope="col">单位</th><th scope="col">地区</th>` : ''}<th scope="col">年度</th><th scope="col">类型</th><th scope="col" class="num">支出总计（万元）</th><th scope="col">检查</th></tr></thead>
<tbody>${rows.map(
    (r) => html`<tr>${opts.showOrg !== false ? html`<td><a href="${discUrl(r)}">${r.org}</a> ${sampleBadge(r.isSample)}</td><td>${r.region}</td>` : ''}
<td>${opts.showOrg === false ? html`<a href="${discUrl(r)}">${r.year}年</a>` : `${r.year}年`}</td><td>${kindBadge(r.kind, r.scope)}</td><td class="num">${fmtMoney(r.expenditure)}</td><td>${checkBadge(r)}</td></tr>`,
  )}</tbody></table></div>`;
}

function searchForm(
  p: { q?: string; year?: number; region?: string; kind?: string; org?: string },
  opt: { years: number[]; regions: string[]; hero?: boolean },
): Html {
  const sel = (name: string, label: string, current: string | number | undefined, options: [string, string][]) =>
    html`<div><label for="f-${name}">${label}</label><select id="f-${name}" name="${name}"><option value="">全部</option>${options.map(
      ([v, l]) => html`<option value="${v}"${String(current ?? '') === v ? raw(' selected') : ''}>${l}</option>`,
    )}</select></div>`;
  return html`<form class="search" role="search" action="/search" method="get">
<div class="q"><label for="q">${opt.hero ? '检索公开文件全文（如：三公经费、预算、机关运行经费）' : '关键词'}</label>
<input type="search" id="q" name="q" value="${p.q ?? ''}" placeholder="三公经费、37151.47"${opt.hero ? raw(' required') : ''}></div>
<button type="submit">检索</button>
${
  opt.hero
    ? ''
    : html`<div class="filters" style="flex-basis:100%">
${sel(
  'year',
  '年度',
  p.year,
  opt.years.map((y) => [String(y), `${y}年`]),
)}
${sel(
  'region',
  '地区',
  p.region,
  opt.regions.map((r) => [r, r]),
)}
${sel('kind', '类型', p.kind, [
  ['budget', '部门预算'],
  ['final', '部门决算'],
])}
${p.org ? html`<input type="hidden" name="org" value="${p.org}">` : ''}
</div>`
}
</form>`;
}

export function homePage(v: {
  stats: { organisations: number; disclosures: number; versions: number; regions: number; findings: number };
  regions: { region: string; organisations: number; disclosures: number; latestYear: number }[];
  years: { year: number; budget: number; final: number }[];
  latest: DisclosureRow[];
  hasSamples: boolean;
}): Html {
  return page({
    title: '首页',
    path: '/',
    body: html`<section class="hero" aria-labelledby="hero-title">
<h1 id="hero-title">部门预算与决算公开</h1>
<p>一处查阅各部门、各年度的预算和决算：看图表，查问题，比变化，下载数据。</p>
${searchForm({}, { years: [], regions: [], hero: true })}
</section>
${v.hasSamples ? html`<p class="notice" role="note">本站当前包含<strong>示例数据</strong>：标有“示例单位”的部门为演示用虚构单位，数字按种子文档的比例生成。导入真实文件：<code>npx yusuan import 文件或目录</code>。</p>` : ''}
<section aria-labelledby="counts"><h2 id="counts">概况</h2>
<div class="grid">
<div class="stat"><div class="n">${v.stats.organisations}</div><div class="l">公开单位</div></div>
<div class="stat"><div class="n">${v.stats.disclosures}</div><div class="l">公开文件（${v.stats.versions} 个版本）</div></div>
<div class="stat"><div class="n">${v.stats.regions}</div><div class="l">地区</div></div>
<div class="stat"><div class="n">${v.stats.findings}</div><div class="l">检查发现的问题</div></div>
</div></section>
<div class="grid2">
<section aria-labelledby="regions"><h2 id="regions">地区</h2>
<div class="table-wrap"><table><thead><tr><th scope="col">地区</th><th scope="col" class="num">单位</th><th scope="col" class="num">文件</th><th scope="col" class="num">最新年度</th></tr></thead>
<tbody>${v.regions.map((r) => html`<tr><td><a href="${`/region/${encodeURIComponent(r.region)}`}">${r.region}</a></td><td class="num">${r.organisations}</td><td class="num">${r.disclosures}</td><td class="num">${r.latestYear}</td></tr>`)}</tbody></table></div>
</section>
<section aria-labelledby="years"><h2 id="years">年度</h2>
<div class="table-wrap"><table><thead><tr><th scope="col">年度</th><th scope="col" class="num">部门预算</th><th scope="col" class="num">部门决算</th></tr></thead>
<tbody>${v.years.map((y) => html`<tr><th scope="row">${y.year}年</th><td class="num"><a href="${url('/transparency', { year: y.year, kind: 'budget' })}">${y.budget}</a></td><td class="num"><a href="${url('/transparency', { year: y.year, kind: 'final' })}">${y.final}</a></td></tr>`)}</tbody></table></div>
</section></div>
<section aria-labelledby="latest"><h2 id="latest">最新公开</h2>${rowsTable(v.latest)}</section>`,
  });
}

export function orgPage(o: { slug: string; name: string; region: string; isSample: boolean; disclosures: DisclosureRow[] }, charts: Html[]): Html {
  return page({
    title: o.name,
    path: '/org',
    body: html`<nav class="crumbs" aria-label="位置"><a href="/">首页</a> › <a href="${`/region/${encodeURIComponent(o.region)}`}">${o.region}</a> › ${o.name}</nav>
<h1>${o.name} ${sampleBadge(o.isSample)}</h1>
<p class="kv"><span>地区：${o.region}</span><span>公开文件：${o.disclosures.length} 份</span></p>
<section aria-labelledby="all"><h2 id="all">历年公开文件</h2>${rowsTable(o.disclosures, { showOrg: false })}</section>
${charts.length ? html`<section aria-labelledby="trend"><h2 id="trend">历年变化</h2><div class="grid2">${charts}</div></section>` : ''}
<p><a class="button secondary" href="${url('/search', { org: o.slug, q: '支出' })}">在本单位文件中检索</a> <a class="button secondary" href="${`/api/organisations/${o.slug}`}">JSON</a></p>`,
  });
}

export function chartFigure(id: string, caption: string, svg: string, table: { head: string[]; rows: (string | number)[][] }): Html {
  return html`<figure class="chart" aria-labelledby="${id}">
<figcaption id="${id}">${caption}</figcaption>
<div class="svg">${raw(svg)}</div>
<details><summary>查看数据表</summary><div class="table-wrap"><table><thead><tr>${table.head.map((h, i) => html`<th scope="col"${i ? raw(' class="num"') : ''}>${h}</th>`)}</tr></thead>
<tbody>${table.rows.map((r) => html`<tr>${r.map((c, i) => (i ? html`<td class="num">${c}</td>` : html`<th scope="row">${c}</th>`))}</tr>`)}</tbody></table></div></details>
</figure>`;
}

export function seriesChart(
  series: { year: number; figures: Record<string, string> }[],
  keys: [string, string, ('line' | 'bar')?][],
  id: string,
  caption: string,
): Html | '' {
  const useful = keys.filter(([k]) => series.some((s) => s.figures[k] !== undefined));
  if (!series.length || !useful.length) return '';
  const years = series.map((s) => s.year);
  const svg = yearsChart(
    years,
    useful.map(([k, name, type]) => ({ name, type, values: series.map((s) => s.figures[k]) })),
  );
  return chartFigure(id, caption, svg, {
    head: ['年度', ...useful.map(([, n]) => `${n}（万元）`)],
    rows: series.map((s) => [`${s.year}年`, ...useful.map(([k]) => fmtMoney(s.figures[k]))]),
  });
}

/** Where a finding's evidence is: a link to the page of the original (PDF) or to the line of the text below. */
function evidenceLink(e: Finding['evidence'][number], d: DisclosureView): Html | string {
  const base = discUrl(d);
  const name = (e.file ?? '').split(/[\\/]/).pop();
  const src = d.sources.find((s) => s.file === name) ?? (d.sources.length === 1 ? d.sources[0] : undefined);
  if (e.page && src) return html`<a href="${`${base}/original/${src.sha256}#page=${e.page}`}">原件第 ${e.page} 页</a>`;
  if (e.page) return `第 ${e.page} 页`;
  if (e.line && d.textOrigin === 'source' && d.sources.length === 1) return html`<a href="${`#L${e.line}`}">正文第 ${e.line} 行</a>`;
  return e.line ? `第 ${e.line} 行` : '';
}

/** Decimal places of a stated amount, to show a computed difference no more precisely than its inputs. */
const places = (v: string) => (v.split('.')[1] ?? '').length;

/**
 * The computed figures of a finding in words. Only where the rule computes what the figure should be (a sum, a
 * percentage, a change) does “应为” mean anything; where two places disagree the message already names both.
 */
function computed(f: Finding, rule: RuleInfo | undefined): Html | '' {
  const fg = f.figures;
  if (!fg || fg.expected === null || fg.actual === null || fg.difference === null || /^-?0*(\.0*)?$/.test(fg.difference)) return '';
  if (rule && !['arithmetic', 'percentage', 'year-over-year', 'table'].includes(rule.category)) return '';
  const unit = rule?.category === 'percentage' || /%$/.test(f.message.trim()) ? '%' : ' 万元';
  const digits = Math.max(places(fg.expected), places(fg.actual), 0);
  return html`<p class="small">按规则计算应为 ${fmtAmount(fg.expected)}${unit}，文件中为 ${fmtAmount(fg.actual)}${unit}，相差 ${fmtAmount(round(fg.difference, Math.min(digits, 4)))}${unit}。</p>`;
}

function findingItem(f: Finding, d: DisclosureView, rules: Map<string, RuleInfo>): Html {
  return html`<li class="${f.severity}"><span class="badge ${f.severity}">${SEVERITY_LABEL[f.severity]}</span> <a class="rule" href="${`/rules/${f.rule}`}">${ruleName(f.rule)}</a>
<p>${plainAmounts(f.message)}</p>
${computed(f, rules.get(f.rule))}
${f.evidence.slice(0, 3).map((e) => html`<blockquote><span class="where">${evidenceLink(e, d)}</span> ${e.text.replace(/\s{2,}/g, '　')}</blockquote>`)}
${f.suggestion ? html`<p class="small">建议：${f.suggestion}</p>` : ''}</li>`;
}

function findingsList(findings: Finding[] | null, d: DisclosureView, rules: RuleInfo[]): Html {
  const byId = new Map(rules.map((r) => [r.id, r]));
  const textRules = rules.filter((r) => r.needsText).length;
  const noText =
    d.textOrigin !== 'source'
      ? html`<p class="notice" role="note">本文件以数据模型导入，只有数字、没有正文：需要正文的 ${textRules || '部分'} 条规则（原因说明、章节是否齐全、模板残留等）没有运行，下列结论只涉及数字本身；完整检查请以原件为准。<a href="/rules">查看全部规则</a></p>`
      : '';
  if (!d.checked) return html`${noText}<p class="muted">本文件导入时尚未进行规则检查。</p>`;
  const order = { error: 0, warning: 1, info: 2 } as const;
  const sorted = [...(findings ?? [])].sort((a, b) => order[a.severity] - order[b.severity]);
  const shown = sorted.filter((f) => f.severity !== 'info');
  const infos = sorted.filter((f) => f.severity === 'info');
  return html`${noText}${shown.length ? html`<ul class="plain findings">${shown.map((f) => findingItem(f, d, byId))}</ul>` : html`<p><span class="badge ok">未发现问题</span> 按现有规则检查，未发现错误或警告。</p>`}
${infos.length ? html`<details class="infos"><summary>另有 ${infos.length} 条提示（如在四舍五入范围内的差异），不影响结论，点开查看</summary><ul class="plain findings">${infos.map((f) => findingItem(f, d, byId))}</ul></details>` : ''}`;
}

function narrative(body: string, numbered: boolean): Html {
  return html`${body.split('\n').map((raw0, i) => {
    const l = raw0.trim();
    if (!l) return '';
    const id = numbered ? `L${i + 1}` : undefined;
    // 目录 lines (一、收入支出决算总表……3) are contents, not headings
    const contents = /[.．·…]{4,}\s*\d*$/.test(l);
    if (!contents && /^[一二三四五六七八九十]+、/.test(l) && l.length < 60) return html`<h3 id="${id}">${l}</h3>`;
    if (!contents && /^（[一二三四五六七八九十]+）/.test(l) && l.length < 60) return html`<h4 id="${id}">${l}</h4>`;
    return html`<p id="${id}"${contents ? raw(' class="toc"') : ''}>${l}</p>`;
  })}`;
}

/** The generated downloads, most used first (labels and formats from src/write/formats.ts). */
export const RENDER_FORMATS: [Format, string][] = (['docx', 'pdf', 'xlsx', 'html', 'md'] as const).map((f) => [f, OUTPUT_FORMATS[f].label]);

export interface DisclosureView extends DisclosureRow {
  contentHash: string;
  latest: boolean;
  model: Disclosure;
  body: string;
  textOrigin: string;
  sources: { file: string; format: string; sha256: string; size: number; mediaType: string }[];
  versionsList: {
    id: number;
    contentHash: string;
    publishedAt: string;
    errors: number;
    warnings: number;
    reviewState: string;
    changeNote?: string | null;
    approvedBy?: string | null;
  }[];
}

export function disclosurePage(
  d: DisclosureView,
  v: { findings: Finding[]; figures: Record<string, string>; siblings: DisclosureRow[]; charts: Html[]; rules: RuleInfo[] },
): Html {
  const base = discUrl(d);
  const f = v.figures;
  const cards: [FigureKey, string][] = [
    ['expenditure.total', '支出总计'],
    ['income.total', '收入总计'],
    ['threePublic.total', '“三公”经费'],
    ['operatingCost', '机关运行经费'],
  ];
  const prevSame = v.siblings.find((s) => s.kindKey === d.kindKey && s.year === d.year - 1);
  const other = v.siblings.find((s) => s.kind !== d.kind && s.scope === d.scope && s.year === d.year);
  const keys = orderKeys(Object.keys(f).filter((k) => !k.startsWith('doc.') && !/\.(prev|change|budget)$/.test(k)));
  // 决算: the budget each figure was approved at, and how much of it was spent (预算执行率 = 决算数 ÷ 年初预算数)
  const exec = d.kind === 'final' && keys.some((k) => f[`${k}.budget`] !== undefined);
  return page({
    title: d.title,
    path: '/org',
    body: html`<nav class="crumbs" aria-label="位置"><a href="/">首页</a> › <a href="${`/region/${encodeURIComponent(d.region)}`}">${d.region}</a> › <a href="${`/org/${d.orgSlug}`}">${d.org}</a> › ${d.year}年${kindName(d.kind, d.scope)}</nav>
<h1>${d.title} ${kindBadge(d.kind, d.scope)} ${sampleBadge(d.isSample)}</h1>
<p class="kv"><span>单位：<a href="${`/org/${d.orgSlug}`}">${d.org}</a></span><span>地区：${d.region}</span><span>年度：${d.year}</span><span>版本：${d.contentHash.slice(0, 12)}${d.latest ? '（最新）' : html`（历史版本，<a href="${base}">查看最新</a>）`}</span><span>检查：${checkBadge(d)}</span></p>
<nav class="sections" aria-label="本页目录"><ul><li><a href="#charts">图表</a></li><li><a href="#findings">检查发现</a></li><li><a href="#downloads">下载</a></li><li><a href="#figures">主要数字</a></li><li><a href="#text">${d.textOrigin === 'source' ? '文件正文' : '数据摘要'}</a></li>${d.versionsList.length > 1 ? html`<li><a href="#versions">版本</a></li>` : ''}</ul></nav>
${d.isSample ? html`<p class="notice" role="note">这是<strong>示例数据</strong>：虚构单位，数字按种子文档的比例生成，仅供演示。</p>` : ''}
<div class="grid" role="list" aria-label="主要数字">${cards.map(([k, label]) => {
      const c = fmtChange(f[`${k}.prev`], f[k]);
      return html`<div class="stat" role="listitem"><div class="l">${label}（万元）</div><div class="n">${fmtMoney(f[k])}</div><div class="d ${c.dir}">${c.dir === 'none' ? raw('&nbsp;') : `比上年 ${c.diff}（${c.pct}）`}</div></div>`;
    })}</div>
<p class="small muted">来源：${d.sources.map((x) => x.file).join('、')}（原件，SHA-256 ${d.contentHash.slice(0, 12)}…），${d.publishedAt.slice(0, 10)} 导入。许可：原件为依法公开的政府信息；本站整理的数字按 <a href="/data#licence">CC BY 4.0</a> 提供，请注明来源。<a href="${url('/feedback', { d: d.key })}">纠错</a></p>
<p style="margin-top:1rem">${prevSame ? html`<a class="button secondary" href="${url('/compare', { d: [prevSame.key, d.key] })}">与${prevSame.year}年对比</a> ` : ''}${other ? html`<a class="button secondary" href="${url('/compare', { d: [d.key, other.key] })}">与同年${kindName(other.kind, other.scope)}对比</a> ` : ''}<a class="button secondary" href="${`/org/${d.orgSlug}`}">本单位历年文件</a></p>
<section aria-labelledby="charts"><h2 id="charts">图表</h2>
<div class="grid2">${v.charts}</div></section>
<section aria-labelledby="findings"><h2 id="findings">检查发现 ${d.checked ? html`<span class="small muted">（${d.errors} 个错误，${d.warnings} 个警告，${d.infos} 个提示）</span>` : ''}</h2>
${findingsList(v.findings, d, v.rules)}</section>
<section aria-labelledby="downloads"><h2 id="downloads">下载</h2>
<h3>原件</h3>
<div class="downloads">${d.sources.map((s) => html`<a class="button" href="${`${base}/original/${s.sha256}`}" download="${s.file}">${s.file}（${Math.max(1, Math.round(s.size / 1024))} KB）</a>`)}</div>
<h3>数据</h3>
<div class="downloads"><a class="button secondary" href="${`${base}/figures.csv`}">主要数字（CSV）</a> <a class="button secondary" href="${`${base}/model.json`}">数据模型（JSON）</a></div>
<h3>系统生成的${kindName(d.kind, d.scope)}（非原件）</h3>
${
  d.errors > 0
    ? html`<p class="muted small">这份文件有 ${d.errors} 个错误，系统不据此生成新文件（会把错误照抄进去）。请下载原件。</p>`
    : html`<p class="muted small">以下文件由本站根据读取的数字自动生成，文中注明“系统生成，非原件”，内容以原件为准。</p><div class="downloads">${RENDER_FORMATS.map(([fmt, label]) => html`<a class="button secondary" href="${`${base}/render/${fmt}`}">${label}</a>`)}</div>`
}
</section>
<section aria-labelledby="figures"><h2 id="figures">主要数字</h2>
<div class="table-wrap"><table><caption class="muted small" style="text-align:left;padding:.4rem .7rem">单位：万元（车辆为辆）</caption>
<thead><tr><th scope="col">项目</th><th scope="col" class="num">本年（万元）</th><th scope="col" class="num">上年（万元）</th><th scope="col" class="num">增减（万元）</th><th scope="col" class="num">占支出总计</th>${exec ? html`<th scope="col" class="num">年初预算（万元）</th><th scope="col" class="num">预算执行率</th>` : ''}</tr></thead>
<tbody>${keys.map((k) => {
      const c = fmtChange(f[`${k}.prev`], f[k]);
      return html`<tr><th scope="row">${figureName(k)}${k.startsWith('assets.') ? '（辆）' : ''}</th><td class="num">${fmtMoney(f[k])}</td><td class="num">${fmtMoney(f[`${k}.prev`])}</td><td class="num ${c.dir}">${c.dir === 'none' ? '—' : `${c.diff}（${c.pct}）`}</td><td class="num">${k.startsWith('assets.') ? '—' : share(f[k], f['expenditure.total'])}</td>${exec ? html`<td class="num">${fmtMoney(f[`${k}.budget`])}</td><td class="num">${share(f[k], f[`${k}.budget`])}</td>` : ''}</tr>`;
    })}</tbody></table></div></section>
${(() => {
  const tree = functionTree(d.model.appropriation.general.byFunction, d.model.appropriation.general.expenditure?.value);
  return tree
    ? html`<section aria-labelledby="tree"><h2 id="tree">一般公共预算财政拨款支出：类、款、项</h2><p class="muted small">点击类、款展开下一级；括号内为占一般公共预算财政拨款支出的比例。</p>${tree}</section>`
    : '';
})()}
<section aria-labelledby="text"><h2 id="text">${d.textOrigin === 'source' ? '文件正文' : '数据摘要'}</h2>
${d.textOrigin === 'source' ? '' : html`<p class="muted small">本文件以数据模型导入，下列文字由数字自动生成。</p>`}
<div class="narrative">${narrative(d.body, d.textOrigin === 'source')}</div></section>
${d.versionsList.length > 1 ? versionsSection(d, base) : ''}`,
  });
}

/** Every published version, newest first, with its date, change note and a link to what changed from the one before. */
function versionsSection(d: DisclosureView, base: string): Html {
  const list = d.versionsList;
  return html`<section aria-labelledby="versions"><h2 id="versions">版本（${list.length}）</h2><p class="small muted">已公开的版本不会被修改或删除；更正以新版本公开。</p><ul class="plain findings">${list.map(
    (x, i) => {
      const prev = list[i + 1];
      return html`<li><a href="${`${base}/v/${x.contentHash.slice(0, 16)}`}">${x.publishedAt.slice(0, 16).replace('T', ' ')} UTC 版</a>${x.id === d.versionId ? '（本页）' : ''}${i === 0 ? '（最新）' : ''}
${x.changeNote ? html`<p>更正说明：${x.changeNote}</p>` : ''}${x.approvedBy ? html`<p class="small muted">经财政审核公开</p>` : ''}
${prev ? html`<p><a href="${url(`${base}/diff`, { from: prev.contentHash.slice(0, 16), to: x.contentHash.slice(0, 16) })}">与上一版比较</a></p>` : ''}</li>`;
    },
  )}</ul></section>`;
}

/** What changed between two versions: figures first (old, new, change), then the text. */
export function diffPage(d: DisclosureView, from: DisclosureView, changes: FigureChange[], ops: LineOp[]): Html {
  const base = discUrl(d);
  const when = (v: DisclosureView) => `${v.publishedAt.slice(0, 16).replace('T', ' ')} UTC`;
  const note = d.versionsList.find((x) => x.id === d.versionId)?.changeNote;
  return page({
    title: `${d.title}：版本比较`,
    path: '/org',
    body: html`<nav class="crumbs" aria-label="位置"><a href="/">首页</a> › <a href="${`/org/${d.orgSlug}`}">${d.org}</a> › <a href="${base}">${d.year}年${kindName(d.kind, d.scope)}</a> › 版本比较</nav>
<h1>版本比较</h1>
<p class="kv"><span>旧：<a href="${`${base}/v/${from.contentHash.slice(0, 16)}`}">${when(from)} 版</a></span><span>新：<a href="${`${base}/v/${d.contentHash.slice(0, 16)}`}">${when(d)} 版</a></span></p>
${note ? html`<p class="answer">更正说明：${note}</p>` : ''}
<section aria-labelledby="dfig"><h2 id="dfig">数字的变化（${changes.length} 项）</h2>
${
  changes.length
    ? html`<div class="table-wrap"><table><thead><tr><th scope="col">项目</th><th scope="col" class="num">旧</th><th scope="col" class="num">新</th><th scope="col" class="num">增减</th></tr></thead>
<tbody>${changes.map((c) => html`<tr><th scope="row">${figureName(c.key)}</th><td class="num">${fmtMoney(c.from)}</td><td class="num">${fmtMoney(c.to)}</td><td class="num">${c.change}</td></tr>`)}</tbody></table></div>`
    : html`<p class="muted">数字没有变化。</p>`
}</section>
<section aria-labelledby="dtext"><h2 id="dtext">正文的变化</h2>
${
  ops.some((o) => o.op === 'del' || o.op === 'ins')
    ? html`<pre class="diff">${ops.map((o) =>
        o.op === 'skip'
          ? html`<span class="muted">……（${o.count} 行相同）</span>
`
          : o.op === 'del'
            ? html`<del>− ${o.text}</del>
`
            : o.op === 'ins'
              ? html`<ins>+ ${o.text}</ins>
`
              : html`  ${o.text}
`,
      )}</pre>`
    : html`<p class="muted">正文没有变化。</p>`
}</section>`,
  });
}

export function disclosureCharts(d: DisclosureView, series: { year: number; figures: Record<string, string> }[]): Html[] {
  const m = d.model;
  const out: Html[] = [];
  const fn = m.expenditure.byFunction.filter((c): c is typeof c & { figure: { value: string } } => c.level === '类' && c.figure.value !== undefined);
  if (fn.length)
    out.push(
      chartFigure('ch-fn', '支出按功能分类（万元）', barsChart(fn.map((c) => ({ name: c.name, value: c.figure.value }))), {
        head: ['功能分类', '金额（万元）', '占比'],
        rows: fn.map((c) => [`${c.code ? c.code + ' ' : ''}${c.name}`, fmtMoney(c.figure.value), share(c.figure.value, m.expenditure.total?.value)]),
      }),
    );
  const basic = [m.expenditure.basic, m.appropriation.general.basic].find((f) => f?.value !== undefined);
  const project = [m.expenditure.project, m.appropriation.general.project].find((f) => f?.value !== undefined);
  if (basic?.value !== undefined && project?.value !== undefined)
    out.push(
      chartFigure(
        'ch-bp',
        '基本支出与项目支出（万元）',
        donutChart([
          { name: '基本支出', value: basic.value },
          { name: '项目支出', value: project.value },
        ]),
        {
          head: ['类别', '金额（万元）'],
          rows: [
            ['基本支出', fmtMoney(basic.value)],
            ['项目支出', fmtMoney(project.value)],
          ],
        },
      ),
    );
  // over the years: the series of the organisation; a single year still shows the stated previous year
  let s = series;
  if (s.length < 2) {
    const prev: Record<string, string> = {};
    for (const k of ['threePublic.total', 'operatingCost']) {
      const fg = k === 'operatingCost' ? m.operatingCost : m.threePublic.total;
      if (fg?.prev !== undefined) prev[k] = fg.prev;
    }
    if (Object.keys(prev).length) s = [{ year: d.year - 1, figures: prev }, ...s];
  }
  const sc = seriesChart(
    s,
    [
      ['threePublic.total', '“三公”经费', 'bar'],
      ['operatingCost', '机关运行经费', 'line'],
    ],
    'ch-3p',
    `“三公”经费与机关运行经费（历年${kindName(d.kind, d.scope)}，万元）`,
  );
  if (sc) out.push(sc);
  const tp = m.threePublic;
  const parts = [
    ['因公出国（境）费', tp.abroad],
    ['公务接待费', tp.reception],
    ['公务用车购置费', tp.vehiclePurchase],
    ['公务用车运行维护费', tp.vehicleOperation],
  ] as const;
  const present = parts.filter(([, f]) => f?.value !== undefined);
  if (present.length)
    out.push(
      chartFigure('ch-3pp', '“三公”经费构成（万元）', barsChart(present.map(([name, f]) => ({ name, value: f!.value! }))), {
        head: ['项目', '本年（万元）', '上年（万元）'],
        rows: present.map(([name, f]) => [name, fmtMoney(f!.value), fmtMoney(f!.prev)]),
      }),
    );
  return out;
}

export function searchPage(
  p: { q: string; year?: number; region?: string; kind?: string; org?: string; offset: number },
  r: SearchResult | null,
  opt: { years: number[]; regions: string[]; ms: number; refused?: string; browse?: { total: number; rows: DisclosureRow[] } },
): Html {
  const limit = 20;
  return page({
    title: p.q ? `检索：${p.q}` : '全文检索',
    path: '/search',
    body: html`<h1>全文检索</h1>
${searchForm(p, opt)}
${opt.refused ? html`<p class="notice" role="alert">${opt.refused}请缩短后再检索。</p>` : ''}
${
  r
    ? html`<section aria-labelledby="res" aria-live="polite"><h2 id="res">“${p.q}”${r.approximate ? '约' : '共'} ${r.total} 条结果 <span class="small muted">（${opt.ms} 毫秒）</span></h2>
${
  r.hits.length
    ? html`<ul class="plain results">${r.hits.map(
        (h) => html`<li><h3><a href="${discUrl(h)}">${h.title}</a></h3>
<div class="small muted">${h.region} · ${h.year}年 · ${kindBadge(h.kind, h.scope)} ${sampleBadge(h.isSample)} · 支出总计 ${fmtMoney(h.expenditure)} 万元</div>
<p class="snippet">${highlight(h.snippet, h.marks)}</p></li>`,
      )}</ul>
<nav class="pager" aria-label="分页">${p.offset > 0 ? html`<a class="button secondary" href="${url('/search', { ...p, offset: Math.max(0, p.offset - limit) || undefined })}">上一页</a>` : ''}
<span class="muted small">第 ${p.offset + 1}–${p.offset + r.hits.length} 条</span>
${p.offset + limit < r.total ? html`<a class="button secondary" href="${url('/search', { ...p, offset: p.offset + limit })}">下一页</a>` : ''}</nav>`
    : r.total > 0
      ? html`<p>共 ${r.total} 条结果，本页（从第 ${p.offset + 1} 条起）已超出范围。<a href="${url('/search', { ...p, offset: undefined })}">回到第 1 页</a></p>`
      : html`<p>没有找到。可以换个关键词，或去掉筛选条件。</p>`
}</section>`
    : opt.browse
      ? html`<section aria-labelledby="res"><h2 id="res">共 ${opt.browse.total} 份文件 <span class="small muted">（按年度，不限关键词）</span></h2>${rowsTable(opt.browse.rows)}
<nav class="pager" aria-label="分页">${p.offset > 0 ? html`<a class="button secondary" href="${url('/search', { ...p, offset: Math.max(0, p.offset - 20) || undefined })}">上一页</a>` : ''}
<span class="muted small">第 ${Math.min(p.offset + 1, opt.browse.total)}–${p.offset + opt.browse.rows.length} 份</span>
${p.offset + 20 < opt.browse.total ? html`<a class="button secondary" href="${url('/search', { ...p, offset: p.offset + 20 })}">下一页</a>` : ''}</nav></section>`
      : html`<p class="muted">不填关键词、只选年度、地区或类型，可浏览全部文件。输入关键词检索所有公开文件的全文，例如 <a href="/search?q=三公经费">三公经费</a>、<a href="/search?q=预算">预算</a>、<a href="/search?q=机关运行经费">机关运行经费</a>。两个字的词也可以检索。</p>`
}`,
  });
}

export const COMPARE_KEYS: readonly FigureKey[] = [
  'income.total',
  'expenditure.total',
  'expenditure.basic',
  'expenditure.project',
  'general.expenditure',
  'general.basic',
  'general.project',
  'threePublic.total',
  'threePublic.abroad',
  'threePublic.reception',
  'threePublic.vehiclePurchase',
  'threePublic.vehicleOperation',
  'operatingCost',
  'procurement.total',
  'performance.amount',
];

export function comparePage(items: (DisclosureRow & { figures: Record<string, string> })[], choices: DisclosureRow[], selected: string[]): Html {
  const fnKeys = [
    ...new Set(items.flatMap((i) => Object.keys(i.figures).filter((k) => k.startsWith(FUNCTION_KEY_PREFIX) && !/\.(prev|change|budget)$/.test(k)))),
  ];
  const keys = [...COMPARE_KEYS.filter((k) => items.some((i) => i.figures[k] !== undefined)), ...fnKeys];
  const first = items[0];
  const picker = html`<form method="get" action="/compare" class="card" aria-label="选择要对比的文件"><div class="filters">
${[0, 1, 2].map((i) => html`<div><label for="d${i}">文件 ${i + 1}${i === 2 ? '（可选）' : ''}</label><select id="d${i}" name="d"><option value="">—</option>${choices.map((c) => html`<option value="${c.key}"${selected[i] === c.key ? raw(' selected') : ''}>${c.org} ${c.year}年${kindName(c.kind, c.scope)}</option>`)}</select></div>`)}
</div><p><button type="submit">对比</button></p></form>`;
  if (items.length < 2)
    return page({ title: '对比', path: '/compare', body: html`<h1>对比公开文件</h1><p>选择两份或更多文件，并排比较数字、增减和占比。</p>${picker}` });
  return page({
    title: '对比',
    path: '/compare',
    body: html`<h1>对比公开文件</h1>
<p class="muted">增减和变化率以第一份文件为基准；占比为占本文件支出总计的比例。单位：万元。</p>
<div class="table-wrap"><table class="compare">
<thead><tr><th scope="col">项目（万元）</th>${items.map((it, i) => html`<th scope="col" class="num"><a href="${discUrl(it)}">${it.org}</a><br>${it.year}年${kindName(it.kind, it.scope)}${i > 0 ? html`<br><span class="small muted">与第1份比</span>` : ''}</th>`)}</tr></thead>
<tbody>${keys.map(
      (k) =>
        html`<tr><th scope="row">${figureName(k)}</th>${items.map((it, i) => {
          const c = i > 0 ? fmtChange(first.figures[k], it.figures[k]) : null;
          return html`<td class="num">${fmtMoney(it.figures[k])}<br><span class="small muted">${share(it.figures[k], it.figures['expenditure.total'])}</span>${c && c.dir !== 'none' ? html`<br><span class="small ${c.dir}">${c.diff}（${c.pct}）</span>` : ''}</td>`;
        })}</tr>`,
    )}</tbody></table></div>
<p><a class="button secondary" href="${url('/api/compare', { d: items.map((i) => i.key) })}">JSON</a></p>
<h2>换一组</h2>${picker}`,
  });
}

export function regionsPage(regions: { region: string; organisations: number; disclosures: number; latestYear: number }[]): Html {
  return page({
    title: '地区汇总',
    path: '/region',
    body: html`<h1>地区汇总</h1><p class="muted">选择地区，查看其所属部门的汇总数字，并逐级查看单位与文件。</p>
<div class="grid">${regions.map((r) => html`<a class="stat" href="${`/region/${encodeURIComponent(r.region)}`}" style="text-decoration:none"><div class="n" style="font-size:1.2rem">${r.region}</div><div class="l">${r.organisations} 个单位 · ${r.disclosures} 份文件 · 最新 ${r.latestYear} 年</div></a>`)}</div>`,
  });
}

export function regionPage(
  r: {
    region: string;
    kind: string;
    year: number | null;
    years: number[];
    rows: (DisclosureRow & { figures: Record<string, string> })[];
    totals: Record<string, string>;
  },
  chart: Html | '',
): Html {
  const cols: [string, string][] = [
    ['expenditure.total', '支出总计'],
    ['expenditure.basic', '基本支出'],
    ['expenditure.project', '项目支出'],
    ['threePublic.total', '“三公”经费'],
    ['operatingCost', '机关运行经费'],
    ['procurement.total', '政府采购'],
  ];
  void ROLLUP_KEYS;
  return page({
    title: `${r.region} 汇总`,
    path: '/region',
    body: html`<nav class="crumbs" aria-label="位置"><a href="/">首页</a> › <a href="/regions">地区</a> › ${r.region}</nav>
<h1>${r.region}：${r.year ?? ''}年${KIND_LABEL[r.kind]}汇总</h1>
<form method="get" class="filters" style="max-width:30rem" aria-label="选择年度和类型">
<div><label for="ry">年度</label><select id="ry" name="year">${r.years.map((y) => html`<option value="${y}"${y === r.year ? raw(' selected') : ''}>${y}年</option>`)}</select></div>
<div><label for="rk">类型</label><select id="rk" name="kind"><option value="budget"${r.kind === 'budget' ? raw(' selected') : ''}>部门预算</option><option value="final"${r.kind === 'final' ? raw(' selected') : ''}>部门决算</option></select></div>
<div style="align-self:end"><button type="submit">查看</button></div></form>
${
  r.rows.length
    ? html`<h2>各部门</h2><div class="table-wrap"><table><thead><tr><th scope="col">单位</th>${cols.map(([, n]) => html`<th scope="col" class="num">${n}（万元）</th>`)}<th scope="col" class="num">占地区支出</th><th scope="col">检查</th></tr></thead>
<tbody>${r.rows.map((x) => html`<tr><th scope="row"><a href="${discUrl(x)}">${x.org}</a> ${sampleBadge(x.isSample)}<br><a class="small" href="${`/org/${x.orgSlug}`}">历年</a></th>${cols.map(([k]) => html`<td class="num">${fmtMoney(x.figures[k])}</td>`)}<td class="num">${share(x.figures['expenditure.total'], r.totals['expenditure.total'])}</td><td>${checkBadge(x)}</td></tr>`)}</tbody>
<tfoot><tr><td>合计（${r.rows.length} 个单位）</td>${cols.map(([k]) => html`<td class="num">${fmtMoney(r.totals[k])}</td>`)}<td class="num">100%</td><td></td></tr></tfoot></table></div>
${chart ? html`<h2>支出总计</h2>${chart}` : ''}`
    : html`<p>该地区此年度没有公开文件。</p>`
}
<p><a class="button" href="${url(`/region/${encodeURIComponent(r.region)}/three-public`, { year: r.year ?? undefined, kind: r.kind })}">谁的“三公”经费增加了（排行）</a> <a class="button secondary" href="${url('/data/figures.csv', { region: r.region, year: r.year ?? undefined })}">本地区本年度全部数字（CSV）</a></p>
<p><a class="button secondary" href="${url(`/api/regions/${encodeURIComponent(r.region)}`, { year: r.year, kind: r.kind })}">JSON</a> <a class="button secondary" href="${url('/transparency', { region: r.region, year: r.year, kind: r.kind })}">透明度</a></p>`,
  });
}

export function transparencyPage(
  rows: (DisclosureRow & { completeness: number; missing: string[]; consistency: string })[],
  p: { region?: string; year?: number; kind?: string },
  opt: { years: number[]; regions: string[] },
  ledger: Html | '' = '',
): Html {
  const label = {
    good: html`<span class="badge ok">一致</span>`,
    warnings: html`<span class="badge warning">有警告</span>`,
    errors: html`<span class="badge error">有错误</span>`,
    unchecked: html`<span class="badge unchecked">未检查</span>`,
  } as Record<string, Html>;
  return page({
    title: '透明度',
    path: '/transparency',
    body: html`<h1>透明度：完整性与一致性</h1>
<p class="muted">完整性：${CORE_KEYS.length} 项核心数字（收支总计、财政拨款基本/项目支出、“三公”经费各项、机关运行经费、政府采购、绩效目标、车辆）中公开了多少；一致性：规则检查发现的错误和警告。</p>
<form method="get" class="filters" aria-label="筛选">
<div><label for="ty">年度</label><select id="ty" name="year"><option value="">全部</option>${opt.years.map((y) => html`<option value="${y}"${y === p.year ? raw(' selected') : ''}>${y}年</option>`)}</select></div>
<div><label for="tr">地区</label><select id="tr" name="region"><option value="">全部</option>${opt.regions.map((x) => html`<option value="${x}"${x === p.region ? raw(' selected') : ''}>${x}</option>`)}</select></div>
<div><label for="tk">类型</label><select id="tk" name="kind"><option value="">全部</option><option value="budget"${p.kind === 'budget' ? raw(' selected') : ''}>部门预算</option><option value="final"${p.kind === 'final' ? raw(' selected') : ''}>部门决算</option></select></div>
<div style="align-self:end"><button type="submit">筛选</button></div></form>
<div class="table-wrap" style="margin-top:1rem"><table><thead><tr><th scope="col">单位</th><th scope="col">地区</th><th scope="col">文件</th><th scope="col" class="num">完整性</th><th scope="col">一致性</th><th scope="col" class="num">错误</th><th scope="col" class="num">警告</th></tr></thead>
<tbody>${rows.map(
      (
        r,
      ) => html`<tr><td><a href="${`/org/${r.orgSlug}`}">${r.org}</a> ${sampleBadge(r.isSample)}</td><td>${r.region}</td><td><a href="${discUrl(r)}">${r.year}年${kindName(r.kind, r.scope)}</a></td>
<td class="num"><meter min="0" max="100" value="${r.completeness}" aria-label="完整性 ${r.completeness}%"></meter> ${r.completeness}%${r.missing.length ? html`<br><span class="small muted" title="${r.missing.map(figureName).join('、')}">缺 ${r.missing.length} 项</span>` : ''}</td>
<td>${label[r.consistency]}</td><td class="num">${r.checked ? r.errors : '—'}</td><td class="num">${r.checked ? r.warnings : '—'}</td></tr>`,
    )}</tbody></table></div>
<p><a class="button secondary" href="${url('/api/transparency', p)}">JSON</a></p>
${ledger}`,
  });
}

export function dataPage(): Html {
  const ex = '/org/{org}/{year}/{kind}';
  return page({
    title: '开放数据',
    path: '/data',
    body: html`<h1>开放数据与 API</h1>
<p>本站页面展示的全部内容都可以用 JSON 获取，说明见 <a href="/api/openapi.json">OpenAPI 文档</a>。地址长期稳定；单位标识为“地区|单位名称”的 SHA-256 前 12 位。</p>
<div class="table-wrap"><table><thead><tr><th scope="col">内容</th><th scope="col">地址</th></tr></thead><tbody>
<tr><td>概况、地区、年度</td><td><a href="/api/stats"><code>/api/stats</code></a></td></tr>
<tr><td>文件列表（可按 region、year、kind、org 筛选）</td><td><a href="/api/disclosures"><code>/api/disclosures</code></a></td></tr>
<tr><td>单位</td><td><a href="/api/organisations"><code>/api/organisations</code></a>、<code>/api/organisations/{org}</code></td></tr>
<tr><td>一份文件（数字、检查发现、原件、版本）</td><td><code>/api/disclosures/{org}/{year}/{kind}</code></td></tr>
<tr><td>数据模型 JSON</td><td><code>${ex}/model.json</code></td></tr>
<tr><td>一份文件的数字 CSV（单位、地区、年度、类型、范围、项目、本年数、上年数、增减、年初预算数、计量单位）</td><td><code>${ex}/figures.csv</code></td></tr>
<tr><td>一个年度或地区全部文件的数字 CSV（批量下载）</td><td><code>/data/figures.csv?year=2024&amp;region=…</code></td></tr>
<tr><td>地区各部门“三公”经费增减排行 CSV</td><td><code>/region/{region}/three-public.csv?year=</code></td></tr>
<tr><td>新公开文件的订阅（Atom）</td><td><a href="/feed.atom"><code>/feed.atom</code></a></td></tr>
<tr><td>原件（逐字节保存）</td><td><code>${ex}/original/{sha256}</code></td></tr>
<tr><td>生成的文件（docx、pdf、xlsx、html、md）</td><td><code>${ex}/render/{format}</code></td></tr>
<tr><td>全文检索</td><td><a href="/api/search?q=三公经费"><code>/api/search?q=三公经费</code></a></td></tr>
<tr><td>对比</td><td><code>/api/compare?d={org}/{year}/{kind}&amp;d=…</code></td></tr>
<tr><td>地区汇总</td><td><a href="/api/regions"><code>/api/regions</code></a>、<code>/api/regions/{region}?year=&amp;kind=</code></td></tr>
<tr><td>透明度</td><td><a href="/api/transparency"><code>/api/transparency</code></a></td></tr>
</tbody></table></div>
<h2 id="licence">来源与许可</h2>
<p>每份文件的原件逐字节保存，页面和 API 给出文件名和 SHA-256，可以核对。原件是各单位依《预算法》第十四条和《政府信息公开条例》公开的政府信息；本站从中读取、整理的数字和检查结论按 <a href="https://creativecommons.org/licenses/by/4.0/deed.zh-hans">知识共享署名 4.0（CC BY 4.0）</a>提供，使用时请注明“预算公开平台”及原件来源。检查结论由程序得出，仅供参考，以原件为准。</p>`,
  });
}

export function errorPage(status: number, message: string): Html {
  return page({
    title: status === 404 ? '未找到' : '出错了',
    path: '',
    body: html`<h1>${status === 404 ? '未找到' : '出错了'}</h1><p>${message}</p><p><a href="/">返回首页</a></p>`,
  });
}

const CATEGORY_LABEL: Record<string, string> = {
  arithmetic: '算术',
  consistency: '一致性',
  'year-over-year': '与上年比较',
  percentage: '百分比',
  completeness: '完整性',
  text: '文字',
  table: '表格',
};

/** The rules catalogue in plain Chinese: what each checks and on what basis. */
export function rulesPage(rules: RuleInfo[]): Html {
  return page({
    title: '检查规则',
    path: '/rules',
    body: html`<h1>检查规则</h1>
<p class="muted">每份文件导入时按下列规则检查。错误：数字算不对或前后矛盾；警告：缺少应有的说明或表述不规范；提示：在四舍五入范围内等不影响结论的差异。标“需正文”的规则只对有正文的文件运行。</p>
<div class="table-wrap"><table><thead><tr><th scope="col">规则</th><th scope="col">级别</th><th scope="col">类别</th><th scope="col">检查什么</th></tr></thead>
<tbody>${rules.map((r) => html`<tr><th scope="row"><a href="${`/rules/${r.id}`}">${ruleName(r.id)}</a>${r.needsText ? html` <span class="badge info">需正文</span>` : ''}</th><td><span class="badge ${r.severity}">${SEVERITY_LABEL[r.severity]}</span></td><td>${CATEGORY_LABEL[r.category] ?? r.category}</td><td>${r.docs}</td></tr>`)}</tbody></table></div>`,
  });
}

/** One rule: what it checks, its basis, and real findings of it on this portal as examples. */
export function rulePage(r: RuleInfo, examples: (DisclosureRow & { finding: Finding })[]): Html {
  return page({
    title: ruleName(r.id),
    path: '/rules',
    body: html`<nav class="crumbs" aria-label="位置"><a href="/">首页</a> › <a href="/rules">检查规则</a> › ${ruleName(r.id)}</nav>
<h1>${ruleName(r.id)}</h1>
<dl class="kv-list">
<dt>检查什么</dt><dd>${r.docs}</dd>
<dt>依据</dt><dd>${r.basis}</dd>
<dt>级别</dt><dd><span class="badge ${r.severity}">${SEVERITY_LABEL[r.severity]}</span>（最高）</dd>
<dt>适用</dt><dd>${r.kinds.map((k) => (k === 'final' ? '决算' : '预算')).join('、')}${r.needsText ? '；需要正文（以数据模型导入、没有正文的文件不运行本规则）' : ''}</dd>
<dt>规则标识</dt><dd><code>${r.id}</code></dd>
</dl>
<h2>本站中的实例</h2>
${
  examples.length
    ? html`<ul class="plain findings">${examples.map((x) => html`<li class="${x.finding.severity}"><span class="badge ${x.finding.severity}">${SEVERITY_LABEL[x.finding.severity]}</span> <a href="${`${discUrl(x)}#findings`}">${x.org} ${x.year}年${kindName(x.kind, x.scope)}</a><p>${plainAmounts(x.finding.message)}</p></li>`)}</ul>`
    : html`<p class="muted">本站现有文件中没有发现这类问题。</p>`
}`,
  });
}

/** The department directory: every organisation by region, with how many disclosures it has and its latest year. */
export function directoryPage(orgs: { slug: string; name: string; region: string; isSample: boolean; disclosures: number; latestYear: number | null }[]): Html {
  const regions = [...new Set(orgs.map((o) => o.region))];
  return page({
    title: '单位名录',
    path: '/orgs',
    body: html`<h1>单位名录</h1><p class="muted">共 ${orgs.length} 个单位，按地区排列。</p>
<nav class="sections" aria-label="地区"><ul>${regions.map((r, i) => html`<li><a href="${`#r${i}`}">${r}</a></li>`)}</ul></nav>
${regions.map(
  (
    r,
    i,
  ) => html`<section aria-labelledby="${`r${i}`}"><h2 id="${`r${i}`}">${r}</h2><div class="table-wrap"><table><thead><tr><th scope="col">单位</th><th scope="col" class="num">文件</th><th scope="col" class="num">最新年度</th></tr></thead>
<tbody>${orgs.filter((o) => o.region === r).map((o) => html`<tr><th scope="row"><a href="${`/org/${o.slug}`}">${o.name}</a> ${sampleBadge(o.isSample)}</th><td class="num">${o.disclosures}</td><td class="num">${o.latestYear ?? '—'}</td></tr>`)}</tbody></table></div></section>`,
)}`,
  });
}

/** 纠错与反馈: where to report a wrong figure or finding (the publishing unit, or the portal's operators). */
export function feedbackPage(contact: string | undefined, about?: string): Html {
  const key = about && /^[0-9a-f]{12}\/\d{4}\/[a-z-]+$/.test(about) ? about : undefined;
  return page({
    title: '纠错与反馈',
    path: '/feedback',
    body: html`<h1>纠错与反馈</h1>
${key ? html`<p>关于：<a href="${`/org/${key}`}">${key}</a></p>` : ''}
<ul>
<li>原件中的数字或文字有误：请联系发布单位（原件“联系方式”部分，或单位官网的政府信息公开栏目）。</li>
<li>本站读错了数字、检查结论有误、页面有问题：${
      contact ? (/^(https?:|mailto:)/.test(contact) ? html`请<a href="${contact}">告诉我们</a>。` : contact) : '请联系本站的运营单位。'
    }说明页面地址、哪个数字或哪条检查发现、原件中的写法（页码），我们核对后更正。</li>
</ul>
<p class="muted small">本站的检查结论由程序按<a href="/rules">公开的规则</a>得出，仅供参考；一切以发布单位的原件为准。</p>`,
  });
}

type Classified = Disclosure['expenditure']['byFunction'][number];

/**
 * 类 → 款 → 项 as nested lists that open on click (no script), from the items' paths (X（类）Y（款）Z（项）) or codes
 * (206 → 20601 → 2060101). A 款 the document does not total shows the exact sum of its 项. No 项, no drill-down.
 */
export function functionTree(items: Classified[], total?: string): Html | '' {
  const withValue = items.filter((c): c is Classified & { figure: { value: string } } => c.figure.value !== undefined);
  // each 项 as [类, 款, 项] names
  const leaves = withValue.filter((c) => c.level === '项' && c.path?.length === 3);
  if (!leaves.length) return '';
  const classes = [...new Set(leaves.map((c) => c.path![0]))];
  const stated = (level: string, name: string) => withValue.find((c) => c.level === level && (c.name === name || c.path?.at(-1) === name))?.figure.value;
  const row = (name: string, value: string | undefined) =>
    html`${name} <span class="amount">${fmtMoney(value)} 万元${total && value ? `（${share(value, total)}）` : ''}</span>`;
  return html`<ul class="plain tree">${classes.map((l) => {
    const inClass = leaves.filter((c) => c.path![0] === l);
    const kuans = [...new Set(inClass.map((c) => c.path![1]))];
    return html`<li><details><summary>${row(l, stated('类', l) ?? add(...inClass.map((c) => c.figure.value)))}</summary><ul class="plain">${kuans.map((k) => {
      const xiang = inClass.filter((c) => c.path![1] === k);
      return html`<li><details><summary>${row(k, stated('款', k) ?? add(...xiang.map((c) => c.figure.value)))}</summary><ul class="plain">${xiang.map((x) => html`<li>${row(x.path![2], x.figure.value)}</li>`)}</ul></details></li>`;
    })}</ul></details></li>`;
  })}</ul>`;
}
