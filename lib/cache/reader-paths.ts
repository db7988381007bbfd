// Every reader URL a change to a piece can alter, so a write revalidates exactly those.
import { LOCALES, localePrefix } from '@/i18n/locales';

/** Site-wide documents that list pieces. */
export const LISTING_PATHS = ['/sitemap.xml', '/news-sitemap.xml', ...LOCALES.map((l) => `${localePrefix(l)}/feed.xml`), ...LOCALES.map((l) => `${localePrefix(l)}/atom.xml`)];

export function readerPathsFor(seriesSlug: string, pieceSlugs: string[]): string[] {
  const paths = new Set<string>(LISTING_PATHS);
  for (const locale of LOCALES) {
    const prefix = localePrefix(locale);
    paths.add(prefix);
    paths.add(`${prefix}/${seriesSlug}`);
    for (const slug of pieceSlugs) paths.add(`${prefix}/${seriesSlug}/${slug}`);
  }
  return [...paths];
}
