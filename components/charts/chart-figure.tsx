// A chart as server-rendered SVG: no client JavaScript, readable in print and feeds, with a
// caption, direct labels, a visually hidden table of the same numbers, sources and a CSV.
import { getTranslations } from 'next-intl/server';
import { formatDate } from '@/i18n/format-date';
import type { Locale } from '@/i18n/locales';
import { layoutChart } from '@/lib/charts/layout';
import type { ChartView } from '@/lib/charts/types';
import './chart.css';

const PALETTE = ['#1f5a96', '#b4501a', '#2f7d4f'];

export async function ChartFigure({ chart, locale }: { chart: ChartView; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Charts' });
  const layout = layoutChart(chart, locale);
  const id = `chart-${chart.key}`;
  const list = (items: string[]) => items.join(locale === 'zh-HK' ? '、' : ', ');
  const sources = list(chart.sources.map((s) => t('sourceItem', { name: s.name, date: formatDate(s.asOf, locale) })));
  const summary = chart.points.map((p) => `${p.categoryLabel}${p.seriesLabel ? ` ${p.seriesLabel}` : ''}: ${p.display}`).join(locale === 'zh-HK' ? ';' : '; ');
  const hasSeries = chart.points.some((p) => p.series);
  return (
    <figure className="chart" id={id} data-chart={chart.key}>
      <figcaption>
        <span className="chart-title">{chart.title}</span>
        {chart.subtitle && <span className="chart-subtitle">{chart.subtitle}</span>}
      </figcaption>
      <svg viewBox={`0 0 ${layout.width} ${layout.height}`} width={layout.width} height={layout.height} role="img" aria-labelledby={`${id}-title ${id}-desc`} className="chart-svg">
        <title id={`${id}-title`}>{t('chartLabel', { title: chart.title })}</title>
        <desc id={`${id}-desc`}>{summary}</desc>
        <g className="chart-grid" aria-hidden="true">
          {layout.ticks.map((tick) => (
            <g key={tick.x} transform={`translate(${tick.x},0)`}>
              <line y1={0} y2={layout.axisY} stroke="#8a8378" strokeOpacity={0.35} strokeDasharray="2 3" />
              <text y={layout.axisY + 14} textAnchor="middle" className="chart-tick" fill="currentColor">
                {tick.label}
              </text>
            </g>
          ))}
        </g>
        {layout.categories.map((c) => (
          <text key={`${c.label}-${c.y}`} x={c.x} y={c.y} className="chart-category" fill="currentColor">
            {c.label}
          </text>
        ))}
        {layout.links.map((l) => (
          <line key={`${l.y}`} x1={l.x1} x2={l.x2} y1={l.y} y2={l.y} stroke="currentColor" strokeWidth={2} />
        ))}
        {layout.bars.map((b) => (
          <g key={b.figureKey} data-figure={b.figureKey}>
            <rect x={b.x} y={b.y} width={b.width} height={b.height} className={`chart-bar s${b.seriesIndex}`} fill={PALETTE[b.seriesIndex % PALETTE.length]} rx={chart.kind === 'dumbbell' ? 5 : 1} />
            <text x={b.labelX} y={b.y + b.height / 2 + 4.5} className="chart-value" fill="currentColor" textAnchor={chart.kind === 'dumbbell' && b.labelX < b.x ? 'end' : 'start'}>
              {b.label}
            </text>
          </g>
        ))}
        {chart.axis && (
          <text x={layout.plotWidth} y={layout.height - 2} textAnchor="end" className="chart-axis" fill="currentColor">
            {chart.axis}
          </text>
        )}
      </svg>
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
        {' · '}
        <a href={`/api/charts/${chart.key}.csv`} download aria-label={t('downloadLabel', { title: chart.title })}>
          {t('download')}
        </a>
      </p>
    </figure>
  );
}
