// next-intl's types for this app: message keys come from the zh-HK catalogue, so a missing or
// misspelt key fails `tsc`, and a locale is one of the URL locales next-intl routes by.
import type en from '../messages/en.json';
import type messages from '../messages/zh-HK.json';
import type { routing } from './routing';

declare module 'next-intl' {
  interface AppConfig {
    Locale: (typeof routing.locales)[number];
    Messages: typeof messages;
  }
}

// en.json must have exactly zh-HK.json's keys (tests/i18n/messages.test.ts says which differ);
// when they drift, `tsc` fails on this line.
type SameKeys<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
export type EnglishCatalogueMatches = Assert<SameKeys<typeof en, typeof messages>>;
