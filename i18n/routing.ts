// next-intl routing: /zh-hk (default) and /en, always prefixed.
import { defineRouting } from 'next-intl/routing';
import { DEFAULT_LOCALE, toUrlLocale, URL_LOCALES } from './locales';

export const routing = defineRouting({
  locales: URL_LOCALES,
  defaultLocale: toUrlLocale(DEFAULT_LOCALE),
  localePrefix: 'always',
  // "/" is negotiated in proxy.ts (cookie, then Accept-Language); other paths keep their prefix.
  localeDetection: false,
  // hreflang alternates are written by the pages themselves, with BCP 47 tags and SITE_URL.
  alternateLinks: false,
});
