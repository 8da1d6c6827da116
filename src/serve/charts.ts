/**
 * Charts as server-rendered SVG (ECharts SSR, no DOM). Values come in as exact decimal strings and are turned into
 * numbers only for drawing. Labels are our own (figure names, unit names are escaped by ECharts' SVG renderer).
 */
import * as echarts from 'echarts';
import { toNumber, type Decimal } from '../model/index.ts';

const FONT = "'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";
export const PALETTE = ['#1d5fa3', '#b3261e', '#e0a100', '#2f8f5b', '#7a4fb5', '#0e8a96', '#c05621', '#55606e', '#d0447a', '#6b8e23'];

/** The width phones get: the chart's own pixels are about the screen's, so its text stays at 13 px. */
const NARROW = 340;

function draw(option: echarts.EChartsOption, width: number, height: number, fontSize: number, cls: string): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  chart.setOption({ animation: false, color: PALETTE, textStyle: { fontFamily: FONT, fontSize, color: '#1b2430' }, ...option });
  const out = chart.renderToSVGString();
  chart.dispose();
  // width/height attributes → responsive: keep the viewBox, let CSS size it
  const sized = out.replace(/^<svg([^>]*?) width="\d+" height="\d+"/, `<svg$1 class="${cls}" focusable="false" aria-hidden="true"`);
  return /viewBox=/.test(sized.slice(0, 400)) ? sized : sized.replace('<svg', `<svg viewBox="0 0 ${width} ${height}"`);
}

/**
 * A chart drawn twice: at its width for wide screens and at 340 px for phones (CSS shows one). A viewBox scaled to
 * a phone's width would shrink 13 px text to 4–8 px.
 */
function svg(option: echarts.EChartsOption, width: number, height: number): string {
  return draw(option, width, height, 14, 'w') + draw(option, NARROW, height, 13, 'n');
}

const num = (d: Decimal | undefined) => (d === undefined ? null : toNumber(d));
// eslint-disable-next-line @typescript-eslint/no-base-to-string -- an ECharts label value is a string or a number
const fmt = (v: unknown) => (typeof v === 'number' ? v.toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 }) : String(v ?? ''));

/** Horizontal bars, largest first (expenditure by function class, departments of a region). */
export function barsChart(
  items: { name: string; value: Decimal }[],
  opts: { width?: number; /** counts, not money: no decimals */ counts?: boolean; maxLabel?: number } = {},
): string {
  const max = opts.maxLabel ?? 14;
  const sorted = [...items].sort((a, b) => toNumber(a.value) - toNumber(b.value));
  const height = Math.max(140, 46 + sorted.length * 34);
  const width = opts.width ?? 560;
  return svg(
    {
      grid: { left: 10, right: 90, top: 10, bottom: 24, containLabel: true },
      // each bar carries its value: axis numbers would only crowd a phone's width
      xAxis: { type: 'value', axisLabel: { show: false }, splitLine: { lineStyle: { color: '#e6ebf0' } } },
      yAxis: {
        type: 'category',
        data: sorted.map((i) => (i.name.length > max ? i.name.slice(0, max - 1) + '…' : i.name)),
        axisLabel: { color: '#1b2430' },
        axisTick: { show: false },
      },
      series: [
        {
          type: 'bar',
          data: sorted.map((i) => num(i.value)),
          barMaxWidth: 22,
          itemStyle: { color: '#1d5fa3', borderRadius: [0, 3, 3, 0] },
          label: { show: true, position: 'right', formatter: (p: { value: unknown }) => (opts.counts ? String(p.value) : fmt(p.value)), color: '#1b2430' },
        },
      ],
    },
    width,
    height,
  );
}

/** A donut of parts of a whole (基本支出 / 项目支出). */
export function donutChart(parts: { name: string; value: Decimal }[], opts: { width?: number; height?: number } = {}): string {
  return svg(
    {
      legend: { bottom: 0, left: 'center', itemGap: 18 },
      series: [
        {
          type: 'pie',
          radius: ['42%', '68%'],
          center: ['50%', '45%'],
          data: parts.map((p) => ({ name: p.name, value: num(p.value) })),
          // name and share fit a phone; the amounts are in the legend's data table
          label: { formatter: (p: { name?: string; percent?: number }) => `${p.name}\n${(p.percent ?? 0).toFixed(1)}%`, lineHeight: 18 },
        },
      ] as unknown as echarts.EChartsOption['series'],
    },
    opts.width ?? 520,
    opts.height ?? 300,
  );
}

/** Values over the years: one line per series (“三公”经费, 机关运行经费, 支出总计…). */
export function yearsChart(
  years: number[],
  series: { name: string; values: (Decimal | undefined)[]; type?: 'line' | 'bar' }[],
  opts: { width?: number; height?: number } = {},
): string {
  return svg(
    {
      legend: { top: 0, left: 'center' },
      grid: { left: 10, right: 20, top: 40, bottom: 10, containLabel: true },
      xAxis: { type: 'category', data: years.map((y) => `${y}年`), axisLabel: { color: '#1b2430' } },
      yAxis: {
        type: 'value',
        name: '万元',
        nameTextStyle: { color: '#566273' },
        axisLabel: { color: '#566273' },
        splitLine: { lineStyle: { color: '#e6ebf0' } },
      },
      series: series.map((s) => ({
        name: s.name,
        type: s.type ?? 'line',
        data: s.values.map(num),
        symbolSize: 7,
        barMaxWidth: 28,
        connectNulls: true,
        label: { show: years.length <= 6, position: 'top', formatter: (p: { value: unknown }) => fmt(p.value) },
      })),
    },
    opts.width ?? 560,
    opts.height ?? 300,
  );
}
