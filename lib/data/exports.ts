// Open data: every figure (both locales' labels, sources, as-of dates) and each chart's
// dataset, as CSV and JSON — a dataset behind every chart.
import 'server-only';
import { LOCALES } from '@/i18n/locales';
import { db } from '@/lib/db';
import { parseLabels } from '@/lib/charts/queries';
import { formatFigure } from '@/lib/figures/format';
import { figureSelect, toFigure } from '@/lib/figures/map';
import { toCsv } from './csv';

const FIGURE_HEADER = ['key', 'kind', 'currency', 'value', 'value_high', 'formula', 'label_zh_HK', 'label_en', 'display_zh_HK', 'display_en', 'source_zh_HK', 'source_en', 'source_url', 'as_of', 'note_zh_HK', 'note_en'];

export interface FigureRecord {
  key: string;
  kind: string;
  currency: string | null;
  value: number;
  valueHigh: number | null;
  formula: string | null;
  label: Record<'zh-HK' | 'en', string>;
  display: Record<'zh-HK' | 'en', string>;
  source: { name: Record<'zh-HK' | 'en', string>; url: string | null };
  asOf: string;
  /** Provenance note: what the number is exactly; empty when nothing needs saying. */
  note: Record<'zh-HK' | 'en', string>;
}

export async function figureRecords(): Promise<FigureRecord[]> {
  const rows = await db.figure.findMany({ orderBy: { key: 'asc' }, select: { ...figureSelect, formula: true } });
  return rows.map((r) => {
    const [zh, en] = LOCALES.map((l) => toFigure(r, l)) as [ReturnType<typeof toFigure>, ReturnType<typeof toFigure>];
    return {
      key: r.key,
      kind: r.kind,
      currency: r.currency,
      value: r.value,
      valueHigh: r.valueHigh,
      formula: r.formula,
      label: { 'zh-HK': zh.label, en: en.label },
      display: { 'zh-HK': formatFigure(zh, 'zh-HK'), en: formatFigure(en, 'en') },
      source: { name: { 'zh-HK': zh.sourceName, en: en.sourceName }, url: r.sourceUrl },
      asOf: r.asOf.toISOString().slice(0, 10),
      note: { 'zh-HK': zh.note, en: en.note },
    };
  });
}

export async function figuresCsv(): Promise<string> {
  const records = await figureRecords();
  return toCsv(
    FIGURE_HEADER,
    records.map((f) => [f.key, f.kind, f.currency, f.value, f.valueHigh, f.formula, f.label['zh-HK'], f.label.en, f.display['zh-HK'], f.display.en, f.source.name['zh-HK'], f.source.name.en, f.source.url, f.asOf, f.note['zh-HK'], f.note.en]),
  );
}

/** One chart's dataset, both locales' labels; null when there is no such chart. */
export async function chartCsv(key: string): Promise<string | null> {
  const chart = await db.chart.findUnique({
    where: { key },
    select: { key: true, labels: true, figures: { orderBy: { position: 'asc' }, select: { category: true, series: true, figure: { select: figureSelect } } } },
  });
  if (!chart) return null;
  const labels = parseLabels(chart.labels);
  return toCsv(
    ['chart', 'category', 'category_zh_HK', 'category_en', 'series', 'series_zh_HK', 'series_en', ...FIGURE_HEADER.filter((h) => h !== 'formula')],
    chart.figures.map(({ category, series, figure }) => {
      const zh = toFigure(figure, 'zh-HK');
      const en = toFigure(figure, 'en');
      return [
        chart.key,
        category,
        labels.categories[category]?.['zh-HK'] ?? category,
        labels.categories[category]?.en ?? category,
        series,
        series ? (labels.series[series]?.['zh-HK'] ?? series) : '',
        series ? (labels.series[series]?.en ?? series) : '',
        figure.key,
        figure.kind,
        figure.currency,
        figure.value,
        figure.valueHigh,
        zh.label,
        en.label,
        formatFigure(zh, 'zh-HK'),
        formatFigure(en, 'en'),
        zh.sourceName,
        en.sourceName,
        figure.sourceUrl,
        figure.asOf.toISOString().slice(0, 10),
        zh.note,
        en.note,
      ];
    }),
  );
}
