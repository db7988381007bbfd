// hreflang alternates, one definition for <head> and the sitemap so the two always agree.
import { LOCALES, type Locale } from '@/i18n/locales';
import { pageUrl, X_DEFAULT_LOCALE } from '../site';

export type HreflangMap = Partial<Record<Locale | 'x-default', string>>;

/**
 * Absolute URLs of a page in each locale it exists in, plus x-default (zh-HK when it
 * exists, else the only version). `path` is the page without its locale prefix.
 */
export function hreflangAlternates(path: string, locales: readonly Locale[] = LOCALES): HreflangMap {
  const out: HreflangMap = {};
  for (const locale of LOCALES) if (locales.includes(locale)) out[locale] = pageUrl(locale, path);
  const fallback = locales.includes(X_DEFAULT_LOCALE) ? X_DEFAULT_LOCALE : LOCALES.find((l) => locales.includes(l));
  if (fallback) out['x-default'] = pageUrl(fallback, path);
  return out;
}
