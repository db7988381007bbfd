// The side-by-side view of a public piece: the one bilingual model projected onto the page's
// locale and the other one, block for block. Live pieces only; previews have the editor.
import 'server-only';
import { otherLocale, type Locale } from '@/i18n/locales';
import { getPieceSeo } from '@/lib/seo/queries';
import { getArticle } from './queries';
import type { ArticleView } from './types';

/** The side-by-side view's path under a piece, without the locale prefix. */
export const parallelPath = (seriesSlug: string, pieceSlug: string) => `/${seriesSlug}/${pieceSlug}/parallel`;

export type ParallelRead =
  | { status: 'found'; primary: ArticleView; other: ArticleView }
  /** Not public in the page's locale: no page. */
  | { status: 'missing' }
  /** Public in the page's locale only: nothing to set beside it; readers go to the article. */
  | { status: 'one-locale' };

export async function readParallelArticle(seriesSlug: string, pieceSlug: string, locale: Locale): Promise<ParallelRead> {
  const seo = await getPieceSeo(seriesSlug, pieceSlug);
  if (!seo?.locales.includes(locale)) return { status: 'missing' };
  const other = otherLocale(locale);
  if (!seo.locales.includes(other)) return { status: 'one-locale' };
  // Both read the same cached model (getPieceSeo read it first), so the two sides cannot disagree.
  const [primary, otherView] = await Promise.all([getArticle(seriesSlug, pieceSlug, locale), getArticle(seriesSlug, pieceSlug, other)]);
  if (!primary || !otherView) return { status: 'missing' };
  return { status: 'found', primary, other: otherView };
}
