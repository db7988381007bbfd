// Which articles the build renders ahead of time: the newest few hundred per locale, so the
// build does not grow with the archive. Older pieces render on first request, then are cached.
import 'server-only';
import type { Locale } from '@/i18n/locales';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { readerVisiblePieceWhere } from './access';

/** Articles per locale rendered at build; readers rarely open the long tail first-hand. */
export const STATIC_ARTICLES_PER_LOCALE = 200;

/** The build's limit: STATIC_ARTICLES_PER_LOCALE, or the variable of that name when set (the end-to-end build sets 1). */
export function staticArticleLimit(): number {
  return env().STATIC_ARTICLES_PER_LOCALE ?? STATIC_ARTICLES_PER_LOCALE;
}

/** [series, piece] slugs of the newest pieces published in `locale`, newest first. */
export async function newestArticlePaths(locale: Locale, limit = staticArticleLimit()): Promise<{ series: string; piece: string }[]> {
  const rows = await db.piece.findMany({
    // A locale without a headline has not been published in that language.
    where: { ...readerVisiblePieceWhere(), texts: { some: { locale, title: { not: '' } } } },
    orderBy: [{ publishedAt: 'desc' }, { id: 'asc' }],
    take: limit,
    select: { slug: true, series: { select: { slug: true } } },
  });
  return rows.map((r) => ({ series: r.series.slug, piece: r.slug }));
}
