// The site's locales. Kept free of next-intl imports so domain code and scripts can use it.
export const LOCALES = ['zh-HK', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh-HK';

/** URL prefix of each locale: always present, always lowercase. */
export const LOCALE_PREFIX: Record<Locale, string> = { 'zh-HK': '/zh-hk', en: '/en' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

export function otherLocale(locale: Locale): Locale {
  return locale === 'zh-HK' ? 'en' : 'zh-HK';
}
