// A chart as server-rendered SVG: no client JavaScript, readable in print and feeds, with a
// caption, direct labels, a visually hidden table of the same numbers, sources and a CSV.
import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { toUrlLocale, type Locale } from '@/i18n/locales';
import { chartSourceLine } from '@/lib/charts/source-line';
import { chartSvg } from '@/lib/charts/svg';
import type { ChartView } from '@/lib/charts/types';
import './chart.css';

interface Props {
  chart: ChartView;
  locale: Locale;
  /** The element id of the block placing the chart, the same in both locales. */
  anchor?: string;
  /** Appended to the drawing's ids when the chart appears twice on a page (the side-by-side view). */
  idSuffix?: string;
  /** Shown at the end of the figure (the block's permalink). */
  children?: ReactNode;
}

export async function ChartFigure({ chart, locale, anchor, idSuffix = '', children }: Props) {
  const t = await getTranslations({ locale: toUrlLocale(locale), namespace: 'Charts' });
  const id = `chart-${chart.key}${idSuffix}`;
  const list = (items: string[]) => items.join(locale === 'zh-HK' ? '、' : ', ');
  const tp = await getTranslations({ locale: toUrlLocale(locale), namespace: 'Provenance' });
  const sources = chartSourceLine(chart.sources, locale, { item: (v) => t('sourceItem', v), dated: (v) => tp('datedLabels', v) });
  const summary = chart.points.map((p) => `${p.categoryLabel}${p.seriesLabel ? ` ${p.seriesLabel}` : ''}: ${p.display}`).join(locale === 'zh-HK' ? ';' : '; ');
  const hasSeries = chart.points.some((p) => p.series);
  return (
    <figure className="chart" id={anchor ?? id} data-chart={chart.key}>
      <figcaption>
        <span className="chart-title">{chart.title}</span>
        {chart.subtitle && <span className="chart-subtitle">{chart.subtitle}</span>}
      </figcaption>
      {/* The SVG string escapes every text it contains (lib/charts/svg.ts), and feeds use the same drawing. */}
      <div className="chart-drawing" dangerouslySetInnerHTML={{ __html: chartSvg(chart, locale, { id, title: t('chartLabel', { title: chart.title }), description: summary }) }} />
      {/* A table cannot be shrunk to 1px itself, so the wrapper hides it from sight only. */}
      <div className="visually-hidden">
        <table>
          <caption>{t('tableCaption', { title: chart.title })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('category')}</th>
              {hasSeries && <th scope="col">{t('series')}</th>}
              <th scope="col">{t('value')}</th>
              <th scope="col">{t('figure')}</th>
            </tr>
          </thead>
          <tbody>
            {chart.points.map((p) => (
              <tr key={p.figure.key} data-figure={p.figure.key}>
                <th scope="row">{p.categoryLabel}</th>
                {hasSeries && <td>{p.seriesLabel}</td>}
                <td data-value={p.figure.value}>{p.display}</td>
                <td>{p.figure.label}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {(chart.notes || chart.derived.length > 0) && (
        <p className="chart-notes">
          {chart.notes}
          {chart.derived.map((d) => (
            <span key={d.label}> {t('derivedNote', { label: d.label, inputs: list(d.inputs) })}</span>
          ))}
        </p>
      )}
      <p className="chart-source">
        {t('source', { sources })}
        <span className="chart-download">
          {' · '}
          <a href={`/api/charts/${chart.key}.csv`} download aria-label={t('downloadLabel', { title: chart.title })}>
            {t('download')}
          </a>
        </span>
      </p>
      {children}
    </figure>
  );
}
