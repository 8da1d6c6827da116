/**
 * The portal as a hono app: pages, downloads and the JSON API over one Store. `app.request()` runs it in-process
 * (tests); server.ts binds it to a port. Pages of a disclosure are cached by the ids of the versions they show
 * (versions are immutable, so a cached page is never stale).
 */
import { Hono, type Context } from 'hono';
import { sub, percent } from '../model/index.ts';
import type { Store } from '../store/store.ts';
import { MAX_TERMS, SearchError, type SearchParams, type SearchResult } from '../store/search.ts';
import { kindName, parseKindKey } from '../store/identity.ts';
import { barsChart } from './charts.ts';
import { renderDisclosure } from './renderer.ts';
import { FORMATS, isFormat, OUTPUT_FORMATS } from '../write/formats.ts';
import { OPENAPI } from './openapi.ts';
import { loadRules } from './rules.ts';
import { securityHeaders } from './security.ts';
import { CSV_HEAD, figureRows, toCsv } from './csv.ts';
import { atomFeed } from './feed.ts';
import { RANKING_HEAD, rankingCsvRows, rankingPage, SORTS, sortRanking, type SortKey } from './ranking.ts';
import { apiQuery, BadParam, MAX_QUERY, paged } from './params.ts';
import { requestGuard } from './guard.ts';
import { workRoutes } from './work.ts';
import { figureChanges, lineDiff } from './diff.ts';
import { ledgerCsv, ledgerSection } from './ledger.ts';
import { ledger } from '../store/ledger.ts';
import {
  chartFigure,
  comparePage,
  COMPARE_KEYS,
  dataPage,
  disclosureCharts,
  disclosurePage,
  errorPage,
  homePage,
  orgPage,
  regionPage,
  regionsPage,
  directoryPage,
  diffPage,
  feedbackPage,
  rulePage,
  rulesPage,
  searchPage,
  seriesChart,
  transparencyPage,
  type DisclosureView,
} from './pages.ts';
import { fmtMoney } from './format.ts';
import type { Html } from './html.ts';

class Lru<V> {
  private map = new Map<string, V>();
  constructor(private max: number) {}
  get(k: string): V | undefined {
    const v = this.map.get(k);
    if (v !== undefined) {
      this.map.delete(k);
      this.map.set(k, v);
    }
    return v;
  }
  set(k: string, v: V) {
    this.map.delete(k);
    this.map.set(k, v);
    if (this.map.size > this.max) this.map.delete(this.map.keys().next().value!);
  }
}

const SLUG = /^[0-9a-f]{12}$/;
const KINDS = new Set(['budget', 'final']);

function intParam(v: string | undefined, min = 0, max = Number.MAX_SAFE_INTEGER): number | undefined {
  if (v === undefined || v === '' || !/^\d{1,9}$/.test(v)) return undefined;
  const n = Number(v);
  return n >= min && n <= max ? n : undefined;
}

function filters(c: Context) {
  const kind = c.req.query('kind');
  const org = c.req.query('org');
  return {
    region: c.req.query('region') || undefined,
    year: intParam(c.req.query('year'), 1990, 2100),
    kind: kind && KINDS.has(kind) ? kind : undefined,
    org: org && SLUG.test(org) ? org : undefined,
  };
}

/** Content-Disposition with the file name in UTF-8 (RFC 6266/5987) and an ASCII fallback. */
function attachment(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

export function createApp(store: Store): Hono {
  const app = new Hono();
  app.use('*', securityHeaders);
  app.use('*', requestGuard);
  // rendered pages, kept encoded: a cache hit writes the bytes as they are
  const pages = new Lru<Uint8Array>(2000);
  const encoder = new TextEncoder();
  const encode = (h: Html | string) => encoder.encode(String(h));

  const sendHtml = (c: Context, h: Html | string | Uint8Array, status = 200) => {
    c.header('Cache-Control', 'public, max-age=60');
    c.header('Content-Type', 'text/html; charset=UTF-8');
    return c.body((h instanceof Uint8Array ? h : encode(h)) as Uint8Array<ArrayBuffer>, status as 200);
  };
  const notFound = (c: Context, what = '没有这个页面。') =>
    c.req.path.startsWith('/api/') ? c.json({ error: 'not found' }, 404) : c.html(String(errorPage(404, what)), 404);

  // search results for repeated queries: dropped on import in this process, and after 30 s (other processes)
  const searches = new Lru<{ at: number; gen: number; value: Promise<SearchResult> }>(500);
  const search = (p: SearchParams) => {
    const key = JSON.stringify([p.q, p.year, p.region, p.kind, p.org, p.limit, p.offset]);
    const hit = searches.get(key);
    if (hit && hit.gen === store.generation && Date.now() - hit.at < 30_000) return hit.value;
    const value = store.search(p);
    searches.set(key, { at: Date.now(), gen: store.generation, value });
    value.catch(() => searches.set(key, { at: 0, gen: -1, value }));
    return value;
  };

  // the years and regions of the filter menus change only on import: kept for a few seconds
  let options: { at: number; gen: number; value: Promise<{ years: number[]; regions: string[] }> } | undefined;
  const filterOptions = () => {
    if (!options || options.gen !== store.generation || Date.now() - options.at > 10_000) {
      const value = Promise.all([store.years(), store.regions()]).then(([years, regions]) => ({
        years: years.map((y) => y.year),
        regions: regions.map((r) => r.region),
      }));
      options = { at: Date.now(), gen: store.generation, value };
      value.catch(() => (options = undefined));
    }
    return options.value;
  };

  /** Resolve /…/:org/:year/:kind to the disclosure's latest version (or the version named by hash). */
  const loadDisclosure = async (c: Context, hash?: string): Promise<DisclosureView | null> => {
    const slug = c.req.param('org')!;
    const year = intParam(c.req.param('year'), 1990, 2100);
    const kind = c.req.param('kind')!;
    if (!SLUG.test(slug) || !year || !parseKindKey(kind)) return null;
    if (hash !== undefined && !/^[0-9a-f]{8,64}$/.test(hash)) return null;
    return (await store.disclosure(slug, year, kind, hash)) as DisclosureView | null;
  };

  app.onError((err, c) => {
    if (err instanceof BadParam) return c.req.path.startsWith('/api/') ? c.json({ error: err.message }, 400) : c.text(`400: ${err.message}`, 400);
    console.error(`yusuan serve: ${c.req.method} ${c.req.path}: ${err.message}`);
    return c.req.path.startsWith('/api/') ? c.json({ error: 'internal error' }, 500) : c.html(String(errorPage(500, '服务器内部错误，请稍后再试。')), 500);
  });
  app.notFound((c) => notFound(c));

  // the work area (sign-in, uploads, review): its own middleware, never cached
  app.route('/', workRoutes(store));

  // ---------------------------------------------------------------- pages

  // the home page: rebuilt on import in this process, and at least every 30 s (imports by other processes)
  let home: { at: number; gen: number; bytes: Uint8Array } | undefined;
  app.get('/', async (c) => {
    if (home && home.gen === store.generation && Date.now() - home.at < 30_000) return sendHtml(c, home.bytes);
    const gen = store.generation;
    const [stats, regions, years, latest, orgs] = await Promise.all([
      store.stats(),
      store.regions(),
      store.years(),
      store.list({ limit: 12, order: 'year' }),
      store.organisations(),
    ]);
    const bytes = encode(homePage({ stats, regions, years, latest, hasSamples: orgs.some((o) => o.isSample) }));
    home = { at: Date.now(), gen, bytes };
    return sendHtml(c, bytes);
  });

  app.get('/search', async (c) => {
    const q = c.req.query('q') ?? '';
    const f = filters(c);
    const offset = intParam(c.req.query('offset'), 0, 100000) ?? 0;
    const started = performance.now();
    // a query too long is refused with a message, never silently cut
    let refused: string | undefined;
    let r: SearchResult | null = null;
    if ([...q].length > MAX_QUERY) refused = `检索词过长：最多 ${MAX_QUERY} 个字（现有 ${[...q].length} 个）。`;
    else if (q.trim())
      try {
        r = await search({ q, ...f, offset, limit: 20 });
      } catch (e) {
        if (!(e instanceof SearchError)) throw e;
        refused = `${e.message}。`;
      }
    // no keyword but a year, region or kind: browse the disclosures
    const browse =
      !q.trim() && !refused && (f.year || f.region || f.kind || f.org)
        ? await Promise.all([store.count(f), store.list({ ...f, offset, limit: 20, order: 'year' })]).then(([total, rows]) => ({ total, rows }))
        : undefined;
    const ms = Math.round(performance.now() - started);
    return sendHtml(
      c,
      searchPage({ q: refused ? q.slice(0, 40) + '…' : q, ...f, offset }, r, { ...(await filterOptions()), ms, refused, browse }),
      refused ? 400 : 200,
    );
  });

  app.get('/org/:org', async (c) => {
    const slug = c.req.param('org');
    if (!SLUG.test(slug)) return notFound(c);
    const o = await store.organisation(slug);
    if (!o) return notFound(c, '没有这个单位。');
    const kind = o.disclosures.some((d) => d.kind === 'final') && !o.disclosures.some((d) => d.kind === 'budget') ? 'final' : 'budget';
    const series = await store.series(slug, kind, ['expenditure.total', 'threePublic.total', 'operatingCost']);
    const label = kind === 'budget' ? '预算' : '决算';
    const charts = [
      seriesChart(series, [['expenditure.total', '支出总计', 'bar']], 'org-total', `历年${label}：支出总计（万元）`),
      seriesChart(
        series,
        [
          ['threePublic.total', '“三公”经费', 'bar'],
          ['operatingCost', '机关运行经费', 'line'],
        ],
        'org-3p',
        `历年${label}：“三公”经费与机关运行经费（万元）`,
      ),
    ].filter((x): x is Html => x !== '');
    return sendHtml(c, orgPage(o, charts));
  });

  // which versions an organisation's pages show: re-read on import here, else at most 2 s old (imports elsewhere)
  const maps = new Lru<{ at: number; gen: number; value: Awaited<ReturnType<Store['versionMap']>> }>(5000);
  const versionMap = async (slug: string) => {
    const hit = maps.get(slug);
    if (hit && hit.gen === store.generation && Date.now() - hit.at < 2000) return hit.value;
    const value = await store.versionMap(slug);
    maps.set(slug, { at: Date.now(), gen: store.generation, value });
    return value;
  };

  const disclosureHandler = async (c: Context, hash?: string) => {
    const slug = c.req.param('org')!;
    const year = intParam(c.req.param('year'), 1990, 2100);
    const kind = c.req.param('kind')!;
    if (!SLUG.test(slug) || !year || !parseKindKey(kind)) return notFound(c);
    const map = await versionMap(slug);
    if (!map.some((s) => s.year === year && s.kind === kind)) return notFound(c, '没有这份公开文件。');
    const key = `d:${slug}/${year}/${kind}/${hash ?? ''}:${map
      .map((s) => `${s.year}${s.kind}${s.versionId}`)
      .sort()
      .join(',')}`;
    const hit = pages.get(key);
    if (hit) return sendHtml(c, hit);
    const siblings = await store.list({ org: slug, limit: 1000 });
    const d = await loadDisclosure(c, hash);
    if (!d) return notFound(c, '没有这个版本。');
    const [findings, figures, series] = await Promise.all([
      store.findings(d.versionId),
      store.figures(d.versionId),
      store.series(slug, kind, ['threePublic.total', 'operatingCost']),
    ]);
    const out = encode(disclosurePage(d, { findings, figures, siblings, charts: disclosureCharts(d, series), rules: await loadRules() }));
    pages.set(key, out);
    return sendHtml(c, out);
  };
  app.get('/org/:org/:year/:kind', (c) => disclosureHandler(c));
  app.get('/org/:org/:year/:kind/v/:hash', (c) => disclosureHandler(c, c.req.param('hash')));

  // what changed between two published versions (default: the latest and the one before it)
  app.get('/org/:org/:year/:kind/diff', async (c) => {
    const q = apiQuery(c, ['from', 'to']);
    const to = await loadDisclosure(c, q.to);
    if (!to) return notFound(c, '没有这个版本。');
    const i = to.versionsList.findIndex((x) => x.id === to.versionId);
    const from = await loadDisclosure(c, q.from ?? to.versionsList[i + 1]?.contentHash.slice(0, 16));
    if (!from || (!q.from && i + 1 >= to.versionsList.length)) return notFound(c, '这份文件只有一个版本。');
    const [a, b] = await Promise.all([store.figures(from.versionId), store.figures(to.versionId)]);
    return sendHtml(c, diffPage(to, from, figureChanges(a, b), lineDiff(from.body, to.body)));
  });

  app.get('/org/:org/:year/:kind/model.json', async (c) => {
    const d = await loadDisclosure(c);
    if (!d) return notFound(c);
    c.header('Content-Disposition', `inline; filename="${d.orgSlug}-${d.year}-${d.kind}.json"`);
    return c.json(d.model);
  });
  app.get('/org/:org/:year/:kind/v/:hash/model.json', async (c) => {
    const d = await loadDisclosure(c, c.req.param('hash'));
    return d ? c.json(d.model) : notFound(c);
  });

  const sendCsv = (c: Context, name: string, body: string) => {
    c.header('Content-Type', 'text/csv; charset=utf-8');
    c.header('Content-Disposition', attachment(name));
    return c.body(body);
  };
  app.get('/org/:org/:year/:kind/figures.csv', async (c) => {
    const d = await loadDisclosure(c);
    if (!d) return notFound(c);
    return sendCsv(c, `${d.org}-${d.year}年${kindName(d.kind, d.scope)}-数字.csv`, toCsv(CSV_HEAD, figureRows(d, await store.figures(d.versionId))));
  });
  // every figure of every latest disclosure of a year and/or region: the bulk download
  app.get('/data/figures.csv', async (c) => {
    const q = apiQuery(c, ['region', 'year', 'kind', 'scope']);
    if (!q.region && !q.year) throw new BadParam('give a year or a region (or both)');
    const rows = await store.list({ ...q, limit: 20000, order: 'year' });
    const figs = await store.figuresOf(rows.map((r) => r.versionId));
    const name = `${q.region ?? '各地区'}-${q.year ? `${q.year}年` : '各年'}${q.kind ? (q.kind === 'final' ? '决算' : '预算') : ''}-数字.csv`;
    return sendCsv(
      c,
      name,
      toCsv(
        CSV_HEAD,
        rows.flatMap((r) => figureRows(r, figs.get(r.versionId)!)),
      ),
    );
  });

  app.get('/org/:org/:year/:kind/original/:sha', async (c) => {
    const d = await loadDisclosure(c);
    const sha = c.req.param('sha');
    // any version of this disclosure may be asked for by its original's hash
    if (!d || !/^[0-9a-f]{64}$/.test(sha)) return notFound(c);
    const src = d.sources.find((s) => s.sha256 === sha);
    const blob =
      src ||
      (await store.db
        .selectFrom('version_sources as s')
        .innerJoin('disclosure_versions as v', 'v.id', 's.version_id')
        .select('s.file_name')
        .where('s.sha256', '=', sha)
        .where(
          'v.id',
          'in',
          d.versionsList.map((v) => v.id),
        )
        .executeTakeFirst())
        ? await store.blob(sha)
        : null;
    if (!blob) return notFound(c, '没有这个原件。');
    c.header('Content-Type', blob.media_type);
    // a PDF opens in the browser's viewer (evidence links go to #page=N); other originals download
    const name = src?.file ?? `${sha.slice(0, 12)}`;
    c.header('Content-Disposition', blob.media_type === 'application/pdf' ? attachment(name).replace(/^attachment/, 'inline') : attachment(name));
    c.header('Cache-Control', 'public, max-age=31536000, immutable');
    return c.body(new Uint8Array(blob.bytes));
  });

  app.get('/org/:org/:year/:kind/render/:format', async (c) => {
    const format = c.req.param('format');
    if (!isFormat(format)) return notFound(c, '不支持这种格式。');
    const t = OUTPUT_FORMATS[format];
    const d = await loadDisclosure(c);
    if (!d) return notFound(c);
    // a document with error findings would be written out with its errors, looking official: not offered (as `yusuan render` refuses)
    if (d.errors > 0) return c.html(String(errorPage(409, `这份文件有 ${d.errors} 个错误，系统不据此生成新文件；请下载原件。`)), 409);
    let bytes: Uint8Array;
    try {
      bytes = await renderDisclosure(d.model, format);
    } catch (e) {
      console.error(`yusuan serve: render ${format} ${d.key}: ${(e as Error).message}`);
      return c.html(String(errorPage(500, `无法生成 ${format.toUpperCase()} 文件。`)), 500);
    }
    c.header('Content-Type', t.mediaType);
    c.header('Content-Disposition', attachment(`${d.org}-${d.year}年${kindName(d.kind, d.scope)}（系统生成）.${t.ext}`));
    return c.body(bytes as Uint8Array<ArrayBuffer>);
  });

  app.get('/compare', async (c) => {
    const keys = (c.req.queries('d') ?? []).filter((k) => /^[0-9a-f]{12}\/\d{4}\/(budget|final)$/.test(k)).slice(0, 6);
    const rows = await store.rows(keys);
    const figs = await store.figuresOf(rows.map((r) => r.versionId));
    const choices = await store.list({ limit: 300 });
    return sendHtml(
      c,
      comparePage(
        rows.map((r) => ({ ...r, figures: figs.get(r.versionId)! })),
        choices,
        keys,
      ),
    );
  });

  app.get('/regions', async (c) => sendHtml(c, regionsPage(await store.regions())));
  app.get('/orgs', async (c) => sendHtml(c, directoryPage(await store.organisations())));
  app.get('/feed.atom', async (c) => {
    const base = new URL(c.req.url).origin;
    c.header('Content-Type', 'application/atom+xml; charset=utf-8');
    return c.body(atomFeed(await store.list({ limit: 50, order: 'recent' }), base));
  });
  app.get('/feedback', (c) => sendHtml(c, feedbackPage(process.env.YUSUAN_FEEDBACK, c.req.query('d'))));
  app.get('/region/:region', async (c) => {
    const region = c.req.param('region');
    const r = await store.rollup(region, filters(c).year, filters(c).kind);
    if (!r.years.length && !(await store.regions()).some((x) => x.region === region)) return notFound(c, '没有这个地区。');
    const withTotal = r.rows.filter((x) => x.figures['expenditure.total'] !== undefined);
    const chart = withTotal.length
      ? chartFigure(
          'rg',
          `${r.region} ${r.year}年各部门支出总计（万元）`,
          barsChart(
            withTotal.map((x) => ({ name: x.org, value: x.figures['expenditure.total'] })),
            { width: 720 },
          ),
          {
            head: ['单位', '支出总计（万元）'],
            rows: withTotal.map((x) => [x.org, fmtMoney(x.figures['expenditure.total'])]),
          },
        )
      : '';
    return sendHtml(c, regionPage(r, chart));
  });

  const ranking = async (c: Context) => {
    const q = apiQuery(c, ['year', 'kind', 'sort', 'order']);
    const sort = (c.req.query('sort') ?? 'change') as SortKey;
    if (!(sort in SORTS)) throw new BadParam(`sort must be one of ${Object.keys(SORTS).join(', ')}`);
    const order = c.req.query('order') ?? (sort === 'name' ? 'asc' : 'desc');
    if (order !== 'asc' && order !== 'desc') throw new BadParam('order must be asc or desc');
    const r = await store.threePublicRanking(c.req.param('region')!, q.year, q.kind);
    return { r, rows: sortRanking(r.rows, sort, order === 'desc'), sort, desc: order === 'desc' };
  };
  app.get('/region/:region/three-public', async (c) => {
    const { r, rows, sort, desc } = await ranking(c);
    if (!r.years.length) return notFound(c, '没有这个地区的部门文件。');
    return sendHtml(c, rankingPage(r, rows, sort, desc));
  });
  app.get('/region/:region/three-public.csv', async (c) => {
    const { r, rows } = await ranking(c);
    if (!r.years.length) return notFound(c);
    return sendCsv(c, `${r.region}-${r.year}年-三公经费增减.csv`, toCsv(RANKING_HEAD, rankingCsvRows(rows)));
  });

  app.get('/transparency', async (c) => {
    const f = filters(c);
    const roster = ledgerSection(await ledger(store.db, f), f);
    return sendHtml(c, transparencyPage(await store.transparency(f), f, await filterOptions(), roster));
  });
  app.get('/transparency/ledger.csv', async (c) => {
    const q = apiQuery(c, ['region', 'year', 'kind']);
    return sendCsv(c, `${q.region ?? '各地区'}-${q.year ? `${q.year}年` : '各年'}-公开台账.csv`, ledgerCsv(await ledger(store.db, q)));
  });
  app.get('/data', (c) => sendHtml(c, dataPage()));
  app.get('/rules', async (c) => sendHtml(c, rulesPage(await loadRules())));
  app.get('/rules/:id', async (c) => {
    const r = (await loadRules()).find((x) => x.id === c.req.param('id'));
    if (!r) return notFound(c, '没有这条规则。');
    return sendHtml(c, rulePage(r, await store.findingsOfRule(r.id, 10)));
  });

  // ---------------------------------------------------------------- JSON API

  app.get('/api/openapi.json', (c) => c.json(OPENAPI));
  app.get('/api/stats', async (c) => c.json({ ...(await store.stats()), regions: await store.regions(), years: await store.years() }));
  const LIST = ['region', 'year', 'kind', 'scope', 'org', 'limit', 'offset'];
  app.get('/api/disclosures', async (c) => {
    const q = apiQuery(c, LIST);
    const [items, total] = await Promise.all([store.list({ ...q, order: 'year' }), store.count(q)]);
    return c.json(paged(items, total, q));
  });
  app.get('/api/disclosures/:org/:year/:kind', async (c) => {
    const d = await loadDisclosure(c);
    if (!d) return notFound(c);
    const { model: _model, ...rest } = d;
    void _model;
    return c.json({
      ...rest,
      links: {
        page: `/org/${d.key}`,
        model: `/org/${d.key}/model.json`,
        csv: `/org/${d.key}/figures.csv`,
        render: FORMATS.map((f) => `/org/${d.key}/render/${f}`),
        originals: d.sources.map((s) => `/org/${d.key}/original/${s.sha256}`),
      },
      figures: await store.figures(d.versionId),
      findings: await store.findings(d.versionId),
    });
  });
  app.get('/api/disclosures/:org/:year/:kind/series', async (c) => {
    const d = await loadDisclosure(c);
    if (!d) return notFound(c);
    return c.json(await store.series(d.orgSlug, d.kindKey, COMPARE_KEYS));
  });
  app.get('/api/organisations', async (c) => {
    const q = apiQuery(c, ['region', 'limit', 'offset'], 1000, 100);
    const all = await store.organisations(q.region);
    return c.json(paged(all.slice(q.offset, q.offset + q.limit), all.length, q));
  });
  app.get('/api/organisations/:org', async (c) => {
    const slug = c.req.param('org');
    const o = SLUG.test(slug) ? await store.organisation(slug) : null;
    return o ? c.json(o) : notFound(c);
  });
  app.get('/api/search', async (c) => {
    const q = apiQuery(c, ['q', ...LIST], 100, 20);
    if (q.q === undefined) throw new BadParam('q is required');
    const r = await search({ ...q, q: q.q }).catch((e) => {
      throw e instanceof SearchError ? new BadParam(`q has too many terms (at most ${MAX_TERMS})`) : e;
    });
    return c.json({ ...r, limit: q.limit, offset: q.offset });
  });
  app.get('/api/compare', async (c) => {
    const keys = (c.req.queries('d') ?? []).filter((k) => /^[0-9a-f]{12}\/\d{4}\/(budget|final)$/.test(k)).slice(0, 6);
    const rows = await store.rows(keys);
    const figs = await store.figuresOf(rows.map((r) => r.versionId));
    const base = rows[0] ? figs.get(rows[0].versionId)! : {};
    return c.json({
      disclosures: rows.map((r) => {
        const f = figs.get(r.versionId)!;
        const total = f['expenditure.total'];
        const keys = Object.keys(f).filter((k) => !k.startsWith('doc.') && !/\.(prev|change|budget)$/.test(k));
        return {
          ...r,
          figures: Object.fromEntries(
            keys.map((k) => [
              k,
              {
                value: f[k],
                share: total && !k.startsWith('assets.') ? percent(f[k], total, 2) : null,
                change: r !== rows[0] && base[k] !== undefined ? sub(f[k], base[k]) : null,
                changePercent: r !== rows[0] && base[k] !== undefined ? percent(sub(f[k], base[k]), base[k], 2) : null,
              },
            ]),
          ),
        };
      }),
    });
  });
  app.get('/api/regions', async (c) => {
    const q = apiQuery(c, ['limit', 'offset'], 1000, 1000);
    const all = await store.regions();
    return c.json(paged(all.slice(q.offset, q.offset + q.limit), all.length, q));
  });
  app.get('/api/regions/:region', async (c) => {
    const q = apiQuery(c, ['year', 'kind']);
    return c.json(await store.rollup(c.req.param('region'), q.year, q.kind));
  });
  app.get('/api/transparency', async (c) => {
    const q = apiQuery(c, ['region', 'year', 'kind', 'limit', 'offset'], 1000, 1000);
    const all = await store.transparency(q);
    return c.json(paged(all.slice(q.offset, q.offset + q.limit), all.length, q));
  });

  return app;
}
