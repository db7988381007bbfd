// Geometry of a chart as horizontal bars (or dumbbells), computed with d3-scale so the
// SVG needs no client code. Category labels sit above their bars, values are labelled at
// the bar's end, so the chart reads at 320 px and colour never carries meaning alone.
import { format, precisionFixed } from 'd3-format';
import { scaleLinear } from 'd3-scale';
import type { Locale } from '@/i18n/locales';
import { formatFigure } from '@/lib/figures/format';
import type { ChartView } from './types';

export const CHART_WIDTH = 360;
const LABEL_SPACE = 118;
const BAR = 16;
const BAR_GAP = 5;
const LABEL_LINE = 18;
const GROUP_GAP = 14;
const AXIS = 36;
/** Room at the left so the first tick label is not clipped. */
const INSET = 6;

export interface LaidBar {
  x: number;
  y: number;
  width: number;
  height: number;
  seriesIndex: number;
  label: string;
  labelX: number;
  figureKey: string;
}

export interface ChartLayout {
  width: number;
  height: number;
  plotWidth: number;
  categories: { label: string; y: number; x: number }[];
  bars: LaidBar[];
  /** Dumbbells: the line between the two ends of a category. */
  links: { x1: number; x2: number; y: number }[];
  ticks: { x: number; label: string }[];
  axisY: number;
}

export function layoutChart(chart: ChartView, locale: Locale): ChartLayout {
  const values = chart.points.flatMap((p) => [p.figure.value, p.figure.valueHigh ?? p.figure.value]);
  const max = Math.max(0, ...values);
  const plotWidth = CHART_WIDTH - LABEL_SPACE;
  const x = scaleLinear()
    .domain([0, max || 1])
    .nice(4)
    .range([INSET, plotWidth]);
  const seriesOrder = [...new Set(chart.points.map((p) => p.series))];
  const categories: ChartLayout['categories'] = [];
  const bars: LaidBar[] = [];
  const links: ChartLayout['links'] = [];
  let y = 0;
  for (const category of [...new Set(chart.points.map((p) => p.category))]) {
    const points = chart.points.filter((p) => p.category === category);
    categories.push({ label: points[0]!.categoryLabel, y: y + 13, x: INSET });
    y += LABEL_LINE;
    if (chart.kind === 'dumbbell') {
      const ends = points.map((p) => x(p.figure.value));
      links.push({ x1: Math.min(...ends), x2: Math.max(...ends), y: y + BAR / 2 });
      points.forEach((p, i) => {
        const px = x(p.figure.value);
        bars.push({
          x: px - 5,
          y: y + BAR / 2 - 5,
          width: 10,
          height: 10,
          seriesIndex: seriesOrder.indexOf(p.series),
          label: `${p.seriesLabel} ${p.display}`.trim(),
          labelX: i === 0 ? px - 8 : px + 8,
          figureKey: p.figure.key,
        });
      });
      y += BAR + GROUP_GAP;
      continue;
    }
    for (const p of points) {
      const w = Math.max(1, x(p.figure.value) - INSET);
      const label = chart.kind === 'grouped-bar' && p.seriesLabel ? `${p.seriesLabel} ${p.display}` : p.display;
      bars.push({ x: INSET, y, width: w, height: BAR, seriesIndex: seriesOrder.indexOf(p.series), label, labelX: INSET + w + 4, figureKey: p.figure.key });
      y += BAR + BAR_GAP;
    }
    y += GROUP_GAP - BAR_GAP;
  }
  const ticks = x.ticks(4);
  const step = ticks.length > 1 ? ticks[1]! - ticks[0]! : 1;
  const round = format(`.${precisionFixed(step)}f`);
  const sample = chart.points[0]?.figure;
  const tickLabel = (t: number) => (sample ? formatFigure({ ...sample, value: Number(round(t)), valueHigh: null }, locale, 'value') : round(t));
  return {
    width: CHART_WIDTH,
    height: y + AXIS,
    plotWidth,
    categories,
    bars,
    links,
    ticks: ticks.map((t) => ({ x: x(t), label: tickLabel(t) })),
    axisY: y,
  };
}
