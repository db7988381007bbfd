// The SVG drawing: escaped text, bars proportional to values, labels in both locales, and
// every kind drawable.
import { describe, expect, it } from 'vitest';
import { chartSvg } from '@/lib/charts/svg';
import type { ChartView } from '@/lib/charts/types';

const point = (key: string, value: number, category: string, series: string, display: string, seriesLabel = series) => ({
  figure: { key, kind: 'currency' as const, currency: 'USD', value, valueHigh: null, label: key, sourceName: 'S', sourceUrl: null, note: '', asOf: new Date('2025-01-01') },
  category,
  categoryLabel: category,
  series,
  seriesLabel,
  display,
});

const chart = (kind: ChartView['kind'], points: ChartView['points']): ChartView => ({
  key: 'k',
  kind,
  title: 'T',
  subtitle: '',
  axis: 'US$',
  notes: '',
  points,
  sources: [],
  derived: [],
});
const svg = (c: ChartView, locale: 'zh-HK' | 'en' = 'en') => chartSvg(c, locale, { id: 'c', title: 'Chart: T', description: 'd' });
const widths = (s: string) => [...s.matchAll(/<rect [^>]*width="([\d.]+)"/g)].map((m) => Number(m[1]));

describe('chartSvg', () => {
  it('draws bars proportional to the values', () => {
    const w = widths(svg(chart('bar', [point('a', 15, 'A', '', '$15'), point('b', 60, 'B', '', '$60'), point('c', 30, 'C', '', '$30')])));
    expect(w[1]! / w[0]!).toBeCloseTo(4, 1);
    expect(w[2]! / w[0]!).toBeCloseTo(2, 1);
  });

  it('labels values in the locale’s style, with series names instead of a legend', () => {
    const zh = svg(chart('grouped-bar', [point('a', 0.55, 'DeepSeek R1', 'input', '0.55美元', '輸入'), point('b', 2.19, 'DeepSeek R1', 'output', '2.19美元', '輸出')]), 'zh-HK');
    expect(zh).toContain('>輸入 0.55美元</text>');
    expect(zh).toContain('>輸出 2.19美元</text>');
    expect(zh).toContain('role="img"');
    expect(zh).toContain('<title id="c-title">Chart: T</title>');
  });

  it('escapes every text, so a label cannot inject markup', () => {
    const out = svg(chart('bar', [point('a', 1, '<script>alert(1)</script>', '', '"&\'')]));
    expect(out).not.toContain('<script>');
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(out).toContain('&quot;&amp;&#39;');
  });

  it.each(['bar', 'grouped-bar', 'dumbbell', 'slope'] as const)('draws a %s chart', (kind) => {
    const out = svg(chart(kind, [point('a', 10, 'A', 'x', '$10'), point('b', 20, 'A', 'y', '$20'), point('c', 5, 'B', 'x', '$5'), point('d', 8, 'B', 'y', '$8')]));
    expect(out.startsWith('<svg')).toBe(true);
    expect(out.endsWith('</svg>')).toBe(true);
    expect(out).toContain('$20');
  });
});
