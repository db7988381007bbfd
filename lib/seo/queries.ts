// Reads for crawlers: every published piece and series with both locales' texts and dates,
// from the data cache under the listings' and figures' tags; one piece from its article model.
import 'server-only';
import { cache } from 'react';
import { LOCALES, isLocale, type Locale } from '@/i18n/locales';
import { db } from '@/lib/db';
import { readerVisiblePieceWhere } from '@/lib/pieces/access';
import { cachedDatedRead } from '@/lib/cache/cached';
import { TAGS } from '@/lib/cache/tags';
import { getLiveArticle } from '@/lib/pieces/queries';
import type { PieceLocaleText, PieceSeo, ReaderSite, SeriesSeo } from './types';

const pieceSelect = {
  id: true,
  slug: true,
  kind: true,
  position: true,
  publishedAt: true,
  modifiedAt: true,
  texts: { select: { locale: true, title: true, standfirst: true, seoTitle: true, seoDescription: true } },
} as const;

interface PieceRow {
  id: string;
  slug: string;
  kind: string;
  publishedAt: Date | null;
  modifiedAt: Date;
  texts: ({ locale: string } & PieceLocaleText)[];
}

function byLocale<T extends { locale: string }>(rows: T[]): Partial<Record<Locale, Omit<T, 'locale'>>> {
  const out: Partial<Record<Locale, Omit<T, 'locale'>>> = {};
  for (const { locale, ...rest } of rows) if (isLocale(locale)) out[locale] = rest;
  return out;
}

function toPieceSeo(row: PieceRow, seriesSlug: string, seriesTitle: Partial<Record<Locale, string>>): PieceSeo {
  const texts = byLocale(row.texts);
  const publishedAt = row.publishedAt ?? row.modifiedAt;
  return {
    id: row.id,
    slug: row.slug,
    seriesSlug,
    kind: row.kind,
    publishedAt,
    modifiedAt: row.modifiedAt > publishedAt ? row.modifiedAt : publishedAt,
    // A locale without a headline has not been published in that language.
    locales: LOCALES.filter((l) => Boolean(texts[l]?.title.trim())),
    texts,
    seriesTitle,
  };
}

const seriesSelect = (now: Date) =>
  ({
    slug: true,
    createdAt: true,
    texts: { select: { locale: true, title: true, description: true } },
    pieces: { where: readerVisiblePieceWhere(now), orderBy: { position: 'asc' }, select: pieceSelect },
  }) as const;

interface SeriesRow {
  slug: string;
  createdAt: Date;
  texts: { locale: string; title: string; description: string }[];
  pieces: PieceRow[];
}

function toSeriesSeo(s: SeriesRow): SeriesSeo {
  const texts = byLocale(s.texts);
  const titles: Partial<Record<Locale, string>> = {};
  for (const l of LOCALES) if (texts[l]) titles[l] = texts[l].title;
  const pieces = s.pieces.map((p) => toPieceSeo(p, s.slug, titles)).filter((p) => p.locales.length > 0);
  return { slug: s.slug, createdAt: s.createdAt, texts, pieces };
}

/** Every series and published piece, as crawlers see the site now (sitemaps, feeds). */
export const getReaderSite = cache(async (): Promise<ReaderSite> => {
  const [rows, figures] = await cachedDatedRead('reader-site', [], [TAGS.listings, TAGS.figures], () =>
    Promise.all([
      db.series.findMany({ orderBy: { createdAt: 'asc' }, select: seriesSelect(new Date()) }),
      db.figure.findMany({ orderBy: { key: 'asc' }, select: { key: true, updatedAt: true } }),
    ]),
  );
  const series = rows.map(toSeriesSeo);
  const pieces = series.flatMap((s) => s.pieces).sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime());
  return { series, pieces, figures };
});

/** The newest published pieces, newest first (feeds), without reading the whole archive. */
export const listRecentPieces = cache(async (limit: number): Promise<PieceSeo[]> => {
  const rows = await cachedDatedRead('recent-pieces', [limit], [TAGS.listings, TAGS.figures], () =>
    db.piece.findMany({
      where: readerVisiblePieceWhere(),
      orderBy: { publishedAt: 'desc' },
      take: limit,
      select: { ...pieceSelect, series: { select: { slug: true, texts: { select: { locale: true, title: true } } } } },
    }),
  );
  return rows
    .map((row) => {
      const titles: Partial<Record<Locale, string>> = {};
      for (const t of row.series.texts) if (isLocale(t.locale)) titles[t.locale] = t.title;
      return toPieceSeo(row, row.series.slug, titles);
    })
    .filter((p) => p.locales.length > 0);
});

/** One series with its published pieces; null when unknown. */
export const getSeriesSeo = cache(async (seriesSlug: string): Promise<SeriesSeo | null> => {
  const row = await cachedDatedRead('series-seo', [seriesSlug], [TAGS.listings, TAGS.series(seriesSlug)], () =>
    db.series.findUnique({ where: { slug: seriesSlug }, select: seriesSelect(new Date()) }),
  );
  return row ? toSeriesSeo(row) : null;
});

/** One published piece in every locale it is published in; null when it is not public. */
export const getPieceSeo = cache(async (seriesSlug: string, pieceSlug: string): Promise<PieceSeo | null> => {
  const model = await getLiveArticle(seriesSlug, pieceSlug);
  if (!model) return null;
  const piece = toPieceSeo(
    {
      id: model.id,
      slug: model.slug,
      kind: model.kind,
      publishedAt: model.publishedAt ? new Date(model.publishedAt) : null,
      modifiedAt: new Date(model.modifiedAt),
      texts: LOCALES.map((locale) => ({ locale, ...model.texts[locale] })),
    },
    seriesSlug,
    model.seriesTitles,
  );
  return piece.locales.length ? piece : null;
});
