// The site's locales. Kept free of next-intl imports so domain code and scripts can use it.
// Domain code speaks BCP 47 tags (zh-HK); URLs carry them in lowercase (/zh-hk/…). The URL
// segment is next-intl's locale key, so routing never needs a rewrite.
export const LOCALES = ['zh-HK', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh-HK';

export const URL_LOCALES = ['zh-hk', 'en'] as const;
export type UrlLocale = (typeof URL_LOCALES)[number];

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** Reads a locale in any case ("zh-hk", "zh-HK"); null when it is not one of ours. */
export function parseLocale(value: string | null | undefined): Locale | null {
  const lower = value?.toLowerCase();
  return LOCALES.find((l) => l.toLowerCase() === lower) ?? null;
}

export function toUrlLocale(locale: Locale): UrlLocale {
  return locale.toLowerCase() as UrlLocale;
}

/** The URL prefix of a locale: always present, always lowercase. */
export function localePrefix(locale: Locale): string {
  return `/${toUrlLocale(locale)}`;
}

export function otherLocale(locale: Locale): Locale {
  return locale === 'zh-HK' ? 'en' : 'zh-HK';
}
