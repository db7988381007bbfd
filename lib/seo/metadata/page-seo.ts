// Metadata and structured data of each reader page, built from the crawler view of the
// site (published pieces only) so <head>, JSON-LD and the sitemap say the same thing.
import type { Metadata } from 'next';
import { LOCALES, type Locale } from '@/i18n/locales';
import { formatDate } from '@/i18n/format-date';
import type { Figure } from '@/lib/figures/types';
import type { CorrectionNote } from '@/lib/pieces/types';
import { correctionTexts } from './corrections';
import { clip, displayWidth, TITLE_MAX_WIDTH, titleWithSite } from './text-length';
import { breadcrumbLd, frontPageLd, newsArticleLd, type JsonLd } from './json-ld';
import { homeTranslator, seoTranslator } from '../messages';
import { pageMetadata, shareImageUrl } from './metadata';
import { pageUrl, SITE_NAME } from '../site';
import type { PieceSeo, SeriesSeo } from '../types';

/** Where an article's share image is served (app/[locale]/[series]/[piece]/opengraph-image.tsx). */
export const articleImageUrl = (locale: Locale, seriesSlug: string, pieceSlug: string) => shareImageUrl(locale, `/${seriesSlug}/${pieceSlug}`);

export function frontMetadata(locale: Locale): Metadata {
  const title = homeTranslator(locale)('title');
  return pageMetadata({ locale, path: '', title, description: seoTranslator(locale)('frontDescription'), siteSuffix: false });
}

export function frontJsonLd(locale: Locale): JsonLd {
  return frontPageLd(locale, seoTranslator(locale)('frontDescription'));
}

export function seriesLocales(series: SeriesSeo): Locale[] {
  return LOCALES.filter((l) => Boolean(series.texts[l]?.title));
}

export function seriesMetadata(series: SeriesSeo, locale: Locale): Metadata {
  const text = series.texts[locale];
  if (!text) return {};
  const path = `/${series.slug}`;
  return pageMetadata({ locale, path, locales: seriesLocales(series), title: text.title, description: text.description, image: shareImageUrl(locale, path) });
}

export function seriesJsonLd(series: SeriesSeo, locale: Locale): JsonLd {
  return breadcrumbLd([
    { name: seoTranslator(locale)('home'), url: pageUrl(locale) },
    { name: series.texts[locale]?.title ?? series.slug, url: pageUrl(locale, `/${series.slug}`) },
  ]);
}

export function articleMetadata(piece: PieceSeo, locale: Locale): Metadata {
  const text = piece.texts[locale];
  // A locale the piece is not published in has no page (its address redirects), so no <head>.
  if (!text || !piece.locales.includes(locale)) return {};
  return pageMetadata({
    locale,
    path: `/${piece.seriesSlug}/${piece.slug}`,
    locales: piece.locales,
    title: text.seoTitle || text.title,
    description: text.seoDescription || text.standfirst,
    article: { publishedTime: piece.publishedAt, modifiedTime: piece.modifiedAt, section: piece.seriesTitle[locale] ?? piece.seriesSlug },
    image: articleImageUrl(locale, piece.seriesSlug, piece.slug),
  });
}

/**
 * The side-by-side view of an article: the article's own head (canonical, hreflang, social
 * cards) under a title of its own, so search engines see one article in two versions, not a
 * third copy. `name` puts the headline into the view's title ("…(中英對照)"); a long headline
 * is clipped so the view's name still shows.
 */
export function parallelMetadata(piece: PieceSeo, locale: Locale, name: (headline: string) => string): Metadata {
  const text = piece.texts[locale];
  if (!text) return {};
  const headline = text.seoTitle || text.title;
  const title = displayWidth(name(headline)) <= TITLE_MAX_WIDTH ? titleWithSite(name(headline), SITE_NAME) : name(clip(headline, TITLE_MAX_WIDTH - displayWidth(name(''))));
  return { ...articleMetadata(piece, locale), title: { absolute: title } };
}

/** NewsArticle and BreadcrumbList of an article; `corrections` are the notes the page prints. */
export function articleJsonLd(piece: PieceSeo, locale: Locale, corrections: CorrectionNote[]): JsonLd[] {
  const text = piece.texts[locale]!;
  const seriesTitle = piece.seriesTitle[locale] ?? piece.seriesSlug;
  return [
    newsArticleLd({
      locale,
      seriesSlug: piece.seriesSlug,
      pieceSlug: piece.slug,
      locales: piece.locales,
      headline: text.title,
      description: text.seoDescription || text.standfirst,
      publishedAt: piece.publishedAt,
      modifiedAt: piece.modifiedAt,
      authorName: seoTranslator(locale)('authorName'),
      imageUrl: articleImageUrl(locale, piece.seriesSlug, piece.slug),
      seriesTitle,
      corrections: correctionTexts(corrections, locale),
    }),
    breadcrumbLd([
      { name: seoTranslator(locale)('home'), url: pageUrl(locale) },
      { name: seriesTitle, url: pageUrl(locale, `/${piece.seriesSlug}`) },
      { name: text.title, url: pageUrl(locale, `/${piece.seriesSlug}/${piece.slug}`) },
    ]),
  ];
}

/** A figure's open-data page (/data/<key>): its label, value, source and date. */
export function figurePageMetadata(figure: Figure, display: string, locale: Locale): Metadata {
  const description = seoTranslator(locale)('figureDescription', { label: figure.label, value: display, source: figure.sourceName, date: formatDate(figure.asOf, locale) });
  return pageMetadata({ locale, path: `/data/${figure.key}`, title: figure.label, description });
}

/** Whether a page should show "Updated …": it changed after publication (by more than a minute). */
export function wasUpdated(publishedAt: Date | null, modifiedAt: Date): boolean {
  return publishedAt !== null && modifiedAt.getTime() - publishedAt.getTime() > 60_000;
}
