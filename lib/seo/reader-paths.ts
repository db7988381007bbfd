// Every URL path a change to one piece can alter, for revalidatePath after a write.
import { LOCALES } from '@/i18n/locales';
import { atomPath, NEWS_SITEMAP_PATH, rssPath, SITEMAP_PATH } from './feeds/feeds-paths';
import { localePath } from './site';

/** Site-wide documents that list pieces: sitemaps and both locales' feeds. */
export const LISTING_PATHS: readonly string[] = [SITEMAP_PATH, NEWS_SITEMAP_PATH, ...LOCALES.flatMap((l) => [rssPath(l), atomPath(l)])];

/**
 * Both locales' article page and share image, series page and front page, plus the sitemaps
 * and feeds. Call it for the old slug too after a rename. Child sitemaps (/sitemap/n.xml,
 * only past 5,000 URLs) are not listed: they revalidate on their own within a minute.
 */
export function readerPathsFor(seriesSlug: string, pieceSlug: string): string[] {
  const paths = new Set<string>();
  for (const locale of LOCALES) {
    paths.add(localePath(locale, `/${seriesSlug}/${pieceSlug}`));
    paths.add(localePath(locale, `/${seriesSlug}/${pieceSlug}/opengraph-image`));
    paths.add(localePath(locale, `/${seriesSlug}`));
    paths.add(localePath(locale));
  }
  for (const p of LISTING_PATHS) paths.add(p);
  return [...paths];
}
