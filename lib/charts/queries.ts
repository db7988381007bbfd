// Assembles charts from their stored figures, in one locale.
import 'server-only';
import type { Locale } from '@/i18n/locales';
import { db } from '@/lib/db';
import { formatFigure } from '@/lib/figures/format';
import { inputsOf, parseFormula } from '@/lib/figures/formula';
import { figureSelect, toFigure } from '@/lib/figures/map';
import { z } from 'zod';
import { addDated } from '@/lib/figures/source-dates';
import { CHART_KINDS, type ChartKind, type ChartLabels, type ChartSource, type ChartView } from './types';

const kindSchema = z.enum(CHART_KINDS);
const parseChartKind = (value: string): ChartKind => kindSchema.parse(value);

const chartSelect = {
  key: true,
  kind: true,
  labels: true,
  texts: { select: { locale: true, title: true, subtitle: true, axis: true, notes: true } },
  figures: { orderBy: { position: 'asc' }, select: { category: true, series: true, figure: { select: { ...figureSelect, formula: true } } } },
} as const;

type ChartRow = Awaited<ReturnType<typeof loadCharts>>[number];

function loadCharts(keys?: string[]) {
  return db.chart.findMany({ where: keys ? { key: { in: keys } } : {}, orderBy: { key: 'asc' }, select: chartSelect });
}

/** Charts' rows and the labels of their derived figures' inputs, in every locale; JSON-safe, so it can be cached. */
export interface ChartData {
  rows: (Omit<ChartRow, 'figures'> & {
    figures: (Omit<ChartRow['figures'][number], 'figure'> & { figure: Omit<ChartRow['figures'][number]['figure'], 'asOf'> & { asOf: string } })[];
  })[];
  inputLabels: Record<string, Record<string, string>>;
}

export async function loadChartData(keys: string[]): Promise<ChartData> {
  if (!keys.length) return { rows: [], inputLabels: {} };
  const rows = await loadCharts(keys);
  const inputs = [...new Set(rows.flatMap((r) => r.figures.flatMap((cf) => (cf.figure.formula ? inputsOf(parseFormula(cf.figure.formula)) : []))))];
  const texts = inputs.length
    ? await db.figureText.findMany({ where: { figure: { key: { in: inputs } } }, select: { locale: true, label: true, figure: { select: { key: true } } } })
    : [];
  const inputLabels: ChartData['inputLabels'] = {};
  for (const t of texts) (inputLabels[t.figure.key] ??= {})[t.locale] = t.label;
  return {
    rows: rows.map((r) => ({ ...r, figures: r.figures.map((cf) => ({ ...cf, figure: { ...cf.figure, asOf: cf.figure.asOf.toISOString() } })) })),
    inputLabels,
  };
}

/** Chart views in one locale from loaded (possibly cached) chart data. */
export function chartViewsFrom(data: ChartData, locale: Locale): Record<string, ChartView> {
  const labelOf = (key: string) => data.inputLabels[key]?.[locale] ?? key;
  const views = data.rows.map((r) => toView({ ...r, figures: r.figures.map((cf) => ({ ...cf, figure: { ...cf.figure, asOf: new Date(cf.figure.asOf) } })) }, locale, labelOf));
  return Object.fromEntries(views.map((v) => [v.key, v]));
}

export function parseLabels(json: string): ChartLabels {
  try {
    const parsed = JSON.parse(json) as Partial<ChartLabels>;
    return { categories: parsed.categories ?? {}, series: parsed.series ?? {} };
  } catch {
    return { categories: {}, series: {} };
  }
}

function toView(row: ChartRow, locale: Locale, labelOf: (key: string) => string): ChartView {
  const text = row.texts.find((t) => t.locale === locale) ?? row.texts[0];
  const labels = parseLabels(row.labels);
  const points = row.figures.map((cf) => {
    const figure = toFigure(cf.figure, locale);
    return {
      figure,
      category: cf.category,
      categoryLabel: labels.categories[cf.category]?.[locale] ?? cf.category,
      series: cf.series,
      seriesLabel: cf.series ? (labels.series[cf.series]?.[locale] ?? cf.series) : '',
      display: formatFigure(figure, locale),
    };
  });
  const sources = new Map<string, ChartSource>();
  for (const p of points) {
    const id = `${p.figure.sourceName}|${p.figure.sourceUrl ?? ''}`;
    const s = sources.get(id) ?? { name: p.figure.sourceName, url: p.figure.sourceUrl, asOf: p.figure.asOf, dates: [] };
    addDated(s.dates, p.figure.asOf, p.categoryLabel);
    if (p.figure.asOf > s.asOf) s.asOf = p.figure.asOf;
    sources.set(id, s);
  }
  const derived = [];
  for (const cf of row.figures) {
    if (!cf.figure.formula) continue;
    const inputs = inputsOf(parseFormula(cf.figure.formula)).map(labelOf);
    derived.push({ label: toFigure(cf.figure, locale).label, inputs });
  }
  return {
    key: row.key,
    kind: parseChartKind(row.kind),
    title: text?.title ?? row.key,
    subtitle: text?.subtitle ?? '',
    axis: text?.axis ?? '',
    notes: text?.notes ?? '',
    points,
    sources: [...sources.values()],
    derived,
  };
}

/** Charts by key in one locale (admin previews; readers go through the article's cached model). */
export async function chartsByKey(keys: string[], locale: Locale): Promise<Record<string, ChartView>> {
  return chartViewsFrom(await loadChartData(keys), locale);
}

export async function getChart(key: string, locale: Locale): Promise<ChartView | null> {
  return (await chartsByKey([key], locale))[key] ?? null;
}

export async function listChartKeys(): Promise<string[]> {
  return (await db.chart.findMany({ select: { key: true }, orderBy: { key: 'asc' } })).map((c) => c.key);
}

/** A chart as the admin form edits it: raw keys and both locales' texts and labels. */
export async function chartForEditor(key: string) {
  const row = await db.chart.findUnique({
    where: { key },
    select: {
      key: true,
      kind: true,
      labels: true,
      version: true,
      texts: true,
      figures: { orderBy: { position: 'asc' }, select: { category: true, series: true, figure: { select: { key: true } } } },
    },
  });
  if (!row) return null;
  const text = (locale: Locale) => {
    const t = row.texts.find((x) => x.locale === locale);
    return { title: t?.title ?? '', subtitle: t?.subtitle ?? '', axis: t?.axis ?? '', notes: t?.notes ?? '' };
  };
  return {
    key: row.key,
    kind: parseChartKind(row.kind),
    version: row.version,
    texts: { 'zh-HK': text('zh-HK'), en: text('en') },
    labels: parseLabels(row.labels),
    figures: row.figures.map((f) => ({ key: f.figure.key, category: f.category, series: f.series })),
  };
}

export async function chartUsage(): Promise<Record<string, number>> {
  const blocks = await db.block.findMany({ where: { type: 'chart' }, select: { meta: true } });
  const out: Record<string, number> = {};
  for (const b of blocks) {
    const key = (JSON.parse(b.meta) as { chartId?: string }).chartId;
    if (key) out[key] = (out[key] ?? 0) + 1;
  }
  return out;
}
