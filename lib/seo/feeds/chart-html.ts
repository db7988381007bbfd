// A chart for feed readers: the site's own SVG drawing (lib/charts/svg.ts), then the same
// numbers as a table, since many readers drop SVG, and the sources. Every text is escaped.
import { formatDate } from '@/i18n/format-date';
import type { Locale } from '@/i18n/locales';
import { chartSvg } from '@/lib/charts/svg';
import type { ChartView } from '@/lib/charts/types';
import { chartsTranslator } from '../messages';
import { escapeHtml } from './render-html';

export function chartHtml(chart: ChartView, locale: Locale): string {
  const t = chartsTranslator(locale);
  const list = (items: string[]) => items.join(locale === 'zh-HK' ? '、' : ', ');
  const summary = chart.points.map((p) => `${p.categoryLabel}${p.seriesLabel ? ` ${p.seriesLabel}` : ''}: ${p.display}`).join(locale === 'zh-HK' ? ';' : '; ');
  const hasSeries = chart.points.some((p) => p.series);
  const svg = chartSvg(chart, locale, { id: `feed-chart-${chart.key}`, title: t('chartLabel', { title: chart.title }), description: summary });
  const head = [t('category'), ...(hasSeries ? [t('series')] : []), t('value')].map((h) => `<th>${escapeHtml(h)}</th>`).join('');
  const rows = chart.points
    .map((p) => `<tr><td>${escapeHtml(p.categoryLabel)}</td>${hasSeries ? `<td>${escapeHtml(p.seriesLabel)}</td>` : ''}<td>${escapeHtml(p.display)}</td></tr>`)
    .join('');
  const sources = list(chart.sources.map((s) => t('sourceItem', { name: s.name, date: formatDate(s.asOf, locale) })));
  return [
    '<figure>',
    `<figcaption><strong>${escapeHtml(chart.title)}</strong>${chart.subtitle ? ` ${escapeHtml(chart.subtitle)}` : ''}</figcaption>`,
    svg,
    `<table><caption>${escapeHtml(t('tableCaption', { title: chart.title }))}</caption><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`,
    `<p>${escapeHtml(t('source', { sources }))}</p>`,
    '</figure>',
  ].join('');
}
