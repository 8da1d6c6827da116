/** The page shell: landmarks, skip link, navigation, footer, and the one stylesheet (inline, small, no web fonts). */
import { html, raw, type Html, type Value } from './html.ts';
import { kindName } from '../store/identity.ts';

const CSS = `
:root{--cjk:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Hiragino Sans GB","Microsoft YaHei","WenQuanYi Micro Hei",sans-serif;--digits:"Segoe UI","Helvetica Neue",Arial,"DejaVu Sans","Noto Sans CJK SC",sans-serif;--ink:#1b2430;--muted:#566273;--line:#dde3ea;--bg:#f5f7fa;--card:#fff;--brand:#0f3a66;--brand2:#1d5fa3;--accent:#b3261e;--ok:#1e6b3a;--warn:#8a5300;--err:#b3261e;--mark:#ffe58a}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:16px/1.7 var(--cjk);color:var(--ink);background:var(--bg);overflow-wrap:anywhere}
a{color:var(--brand2)}a:hover{color:var(--brand)}
.skip{position:absolute;left:-999px;top:0;background:#fff;padding:.5rem 1rem;z-index:9}.skip:focus{left:.5rem}
header.site{background:var(--brand);color:#fff}
header.site .bar{max-width:1120px;margin:0 auto;padding:.6rem 1rem;display:flex;flex-wrap:wrap;align-items:center;gap:.4rem 1.4rem}
header.site .logo{color:#fff;text-decoration:none;font-weight:700;font-size:1.15rem;letter-spacing:.04em;display:flex;align-items:center;gap:.5rem}
header.site .logo b{display:inline-grid;place-items:center;width:1.8rem;height:1.8rem;border-radius:.35rem;background:var(--accent);font-size:1rem}
nav.main ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.1rem .2rem}
nav.main a{color:#e8f0f8;text-decoration:none;padding:.35rem .6rem;border-radius:.3rem;display:block}
nav.main a:hover,nav.main a[aria-current=page]{background:rgba(255,255,255,.14);color:#fff}
main{max-width:1120px;margin:0 auto;padding:1.2rem 1rem 3rem}
h1{font-size:1.6rem;line-height:1.3;margin:.4rem 0 .8rem}h2{font-size:1.2rem;margin:2rem 0 .7rem;padding-left:.6rem;border-left:4px solid var(--accent)}h3{font-size:1.05rem;margin:1.2rem 0 .4rem}
.muted{color:var(--muted)}.small{font-size:.875rem}
.card{background:var(--card);border:1px solid var(--line);border-radius:.6rem;padding:1rem 1.1rem}
.grid{display:grid;gap:.8rem;grid-template-columns:repeat(auto-fit,minmax(min(100%,155px),1fr))}
.grid2{display:grid;gap:1rem;align-items:start;grid-template-columns:repeat(auto-fit,minmax(min(100%,460px),1fr))}
.stat{background:var(--card);border:1px solid var(--line);border-radius:.6rem;padding:.8rem 1rem}
.stat .n{font-size:1.6rem;font-weight:700;color:var(--brand);font-variant-numeric:tabular-nums}.stat .l{color:var(--muted);font-size:.9rem}
.stat .d{font-size:.85rem}
.hero{background:linear-gradient(135deg,#0f3a66,#1d5fa3);color:#fff;border-radius:.8rem;padding:1.6rem 1.4rem;margin-bottom:1.2rem}
.hero h1{margin-top:0}.hero p{margin:.2rem 0 1rem;color:#dce8f5}
form.search{display:flex;flex-wrap:wrap;gap:.5rem;align-items:flex-end}
form.search .q{flex:1 1 16rem}
label{display:block;font-size:.85rem;color:inherit;margin-bottom:.2rem}
input[type=search],input[type=text],input[type=password],textarea,select{width:100%;font:inherit;padding:.55rem .7rem;border:1px solid #9aa8b8;border-radius:.4rem;background:#fff;color:var(--ink);min-height:2.6rem}
button,.button{font:inherit;padding:.55rem 1.1rem;border:0;border-radius:.4rem;background:var(--accent);color:#fff;cursor:pointer;min-height:2.6rem;text-decoration:none;display:inline-block}
button:hover,.button:hover{background:#8f1d17;color:#fff}
.button.secondary{background:#fff;color:var(--brand);border:1px solid var(--brand2)}.button.secondary:hover{background:#eef4fb;color:var(--brand)}
:focus-visible{outline:3px solid #f0b400;outline-offset:2px}
.filters{display:grid;gap:.6rem;grid-template-columns:repeat(auto-fit,minmax(150px,1fr));margin:.6rem 0 0}
.table-wrap{overflow-x:auto;-webkit-overflow-scrolling:touch;border:1px solid var(--line);border-radius:.5rem;background:#fff}
table{border-collapse:collapse;width:100%;font-variant-numeric:tabular-nums;overflow-wrap:normal}
th,td{padding:.5rem .7rem;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
thead th{background:#eef2f7;font-weight:600;white-space:nowrap;position:sticky;top:0}
td.num,th.num{text-align:right;white-space:nowrap}td.num,.stat .n{font-family:var(--digits);font-variant-numeric:tabular-nums}
tbody th[scope=row],td.name{min-width:9em}
tbody tr:hover{background:#f8fafc}
tfoot td{font-weight:700;background:#f3f6f9}
.badge{display:inline-block;font-size:.78rem;line-height:1.2;padding:.18rem .45rem;border-radius:.3rem;border:1px solid currentColor;white-space:nowrap;vertical-align:middle}
.badge.sample{color:#7a4b00;background:#fff4d6}.badge.budget{color:#0f3a66;background:#e7f0fa}.badge.final{color:#4b2a7a;background:#f1eafa}
.badge.error{color:#fff;background:var(--err);border-color:var(--err)}.badge.warning{color:#5c3700;background:#ffe3a3;border-color:#d69a00}.badge.info{color:#0f3a66;background:#e7f0fa}
.badge.ok{color:#fff;background:var(--ok);border-color:var(--ok)}.badge.unchecked{color:var(--muted)}
.up{color:#a3261e}.down{color:#1e6b3a}
ul.plain{list-style:none;padding:0;margin:0}
ul.results>li{background:#fff;border:1px solid var(--line);border-radius:.6rem;padding:.8rem 1rem;margin-bottom:.7rem}
ul.results h3{margin:0 0 .25rem;font-size:1.05rem}
.snippet{margin:.35rem 0 0;color:#333d4a}
mark{background:var(--mark);color:inherit;padding:0 .1em;border-radius:.15em}
figure{margin:0}figure.chart{background:#fff;border:1px solid var(--line);border-radius:.6rem;padding:.6rem .6rem .2rem}
figure.chart figcaption{font-weight:600;padding:.2rem .4rem}
figure.chart .svg{width:100%;overflow:hidden}figure.chart svg{width:100%;height:auto;display:block}
details{margin:.3rem .4rem .6rem}summary{cursor:pointer;color:var(--brand2);font-size:.9rem}
.findings li{border-left:4px solid var(--line);background:#fff;padding:.6rem .8rem;margin:.5rem 0;border-radius:0 .4rem .4rem 0}
.findings li.error{border-left-color:var(--err)}.findings li.warning{border-left-color:#d69a00}.findings li.info{border-left-color:var(--brand2)}
.findings blockquote{margin:.3rem 0;padding:.3rem .6rem;background:#f5f7fa;border-radius:.3rem;font-size:.9rem;white-space:pre-wrap;word-break:break-all}
.narrative{background:#fff;border:1px solid var(--line);border-radius:.6rem;padding:.4rem 1.2rem 1rem}
.narrative p{margin:.45rem 0;text-indent:2em;white-space:pre-wrap}.narrative p.toc{text-indent:0;color:var(--muted);font-size:.9rem}
.findings p{margin:.3rem 0}.findings a.rule{font-weight:600}.where{color:var(--muted);font-size:.85rem;margin-right:.3rem}
details.infos{margin:.6rem 0}
ul.tree ul{margin-left:1.2rem}ul.tree li{padding:.15rem 0}ul.tree .code{color:var(--muted);font-family:var(--digits);font-size:.85rem}ul.tree .amount{font-family:var(--digits);font-variant-numeric:tabular-nums;white-space:nowrap}ul.tree summary{color:inherit;font-size:1rem}
nav.sections{background:#fff;border:1px solid var(--line);border-radius:.5rem;padding:.4rem .7rem;margin:.8rem 0}nav.sections ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.2rem 1rem}nav.sections a{display:inline-block;padding:.2rem 0}
dl.kv-list{display:grid;grid-template-columns:max-content 1fr;gap:.3rem 1rem}dl.kv-list dt{color:var(--muted)}dl.kv-list dd{margin:0}
.svg>.n{display:none}@media (max-width:760px){.svg>.w{display:none}.svg>.n{display:block}}
@media print{header.site,footer.site,nav.sections,.downloads,form,.pager,.skip{display:none}body{background:#fff}main{max-width:none;padding:0}.card,.stat,figure.chart,.narrative,.table-wrap{border-color:#999}details{display:block}details>summary{display:none}a{color:inherit;text-decoration:none}}
.downloads{display:flex;flex-wrap:wrap;gap:.5rem}
.notice{background:#fff8e1;border:1px solid #f0c36d;border-radius:.5rem;padding:.6rem .9rem;margin:.8rem 0}
.crumbs{font-size:.9rem;margin:.2rem 0 .6rem}.crumbs a{text-decoration:none}
.pager{display:flex;gap:.6rem;margin:1rem 0;align-items:center}
footer.site{border-top:1px solid var(--line);background:#fff;color:var(--muted);font-size:.875rem}
footer.site div{max-width:1120px;margin:0 auto;padding:1rem}
.signed{background:#0b2d50;color:#dce8f5;font-size:.9rem}.signed div{max-width:1120px;margin:0 auto;padding:.3rem 1rem;display:flex;flex-wrap:wrap;gap:.3rem 1rem;align-items:center}.signed a{color:#fff}.signed form{margin:0 0 0 auto}.signed button{min-height:2rem;padding:.2rem .8rem;background:transparent;border:1px solid #9fb8d3}
form.stack{display:grid;gap:.6rem;max-width:36rem}form.stack textarea{min-height:4.5rem}form.inline{display:flex;flex-wrap:wrap;gap:.5rem;align-items:flex-end;margin:.4rem 0}form.inline .grow{flex:1 1 14rem}
input[type=file]{max-width:100%;font:inherit}.answer{font-size:.9rem;margin:.3rem 0;padding:.3rem .6rem;background:#f3f6f9;border-radius:.3rem}
.state{display:inline-block;font-size:.8rem;padding:.1rem .45rem;border-radius:.3rem;background:#eef2f7;border:1px solid var(--line)}.state.approved{background:#e3f3e8;color:var(--ok)}.state.returned{background:#fdecea;color:var(--err)}.state.submitted{background:#fff4d6;color:var(--warn)}
.message{border-left:4px solid var(--err);background:#fff;padding:.5rem .8rem;margin:.6rem 0}.message.ok{border-left-color:var(--ok)}
del{background:#fdecea;text-decoration:line-through}ins{background:#e3f3e8;text-decoration:none}pre.diff{white-space:pre-wrap;word-break:break-all;background:#fff;border:1px solid var(--line);border-radius:.5rem;padding:.6rem;font:inherit;font-size:.95rem}
.kv{display:flex;flex-wrap:wrap;gap:.3rem 1.2rem;margin:.2rem 0 .6rem;color:var(--muted);font-size:.95rem}
@media (max-width:600px){h1{font-size:1.3rem}main{padding:.8rem .7rem 2rem}.hero{padding:1.1rem 1rem}th,td{padding:.45rem .5rem}.stat .n{font-size:1.3rem}}
`;

const NAV: [string, string][] = [
  ['/', '首页'],
  ['/search', '全文检索'],
  ['/regions', '地区汇总'],
  ['/orgs', '单位名录'],
  ['/compare', '对比'],
  ['/transparency', '透明度'],
  ['/rules', '检查规则'],
  ['/data', '开放数据'],
];

/** The signed-in user's bar: who, where to work, and signing out (a form: logging out changes state). */
export interface SignedIn {
  login: string;
  displayName: string;
  role: string;
  csrf: string;
}

function signedBar(u: SignedIn): Html {
  return html`<div class="signed"><div><span>已登录：${u.displayName}（${u.login}）</span><a href="/work">工作台</a>
<form method="post" action="/logout"><input type="hidden" name="_csrf" value="${u.csrf}"><button type="submit">退出</button></form></div></div>`;
}

export function page(opts: { title: string; path: string; body: Value; description?: string; user?: SignedIn }): Html {
  const current = (href: string) => (href === '/' ? opts.path === '/' : opts.path.startsWith(href));
  return html`<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${opts.title} · 预算公开平台</title>
<meta name="description" content="${opts.description ?? '部门预算、部门决算公开：浏览、检索、对比与下载'}">
<link rel="icon" href="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'%3E%3Crect width='16' height='16' rx='3' fill='%23b3261e'/%3E%3C/svg%3E">
<link rel="alternate" type="application/atom+xml" title="新公开的文件" href="/feed.atom">
<style>${raw(CSS)}</style>
</head>
<body>
<a class="skip" href="#content">跳到正文</a>
<header class="site"><div class="bar">
<a class="logo" href="/"><b aria-hidden="true">预</b>预算公开平台</a>
<nav class="main" aria-label="主导航"><ul>${NAV.map(([href, label]) => html`<li><a href="${href}"${current(href) ? raw(' aria-current="page"') : ''}>${label}</a></li>`)}</ul></nav>
</div></header>
${opts.user ? signedBar(opts.user) : ''}
<main id="content" tabindex="-1">
${opts.body}
</main>
<footer class="site"><div>
<p>数据来自各单位公开的部门预算、决算文件；标有“示例单位”的为演示用虚构数据。金额单位：万元。
<a href="/data">开放数据与 API</a> · <a href="/api/openapi.json">OpenAPI</a> · <a href="/feed.atom">订阅新文件（Atom）</a> · <a href="/feedback">纠错与反馈</a> · <a href="/work">部门与财政工作台</a></p>
</div></footer>
</body>
</html>`;
}

/** 部门预算, 单位决算 …: the scope is part of what a document is, so the badge names it. */
/** A table in its scrolling frame (wide tables scroll on a phone): the column heads, then a row of cells for each item. */
export function dataTable(head: readonly string[], rows: readonly Value[][], style?: string): Html {
  return html`<div class="table-wrap"${style ? html` style="${style}"` : ''}>
    <table>
      <thead>
        <tr>
          ${head.map((h) => html`<th scope="col">${h}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${rows.map((cells) => html`<tr>${cells.map((c) => html`<td>${c}</td>`)}</tr>`)}
      </tbody>
    </table>
  </div>`;
}

export function kindBadge(kind: string, scope = 'department'): Html {
  return html`<span class="badge ${kind}">${kindName(kind, scope)}</span>`;
}

export function sampleBadge(isSample: boolean): Html | '' {
  return isSample ? html`<span class="badge sample" title="演示用虚构数据">示例</span>` : '';
}

export function checkBadge(r: { checked: boolean; errors: number; warnings: number }): Html {
  if (!r.checked) return html`<span class="badge unchecked">未检查</span>`;
  if (r.errors) return html`<span class="badge error">${r.errors} 个错误</span>`;
  if (r.warnings) return html`<span class="badge warning">${r.warnings} 个警告</span>`;
  return html`<span class="badge ok">未发现问题</span>`;
}
