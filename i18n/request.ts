// Loads the message catalogue of the request's locale.
import { getRequestConfig } from 'next-intl/server';
import { DEFAULT_LOCALE, parseLocale, toUrlLocale } from './locales';

export default getRequestConfig(async ({ requestLocale }) => {
  const locale = parseLocale(await requestLocale) ?? DEFAULT_LOCALE;
  return {
    locale: toUrlLocale(locale),
    messages: (await import(`../messages/${locale}.json`)).default,
    timeZone: 'Asia/Hong_Kong',
  };
});
