// Google News sitemap: pieces published in the last two days, each version with
// news:publication (name, language), publication date and title.
import type { Locale } from '@/i18n/locales';
import { NEWS_LANGUAGE, pageUrl, SITE_NAME } from '../site';
import type { PieceSeo } from '../types';
import { escapeXml, w3cDate, XML_DECLARATION } from '../xml';

export const NEWS_WINDOW_MS = 2 * 24 * 60 * 60 * 1000;
/** Google News reads at most 1,000 URLs from one news sitemap. */
export const NEWS_MAX_URLS = 1000;

export interface NewsUrl {
  loc: string;
  locale: Locale;
  title: string;
  publishedAt: Date;
}

export function newsUrls(pieces: PieceSeo[], now: Date): NewsUrl[] {
  const since = now.getTime() - NEWS_WINDOW_MS;
  return pieces
    .filter((p) => p.publishedAt.getTime() >= since && p.publishedAt.getTime() <= now.getTime())
    .sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime())
    .flatMap((p) =>
      p.locales.map((locale) => ({
        loc: pageUrl(locale, `/${p.seriesSlug}/${p.slug}`),
        locale,
        title: p.texts[locale]!.title,
        publishedAt: p.publishedAt,
      })),
    )
    .slice(0, NEWS_MAX_URLS);
}

export function renderNewsSitemap(urls: NewsUrl[]): string {
  return [
    XML_DECLARATION,
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">',
    ...urls.map(
      (u) =>
        `<url><loc>${escapeXml(u.loc)}</loc><news:news><news:publication><news:name>${escapeXml(SITE_NAME)}</news:name><news:language>${NEWS_LANGUAGE[u.locale]}</news:language></news:publication><news:publication_date>${w3cDate(u.publishedAt)}</news:publication_date><news:title>${escapeXml(u.title)}</news:title></news:news></url>`,
    ),
    '</urlset>',
    '',
  ].join('\n');
}
