/**
 * “Whose 三公 rose?” on one page: a region's departments ranked by the change of their “三公”经费, sortable by any
 * column (links, no script), and the same table as CSV.
 */
import { compare, sign } from '../model/index.ts';
import type { Store } from '../store/store.ts';
import { kindName } from '../store/identity.ts';
import { fmtMoney } from './format.ts';
import { html, raw, url, type Html } from './html.ts';
import { kindBadge, page, sampleBadge } from './layout.ts';
import { discUrl } from './pages.ts';

export type Ranking = Awaited<ReturnType<Store['threePublicRanking']>>;
type Row = Ranking['rows'][number];

export const SORTS = { change: '增减额', pct: '增减率', value: '本年', prev: '上年', name: '单位' } as const;
export type SortKey = keyof typeof SORTS;

/** Rows in the order asked; rows without the value sorted on stay last either way. */
export function sortRanking(rows: Row[], by: SortKey, desc: boolean): Row[] {
  const val = (r: Row): string | undefined =>
    by === 'change' ? r.change : by === 'pct' ? (r.changePercent ?? undefined) : by === 'value' ? r.value : by === 'prev' ? r.prev : undefined;
  return [...rows].sort((a, b) => {
    if (by === 'name') return (desc ? -1 : 1) * a.org.localeCompare(b.org, 'zh-CN');
    const x = val(a);
    const y = val(b);
    if (x === undefined || y === undefined) return x === undefined ? (y === undefined ? a.org.localeCompare(b.org, 'zh-CN') : 1) : -1;
    return (desc ? -1 : 1) * compare(x, y) || a.org.localeCompare(b.org, 'zh-CN');
  });
}

export const RANKING_HEAD = ['单位', '地区', '年度', '类型', '本年“三公”经费（万元）', '上年（万元）', '上年数来源', '增减额（万元）', '增减率（%）'];

export function rankingCsvRows(rows: Row[]): string[][] {
  return rows.map((x) => [
    x.org,
    x.region,
    String(x.year),
    kindName(x.kind, x.scope),
    x.value ?? '',
    x.prev ?? '',
    x.prevFrom === 'stated' ? '本文件所列上年数' : x.prevFrom === 'previous' ? '上年文件' : '',
    x.change ?? '',
    x.changePercent ?? '',
  ]);
}

export function rankingPage(r: Ranking, rows: Row[], sort: SortKey, desc: boolean): Html {
  const base = `/region/${encodeURIComponent(r.region)}/three-public`;
  const head = (key: SortKey, label: string, num = true) => {
    const active = key === sort;
    const next = active ? !desc : key !== 'name';
    return html`<th scope="col"${num ? raw(' class="num"') : ''} aria-sort="${active ? (desc ? 'descending' : 'ascending') : 'none'}"><a href="${url(base, { year: r.year, kind: r.kind, sort: key, order: next ? 'desc' : 'asc' })}">${label}${active ? (desc ? ' ▼' : ' ▲') : ''}</a></th>`;
  };
  const rose = rows.filter((x) => x.change !== undefined && sign(x.change) > 0).length;
  return page({
    title: `${r.region} “三公”经费增减排行`,
    path: '/region',
    body: html`<nav class="crumbs" aria-label="位置"><a href="/">首页</a> › <a href="/regions">地区</a> › <a href="${`/region/${encodeURIComponent(r.region)}`}">${r.region}</a> › “三公”经费排行</nav>
<h1>${r.region}：谁的“三公”经费增加了？</h1>
<p class="muted">${r.year ?? ''}年${kindName(r.kind)}，各部门“三公”经费与上年相比（上年数取本文件所列，没有的取上年文件）。点击表头排序。${r.rows.length ? `${rose} 个部门增加。` : ''}</p>
<form method="get" class="filters" style="max-width:30rem" aria-label="选择年度和类型">
<div><label for="ty">年度</label><select id="ty" name="year">${r.years.map((y) => html`<option value="${y}"${y === r.year ? raw(' selected') : ''}>${y}年</option>`)}</select></div>
<div><label for="tk">类型</label><select id="tk" name="kind">${r.kinds.map((k) => html`<option value="${k}"${k === r.kind ? raw(' selected') : ''}>${kindName(k)}</option>`)}</select></div>
<div style="align-self:end"><button type="submit">查看</button></div></form>
${
  rows.length
    ? html`<div class="table-wrap" style="margin-top:1rem"><table><thead><tr><th scope="col">#</th>${head('name', '单位', false)}${head('value', '本年（万元）')}${head('prev', '上年（万元）')}${head('change', '增减额（万元）')}${head('pct', '增减率')}</tr></thead>
<tbody>${rows.map((x, i) => {
        const dir = x.change === undefined ? '' : sign(x.change) > 0 ? 'up' : sign(x.change) < 0 ? 'down' : '';
        return html`<tr><td class="num">${i + 1}</td><th scope="row"><a href="${discUrl(x)}">${x.org}</a> ${sampleBadge(x.isSample)}</th><td class="num">${fmtMoney(x.value)}</td><td class="num">${fmtMoney(x.prev)}${x.prevFrom === 'previous' ? html`<sup title="取自上年文件">*</sup>` : ''}</td><td class="num ${dir}">${x.change === undefined ? '—' : (sign(x.change) > 0 ? '+' : '') + fmtMoney(x.change)}</td><td class="num ${dir}">${x.changePercent === null ? '—' : `${x.changePercent}%`}</td></tr>`;
      })}</tbody></table></div>
<p class="small muted">* 上年数取自上年文件。${kindBadge(r.kind)} 仅含部门文件（单位文件是部门的一部分，不重复计算）。</p>`
    : html`<p>该地区此年度没有部门公开文件。</p>`
}
<p><a class="button" href="${url(`${base}.csv`, { year: r.year, kind: r.kind, sort, order: desc ? 'desc' : 'asc' })}">下载本表（CSV）</a></p>`,
  });
}
