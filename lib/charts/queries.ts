// Assembles charts from their stored figures, in one locale.
import 'server-only';
import type { Locale } from '@/i18n/locales';
import { db } from '@/lib/db';
import { formatFigure } from '@/lib/figures/format';
import { inputsOf, parseFormula } from '@/lib/figures/formula';
import { figureSelect, toFigure } from '@/lib/figures/map';
import type { ChartKind, ChartLabels, ChartSource, ChartView } from './types';

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

export function parseLabels(json: string): ChartLabels {
  try {
    const parsed = JSON.parse(json) as Partial<ChartLabels>;
    return { categories: parsed.categories ?? {}, series: parsed.series ?? {} };
  } catch {
    return { categories: {}, series: {} };
  }
}

async function toView(row: ChartRow, locale: Locale, labelOf: (key: string) => Promise<string>): Promise<ChartView> {
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
    const s = sources.get(id);
    if (!s) sources.set(id, { name: p.figure.sourceName, url: p.figure.sourceUrl, asOf: p.figure.asOf });
    else if (p.figure.asOf > s.asOf) s.asOf = p.figure.asOf;
  }
  const derived = [];
  for (const cf of row.figures) {
    if (!cf.figure.formula) continue;
    const inputs = await Promise.all(inputsOf(parseFormula(cf.figure.formula)).map(labelOf));
    derived.push({ label: toFigure(cf.figure, locale).label, inputs });
  }
  return {
    key: row.key,
    kind: row.kind as ChartKind,
    title: text?.title ?? row.key,
    subtitle: text?.subtitle ?? '',
    axis: text?.axis ?? '',
    notes: text?.notes ?? '',
    points,
    sources: [...sources.values()],
    derived,
  };
}

function labeller(locale: Locale) {
  const cache = new Map<string, Promise<string>>();
  return (key: string) => {
    if (!cache.has(key)) {
      cache.set(
        key,
        db.figureText.findFirst({ where: { figure: { key }, locale }, select: { label: true } }).then((t) => t?.label ?? key),
      );
    }
    return cache.get(key)!;
  };
}

/** Charts by key, for the article that places them. */
export async function chartsByKey(keys: string[], locale: Locale): Promise<Record<string, ChartView>> {
  if (!keys.length) return {};
  const rows = await loadCharts(keys);
  const labelOf = labeller(locale);
  const views = await Promise.all(rows.map((r) => toView(r, locale, labelOf)));
  return Object.fromEntries(views.map((v) => [v.key, v]));
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
    select: { key: true, kind: true, labels: true, version: true, texts: true, figures: { orderBy: { position: 'asc' }, select: { category: true, series: true, figure: { select: { key: true } } } } },
  });
  if (!row) return null;
  const text = (locale: Locale) => {
    const t = row.texts.find((x) => x.locale === locale);
    return { title: t?.title ?? '', subtitle: t?.subtitle ?? '', axis: t?.axis ?? '', notes: t?.notes ?? '' };
  };
  return {
    key: row.key,
    kind: row.kind as ChartKind,
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
