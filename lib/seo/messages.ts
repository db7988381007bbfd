// UI strings for builders that run outside a React render (feeds, JSON-LD, the 410 page).
// use-intl/core is next-intl's own formatter, without React: usable from the proxy and tests.
import { createTranslator } from 'use-intl/core';
import { toUrlLocale, type Locale } from '@/i18n/locales';
import en from '@/messages/en.json';
import zhHK from '@/messages/zh-HK.json';

const catalogues = { 'zh-HK': zhHK, en } as const;

export function seoTranslator(locale: Locale) {
  return createTranslator({ locale: toUrlLocale(locale), messages: catalogues[locale], namespace: 'Seo' });
}

export function pieceTranslator(locale: Locale) {
  return createTranslator({ locale: toUrlLocale(locale), messages: catalogues[locale], namespace: 'Piece' });
}

export function siteTranslator(locale: Locale) {
  return createTranslator({ locale: toUrlLocale(locale), messages: catalogues[locale], namespace: 'Site' });
}

export function homeTranslator(locale: Locale) {
  return createTranslator({ locale: toUrlLocale(locale), messages: catalogues[locale], namespace: 'Home' });
}

export function chartsTranslator(locale: Locale) {
  return createTranslator({ locale: toUrlLocale(locale), messages: catalogues[locale], namespace: 'Charts' });
}

export function provenanceTranslator(locale: Locale) {
  return createTranslator({ locale: toUrlLocale(locale), messages: catalogues[locale], namespace: 'Provenance' });
}
