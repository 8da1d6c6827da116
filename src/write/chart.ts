/**
 * The chart of expenditure by function class: ECharts rendered to an SVG string on the server (no DOM).
 * Font names are written in single quotes: ECharts copies them into a style="…" attribute unescaped.
 */
import * as echarts from 'echarts';
import { toNumber, type Decimal } from '../model/index.ts';

export function expenditureChart(data: { name: string; value: Decimal }[], title: string): string | undefined {
  if (!data.length) return undefined;
  const rows = [...data].reverse();
  const height = 80 + rows.length * 34;
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 640, height });
  try {
    chart.setOption({
      animation: false,
      title: { text: title, left: 'center', textStyle: { fontSize: 14, fontFamily: "'Noto Sans SC', 'Microsoft YaHei', sans-serif" } },
      textStyle: { fontFamily: "'Noto Sans SC', 'Microsoft YaHei', sans-serif" },
      grid: { left: 180, right: 90, top: 40, bottom: 20 },
      xAxis: { type: 'value', name: '万元', axisLabel: { fontSize: 11 } },
      yAxis: { type: 'category', data: rows.map((r) => r.name), axisLabel: { fontSize: 12 } },
      series: [
        {
          type: 'bar',
          data: rows.map((r) => ({ value: toNumber(r.value), label: r.value })),
          itemStyle: { color: '#a61b29' },
          barMaxWidth: 22,
          label: { show: true, position: 'right', formatter: (p: { data: { label: string } }) => p.data.label, fontSize: 12 },
        },
      ],
    });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
