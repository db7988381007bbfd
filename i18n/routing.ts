// next-intl routing: zh-HK (default) and en, always prefixed, lowercase in URLs.
import { defineRouting } from 'next-intl/routing';
import { DEFAULT_LOCALE, LOCALE_PREFIX, LOCALES } from './locales';

export const routing = defineRouting({
  locales: LOCALES,
  defaultLocale: DEFAULT_LOCALE,
  localePrefix: { mode: 'always', prefixes: LOCALE_PREFIX },
  // "/" is negotiated in proxy.ts (cookie, then Accept-Language); other paths keep their prefix.
  localeDetection: false,
});
