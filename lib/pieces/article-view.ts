// Projects the bilingual article model onto one locale for a reader page, a preview or a
// feed: parsed markup, figures formatted for the locale, charts, sources, correction notes.
import 'server-only';
import type { Locale } from '@/i18n/locales';
import { cachedRead } from '@/lib/cache/cached';
import { TAGS } from '@/lib/cache/tags';
import { chartViewsFrom, loadChartData } from '@/lib/charts/queries';
import type { ReaderBlock } from '@/lib/content/blocks';
import { parseInline } from '@/lib/content/inline';
import { readingMinutes } from '@/lib/content/reading-time';
import { loadFigureData, type FigureData } from '@/lib/figures/article-figures';
import { formatFigure } from '@/lib/figures/format';
import { toFigure } from '@/lib/figures/map';
import type { Figure } from '@/lib/figures/types';
import type { BilingualArticle, BilingualSummary } from './article-model';
import { staleBlockIds } from './translation-status';
import { listedLocale } from './summary';
import { addDated } from '@/lib/figures/source-dates';
import type { ArticleView, CorrectionNote, PieceSummary, SourceView } from './types';

export function sourcesOf(figures: Figure[]): SourceView[] {
  const bySource = new Map<string, SourceView>();
  for (const f of figures) {
    const id = `${f.sourceName}|${f.sourceUrl ?? ''}`;
    const entry = bySource.get(id) ?? { name: f.sourceName, url: f.sourceUrl, asOf: f.asOf, labels: [], dates: [], notes: [] };
    entry.labels.push(f.label);
    addDated(entry.dates, f.asOf, f.label);
    if (f.note) entry.notes.push({ label: f.label, note: f.note });
    if (f.asOf > entry.asOf) entry.asOf = f.asOf;
    bySource.set(id, entry);
  }
  return [...bySource.values()];
}

function correctionsOf(data: FigureData, figures: Record<string, Figure>, locale: Locale): CorrectionNote[] {
  return data.revisions.flatMap((r) => {
    const f = figures[r.key];
    if (!f) return [];
    return [
      {
        date: new Date(r.createdAt),
        figureKey: f.key,
        label: f.label,
        oldValue: formatFigure({ ...f, value: r.oldValue, valueHigh: r.oldValueHigh }, locale),
        newValue: formatFigure({ ...f, value: r.newValue, valueHigh: r.newValueHigh }, locale),
        reason: locale === 'zh-HK' ? r.reasonZhHK : r.reasonEn,
      },
    ];
  });
}

/** A piece in `locale` exactly: the article's own headline fields. */
export function toSummaryView(s: BilingualSummary, locale: Locale): PieceSummary {
  return {
    slug: s.slug,
    seriesSlug: s.seriesSlug,
    kind: s.kind,
    position: s.position,
    title: s.titles[locale],
    standfirst: s.standfirsts[locale],
    publishedAt: s.publishedAt ? new Date(s.publishedAt) : null,
    leadImageId: s.leadImageId ?? null,
  };
}

/** Another piece as an article lists it (series navigation, teasers): in the locale it is published in when not in this one. */
function listedView(s: BilingualSummary, locale: Locale): PieceSummary {
  const shown = listedLocale(s.titles, locale);
  return shown === locale ? toSummaryView(s, locale) : { ...toSummaryView(s, shown), onlyIn: shown };
}

function parseBlock(b: BilingualArticle['blocks'][number], locale: Locale, lenient: boolean): ReaderBlock {
  const { text, attribution } = b.texts[locale];
  let content;
  try {
    content = parseInline(text);
  } catch (e) {
    // A working copy may hold markup that does not parse yet; a preview shows it as typed.
    if (!lenient) throw e;
    content = [{ type: 'text' as const, text }];
  }
  return { id: b.id, type: b.type, meta: b.meta, content, attribution };
}

export interface ProjectOptions {
  /** Previews read the working copy and the current figures without the data cache. */
  fresh?: boolean;
}

export async function projectArticle(model: BilingualArticle, locale: Locale, { fresh = false }: ProjectOptions = {}): Promise<ArticleView> {
  const figureTags = model.figureKeys.map(TAGS.figure);
  const [figureData, chartData] = await Promise.all([
    fresh ? loadFigureData(model.figureKeys) : cachedRead('article-figures', model.figureKeys, figureTags, () => loadFigureData(model.figureKeys)),
    fresh
      ? loadChartData(model.chartKeys)
      : cachedRead('article-charts', model.chartKeys, [...model.chartKeys.map(TAGS.chart), ...figureTags], () => loadChartData(model.chartKeys)),
  ]);
  const figures: Record<string, Figure> = Object.fromEntries(figureData.figures.map((f) => [f.key, toFigure({ ...f, asOf: new Date(f.asOf) }, locale)]));
  const text = model.texts[locale];
  const blocks = model.blocks.map((b) => parseBlock(b, locale, fresh));
  return {
    ...toSummaryView(model, locale),
    seoTitle: text.seoTitle,
    seoDescription: text.seoDescription,
    updatedAt: new Date(model.updatedAt),
    modifiedAt: new Date(model.modifiedAt),
    corrections: correctionsOf(figureData, figures, locale),
    series: { slug: model.seriesSlug, title: model.seriesTitles[locale] },
    blocks,
    figures,
    sources: sourcesOf(Object.values(figures)),
    previous: model.previous && listedView(model.previous, locale),
    next: model.next && listedView(model.next, locale),
    seriesPieces: model.teaserTargets.map((s) => listedView(s, locale)),
    charts: chartViewsFrom(chartData, locale),
    translationUpdating: model.translationNote && staleBlockIds(model, locale).length > 0,
    readingMinutes: readingMinutes({ title: text.title, standfirst: text.standfirst, blocks }),
  };
}
