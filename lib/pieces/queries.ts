// Reader-side reads: article pages and their figures (lists of pieces are in listings.ts).
import 'server-only';
import { cache } from 'react';
import type { Locale } from '@/i18n/locales';
import { db } from '@/lib/db';
import { parseMeta, type ReaderBlock } from '@/lib/content/blocks';
import { parseInline } from '@/lib/content/inline';
import { chartsByKey } from '@/lib/charts/queries';
import { figureSelect, toFigure } from '@/lib/figures/map';
import type { Figure } from '@/lib/figures/types';
import { readerVisiblePieceWhere } from './access';
import { neighbours, publishedPiecesBySlug } from './listings';
import { summarySelect, toSummary } from './summary';
import { formatFigure } from '@/lib/figures/format';
import type { ArticleView, CorrectionNote, SourceView } from './types';

/** Published [series, piece] slug pairs, for static generation. */
export async function listPublishedPaths(): Promise<{ series: string; piece: string }[]> {
  const rows = await db.piece.findMany({
    where: readerVisiblePieceWhere(),
    select: { slug: true, series: { select: { slug: true } } },
  });
  return rows.map((r) => ({ series: r.series.slug, piece: r.slug }));
}

export function sourcesOf(figures: Figure[]): SourceView[] {
  const bySource = new Map<string, SourceView>();
  for (const f of figures) {
    const id = `${f.sourceName}|${f.sourceUrl ?? ''}`;
    const entry = bySource.get(id) ?? { name: f.sourceName, url: f.sourceUrl, asOf: f.asOf, labels: [] };
    entry.labels.push(f.label);
    if (f.asOf > entry.asOf) entry.asOf = f.asOf;
    bySource.set(id, entry);
  }
  return [...bySource.values()];
}

/** The revisions of the given figures, oldest first, formatted for the locale. */
export async function correctionsFor(figures: Figure[], locale: Locale): Promise<CorrectionNote[]> {
  if (!figures.length) return [];
  const byKey = new Map(figures.map((f) => [f.key, f]));
  const rows = await db.figureRevision.findMany({
    where: { figure: { key: { in: [...byKey.keys()] } } },
    orderBy: { createdAt: 'asc' },
    select: { createdAt: true, oldValue: true, oldValueHigh: true, newValue: true, newValueHigh: true, reasonZhHK: true, reasonEn: true, figure: { select: { key: true } } },
  });
  return rows.map((r) => {
    const f = byKey.get(r.figure.key)!;
    return {
      date: r.createdAt,
      figureKey: f.key,
      label: f.label,
      oldValue: formatFigure({ ...f, value: r.oldValue, valueHigh: r.oldValueHigh }, locale),
      newValue: formatFigure({ ...f, value: r.newValue, valueHigh: r.newValueHigh }, locale),
      reason: locale === 'zh-HK' ? r.reasonZhHK : r.reasonEn,
    };
  });
}

/** A published piece, ready to read in one locale; null when it is not public. */
export const getArticle = cache(async (seriesSlug: string, pieceSlug: string, locale: Locale): Promise<ArticleView | null> => {
  const row = await db.piece.findFirst({
    where: { slug: pieceSlug, series: { slug: seriesSlug }, ...readerVisiblePieceWhere() },
    select: {
      ...summarySelect,
      updatedAt: true,
      modifiedAt: true,
      texts: { select: { locale: true, title: true, standfirst: true, seoTitle: true, seoDescription: true } },
      series: { select: { slug: true, texts: { where: { locale }, select: { title: true } } } },
      blocks: {
        orderBy: { position: 'asc' },
        select: {
          id: true,
          type: true,
          meta: true,
          texts: { where: { locale }, select: { text: true, attribution: true } },
          figureRefs: { select: { figure: { select: figureSelect } } },
        },
      },
    },
  });
  if (!row) return null;

  const figures: Record<string, Figure> = {};
  for (const b of row.blocks) for (const r of b.figureRefs) figures[r.figure.key] = toFigure(r.figure, locale);
  const blocks: ReaderBlock[] = row.blocks.map((b) => ({
    id: b.id,
    type: b.type as ReaderBlock['type'],
    meta: parseMeta(b.meta),
    content: parseInline(b.texts[0]?.text ?? ''),
    attribution: b.texts[0]?.attribution ?? '',
  }));

  const teasers = blocks.flatMap((b) => (b.meta.teaser ? [b.meta.teaser] : []));
  const [corrections, around, teaserTargets] = await Promise.all([
    correctionsFor(Object.values(figures), locale),
    neighbours(seriesSlug, row.position, locale),
    publishedPiecesBySlug(seriesSlug, teasers, locale),
  ]);
  const text = row.texts.find((t) => t.locale === locale);
  return {
    ...toSummary(row, locale),
    seoTitle: text?.seoTitle ?? '',
    seoDescription: text?.seoDescription ?? '',
    updatedAt: row.updatedAt,
    modifiedAt: row.modifiedAt,
    corrections,
    series: { slug: row.series.slug, title: row.series.texts[0]?.title ?? row.series.slug },
    blocks,
    figures,
    sources: sourcesOf(Object.values(figures)),
    previous: around.previous,
    next: around.next,
    seriesPieces: teaserTargets,
    charts: await chartsByKey(blocks.flatMap((b) => (b.type === 'chart' && b.meta.chartId ? [b.meta.chartId] : [])), locale),
  };
});

/** Whether a piece exists in any status (the seed uses this to stay idempotent). */
export async function pieceExists(seriesSlug: string, slug: string): Promise<boolean> {
  const row = await db.piece.findFirst({ where: { slug, series: { slug: seriesSlug } }, select: { id: true } });
  return row !== null;
}
