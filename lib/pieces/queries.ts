// Reader-side reads of articles: the public model projected onto a locale (lists of pieces
// are in listings.ts). React's cache() shares one read between a page and its metadata.
import 'server-only';
import { cache } from 'react';
import type { Locale } from '@/i18n/locales';
import { liveArticle, pieceIdBySlug } from './article-model';
import { projectArticle } from './article-view';
import type { ArticleView } from './types';

export { sourcesOf } from './article-view';

/** The public model of a piece, once per request. */
export const getLiveArticle = cache(liveArticle);

/** A published piece, ready to read in one locale; null when it is not public. */
export const getArticle = cache(async (seriesSlug: string, pieceSlug: string, locale: Locale): Promise<ArticleView | null> => {
  const model = await getLiveArticle(seriesSlug, pieceSlug);
  return model && projectArticle(model, locale);
});

/** Whether a piece exists in any status (the seed uses this to stay idempotent). */
export async function pieceExists(seriesSlug: string, slug: string): Promise<boolean> {
  return (await pieceIdBySlug(seriesSlug, slug)) !== null;
}
