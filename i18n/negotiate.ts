// Picks the reader's locale for "/": the NEXT_LOCALE cookie first, then Accept-Language.
// Any zh-* goes to zh-HK, any other language to en; a missing or malformed header to zh-HK.
import { DEFAULT_LOCALE, parseLocale, type Locale } from './locales';

const LANGUAGE_RANGE = /^(\*|[a-z]{1,8}(-[a-z0-9]{1,8})*)(;q=(0(\.\d{0,3})?|1(\.0{0,3})?))?$/i;

export function localeFromAcceptLanguage(header: string | null | undefined): Locale {
  if (!header?.trim()) return DEFAULT_LOCALE;
  const ranges: { tag: string; q: number; order: number }[] = [];
  const parts = header.split(',').map((p) => p.replace(/\s+/g, ''));
  for (const [order, part] of parts.entries()) {
    if (!part) continue;
    if (!LANGUAGE_RANGE.test(part)) return DEFAULT_LOCALE;
    const [tag = '', q] = part.split(';q=');
    ranges.push({ tag: tag.toLowerCase(), q: q === undefined ? 1 : Number(q), order });
  }
  const best = ranges.filter((r) => r.q > 0 && r.tag !== '*').sort((a, b) => b.q - a.q || a.order - b.order)[0];
  if (!best) return DEFAULT_LOCALE;
  return best.tag === 'zh' || best.tag.startsWith('zh-') ? 'zh-HK' : 'en';
}

export function negotiateLocale(cookie: string | undefined, acceptLanguage: string | null): Locale {
  const fromCookie = parseLocale(cookie);
  if (fromCookie) return fromCookie;
  return localeFromAcceptLanguage(acceptLanguage);
}
