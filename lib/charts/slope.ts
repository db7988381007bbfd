// Slope charts: each category a line from its first series' value to its second's, on one
// vertical d3 scale, labelled at both ends so no legend is needed.
import { scaleLinear } from 'd3-scale';
import { CHART_WIDTH } from './layout';
import type { ChartView } from './types';

export interface SlopeLayout {
  width: number;
  height: number;
  columns: { x: number; label: string }[];
  lines: { category: string; x1: number; y1: number; x2: number; y2: number; left: string; right: string; keys: string[] }[];
}

export function layoutSlope(chart: ChartView): SlopeLayout {
  const series = [...new Set(chart.points.map((p) => p.series))].slice(0, 2);
  const top = 34;
  const height = 240;
  const values = chart.points.map((p) => p.figure.value);
  const y = scaleLinear()
    .domain([Math.min(0, ...values), Math.max(...values, 1)])
    .nice()
    .range([height - 16, top]);
  const xl = CHART_WIDTH * 0.3;
  const xr = CHART_WIDTH * 0.7;
  const lines = [...new Set(chart.points.map((p) => p.category))].flatMap((category) => {
    const [a, b] = series.map((s) => chart.points.find((p) => p.category === category && p.series === s));
    if (!a || !b) return [];
    return [
      {
        category: a.categoryLabel,
        x1: xl,
        y1: y(a.figure.value),
        x2: xr,
        y2: y(b.figure.value),
        left: `${a.categoryLabel} ${a.display}`,
        right: b.display,
        keys: [a.figure.key, b.figure.key],
      },
    ];
  });
  const seriesLabel = (s: string) => chart.points.find((p) => p.series === s)?.seriesLabel ?? s;
  return { width: CHART_WIDTH, height, columns: series.map((s, i) => ({ x: i ? xr : xl, label: seriesLabel(s) })), lines };
}
