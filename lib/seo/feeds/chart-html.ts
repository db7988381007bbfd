// A chart for feed readers: the site's own SVG drawing (lib/charts/svg.ts), then the same
// numbers as a table, since many readers drop SVG, and the sources. Every text is escaped.
import { chartSourceLine } from '@/lib/charts/source-line';
import type { Locale } from '@/i18n/locales';
import { chartSvg } from '@/lib/charts/svg';
import type { ChartView } from '@/lib/charts/types';
import { chartsTranslator, provenanceTranslator } from '../messages';
import { escapeHtml } from './render-html';

export function chartHtml(chart: ChartView, locale: Locale): string {
  const t = chartsTranslator(locale);
  const summary = chart.points.map((p) => `${p.categoryLabel}${p.seriesLabel ? ` ${p.seriesLabel}` : ''}: ${p.display}`).join(locale === 'zh-HK' ? ';' : '; ');
  const hasSeries = chart.points.some((p) => p.series);
  const svg = chartSvg(chart, locale, { id: `feed-chart-${chart.key}`, title: t('chartLabel', { title: chart.title }), description: summary });
  const head = [t('category'), ...(hasSeries ? [t('series')] : []), t('value')].map((h) => `<th>${escapeHtml(h)}</th>`).join('');
  const rows = chart.points
    .map((p) => `<tr><td>${escapeHtml(p.categoryLabel)}</td>${hasSeries ? `<td>${escapeHtml(p.seriesLabel)}</td>` : ''}<td>${escapeHtml(p.display)}</td></tr>`)
    .join('');
  const tp = provenanceTranslator(locale);
  const sources = chartSourceLine(chart.sources, locale, { item: (v) => t('sourceItem', v), dated: (v) => tp('datedLabels', v) });
  return [
    '<figure>',
    `<figcaption><strong>${escapeHtml(chart.title)}</strong>${chart.subtitle ? ` ${escapeHtml(chart.subtitle)}` : ''}</figcaption>`,
    svg,
    `<table><caption>${escapeHtml(t('tableCaption', { title: chart.title }))}</caption><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`,
    `<p>${escapeHtml(t('source', { sources }))}</p>`,
    '</figure>',
  ].join('');
}
