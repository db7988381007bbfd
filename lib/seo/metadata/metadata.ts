// Next.js Metadata for reader pages: localised title and description within what search
// results show, self-canonical, hreflang, feed autodiscovery and social cards.
import type { Metadata } from 'next';
import { LOCALES, type Locale } from '@/i18n/locales';
import { hreflangAlternates } from './alternates';
import { atomPath, rssPath } from '../feeds/feeds-paths';
import { seoTranslator } from '../messages';
import { absoluteUrl, OG_LOCALE, pageUrl, SITE_NAME } from '../site';
import { clip, DESCRIPTION_MAX_WIDTH, TITLE_MAX_WIDTH, titleWithSite } from './text-length';

export interface PageSeoInput {
  locale: Locale;
  /** The page without its locale prefix: "" for the front page, "/series", "/series/piece". */
  path: string;
  /** Locales the page exists in; defaults to all. */
  locales?: readonly Locale[];
  title: string;
  description: string;
  article?: { publishedTime: Date; modifiedTime: Date; section: string };
  /** Append " | Tandem" when it fits (not on the front page, whose title names the site). */
  siteSuffix?: boolean;
  /**
   * Share image; defaults to the locale's front-page card. Set explicitly, because a page's
   * openGraph replaces the one its opengraph-image file would contribute, image included.
   */
  image?: string;
}

/** RSS and Atom links for <head>, in the page's language. */
export function feedAlternates(locale: Locale) {
  const t = seoTranslator(locale);
  return {
    'application/rss+xml': [{ url: absoluteUrl(rssPath(locale)), title: t('rssLinkTitle') }],
    'application/atom+xml': [{ url: absoluteUrl(atomPath(locale)), title: t('atomLinkTitle') }],
  };
}

/** The opengraph-image route of a page path ("" for the front page). */
export const shareImageUrl = (locale: Locale, path: string) => pageUrl(locale, `${path}/opengraph-image`);

export function pageMetadata(input: PageSeoInput): Metadata {
  const { locale, path, article } = input;
  const locales = input.locales ?? LOCALES;
  const title = input.siteSuffix === false ? clip(input.title, TITLE_MAX_WIDTH) : titleWithSite(input.title, SITE_NAME);
  const description = clip(input.description, DESCRIPTION_MAX_WIDTH);
  const url = pageUrl(locale, path);
  const images = [{ url: input.image ?? shareImageUrl(locale, ''), width: 1200, height: 630, type: 'image/png' }];
  return {
    title: { absolute: title },
    description,
    alternates: { canonical: url, languages: hreflangAlternates(path, locales), types: feedAlternates(locale) },
    openGraph: {
      type: article ? 'article' : 'website',
      url,
      siteName: SITE_NAME,
      title,
      description,
      locale: OG_LOCALE[locale],
      images,
      alternateLocale: locales.filter((l) => l !== locale).map((l) => OG_LOCALE[l]),
      ...(article && {
        publishedTime: article.publishedTime.toISOString(),
        modifiedTime: article.modifiedTime.toISOString(),
        section: article.section,
      }),
    },
    twitter: { card: 'summary_large_image', title, description, images },
  };
}
