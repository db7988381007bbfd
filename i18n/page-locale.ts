// Turns the [locale] route segment into the domain locale and fixes it for the render.
import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { parseLocale, toUrlLocale, type Locale } from './locales';

/** Resolves the segment ("zh-hk", "en") or answers 404; call first in every page and layout. */
export function pageLocale(segment: string): Locale {
  const locale = parseLocale(segment);
  if (!locale || toUrlLocale(locale) !== segment) notFound();
  setRequestLocale(segment);
  return locale;
}
