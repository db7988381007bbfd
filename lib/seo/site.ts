// The site's public identity for crawlers: origin (SITE_URL, never request headers), names,
// and the locale codes each consumer wants (hreflang, OpenGraph, Google News).
import { DEFAULT_LOCALE, localePrefix, type Locale } from '@/i18n/locales';
import { env } from '@/lib/env';

export const SITE_NAME = 'Tandem';

/** The language pieces are written in first; the other locale is its translation. */
export const ORIGINAL_LOCALE: Locale = DEFAULT_LOCALE;

/** x-default: readers whose language we do not serve land on the zh-HK version. */
export const X_DEFAULT_LOCALE: Locale = DEFAULT_LOCALE;

export const OG_LOCALE: Record<Locale, string> = { 'zh-HK': 'zh_HK', en: 'en_US' };

/** Google News wants zh-tw for Traditional Chinese (and zh-cn for Simplified). */
export const NEWS_LANGUAGE: Record<Locale, string> = { 'zh-HK': 'zh-tw', en: 'en' };

export function siteUrl(): string {
  return env().SITE_URL;
}

/** Absolute URL of a site path ("/zh-hk/x"); "" and "/" give the origin with a trailing slash. */
export function absoluteUrl(path: string): string {
  return `${siteUrl()}${path.startsWith('/') ? path : `/${path}`}`;
}

/** A reader path in a locale: localePath('en', '/global-ai-race') → "/en/global-ai-race". */
export function localePath(locale: Locale, path = ''): string {
  const rest = path === '/' ? '' : path;
  return `${localePrefix(locale)}${rest}`;
}

export function pageUrl(locale: Locale, path = ''): string {
  return absoluteUrl(localePath(locale, path));
}

export const LOGO_PATH = '/brand/logo.png';
export const LOGO_SIZE = { width: 512, height: 512 } as const;
