// The chart as an SVG string, the one drawing used by article pages, data pages, the
// admin preview and the feeds (which cannot run React). Every text is XML-escaped here.
import type { Locale } from '@/i18n/locales';
import { layoutChart } from './layout';
import { layoutSlope } from './slope';
import type { ChartView } from './types';

export const CHART_PALETTE = ['#1f5a96', '#b4501a', '#2f7d4f'];

export function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const n = (v: number) => String(Math.round(v * 100) / 100);

/** `title` is the accessible name ("Chart: …"), `description` lists every value. */
export function chartSvg(chart: ChartView, locale: Locale, { id, title, description }: { id: string; title: string; description: string }): string {
  if (chart.kind === 'slope') return slopeSvg(chart, { id, title, description });
  const l = layoutChart(chart, locale);
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${l.width} ${l.height}" width="${l.width}" height="${l.height}" role="img" aria-labelledby="${id}-title ${id}-desc" class="chart-svg" font-family="system-ui, sans-serif">`,
  );
  out.push(`<title id="${id}-title">${escapeXml(title)}</title><desc id="${id}-desc">${escapeXml(description)}</desc>`);
  out.push('<g class="chart-grid" aria-hidden="true">');
  for (const t of l.ticks) {
    out.push(`<line x1="${n(t.x)}" x2="${n(t.x)}" y1="0" y2="${n(l.axisY)}" stroke="#8a8378" stroke-opacity="0.35" stroke-dasharray="2 3"/>`);
    out.push(`<text x="${n(t.x)}" y="${n(l.axisY + 14)}" text-anchor="middle" class="chart-tick" fill="currentColor" font-size="11">${escapeXml(t.label)}</text>`);
  }
  out.push('</g>');
  for (const c of l.categories)
    out.push(`<text x="${n(c.x)}" y="${n(c.y)}" class="chart-category" fill="currentColor" font-size="13.5" font-weight="600">${escapeXml(c.label)}</text>`);
  for (const k of l.links) out.push(`<line x1="${n(k.x1)}" x2="${n(k.x2)}" y1="${n(k.y)}" y2="${n(k.y)}" stroke="currentColor" stroke-width="2"/>`);
  for (const b of l.bars) {
    const fill = CHART_PALETTE[b.seriesIndex % CHART_PALETTE.length];
    const anchor = chart.kind === 'dumbbell' && b.labelX < b.x ? 'end' : 'start';
    out.push(`<g data-figure="${escapeXml(b.figureKey)}">`);
    out.push(
      `<rect x="${n(b.x)}" y="${n(b.y)}" width="${n(b.width)}" height="${n(b.height)}" rx="${chart.kind === 'dumbbell' ? 5 : 1}" class="chart-bar s${b.seriesIndex}" fill="${fill}"/>`,
    );
    out.push(
      `<text x="${n(b.labelX)}" y="${n(b.y + b.height / 2 + 4.5)}" text-anchor="${anchor}" class="chart-value" fill="currentColor" font-size="13">${escapeXml(b.label)}</text>`,
    );
    out.push('</g>');
  }
  if (chart.axis)
    out.push(`<text x="${n(l.plotWidth)}" y="${n(l.height - 2)}" text-anchor="end" class="chart-axis" fill="currentColor" font-size="11">${escapeXml(chart.axis)}</text>`);
  out.push('</svg>');
  return out.join('');
}

function slopeSvg(chart: ChartView, { id, title, description }: { id: string; title: string; description: string }): string {
  const l = layoutSlope(chart);
  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${l.width} ${l.height}" width="${l.width}" height="${l.height}" role="img" aria-labelledby="${id}-title ${id}-desc" class="chart-svg" font-family="system-ui, sans-serif">`,
  ];
  out.push(`<title id="${id}-title">${escapeXml(title)}</title><desc id="${id}-desc">${escapeXml(description)}</desc>`);
  for (const c of l.columns) {
    out.push(`<line x1="${n(c.x)}" x2="${n(c.x)}" y1="24" y2="${l.height - 8}" stroke="#8a8378" stroke-opacity="0.5"/>`);
    out.push(`<text x="${n(c.x)}" y="14" text-anchor="middle" class="chart-category" fill="currentColor" font-size="13.5" font-weight="600">${escapeXml(c.label)}</text>`);
  }
  l.lines.forEach((line, i) => {
    const color = CHART_PALETTE[i % CHART_PALETTE.length];
    out.push(`<g data-figure="${escapeXml(line.keys.join(' '))}">`);
    out.push(`<line x1="${n(line.x1)}" y1="${n(line.y1)}" x2="${n(line.x2)}" y2="${n(line.y2)}" stroke="${color}" stroke-width="2.5" class="chart-line s${i}"/>`);
    out.push(
      `<circle cx="${n(line.x1)}" cy="${n(line.y1)}" r="4" fill="${color}" class="chart-bar s${i}"/><circle cx="${n(line.x2)}" cy="${n(line.y2)}" r="4" fill="${color}" class="chart-bar s${i}"/>`,
    );
    out.push(`<text x="${n(line.x1 - 8)}" y="${n(line.y1 + 4)}" text-anchor="end" class="chart-value" fill="currentColor" font-size="13">${escapeXml(line.left)}</text>`);
    out.push(`<text x="${n(line.x2 + 8)}" y="${n(line.y2 + 4)}" class="chart-value" fill="currentColor" font-size="13">${escapeXml(line.right)}</text>`);
    out.push('</g>');
  });
  out.push('</svg>');
  return out.join('');
}
