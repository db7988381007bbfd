// Dates as each locale's readers write them, in Hong Kong time: 2025年5月12日 / 12 May 2025 (British style).
import type { Locale } from './locales';

export const NEWSROOM_TIME_ZONE = 'Asia/Hong_Kong';

export function formatDate(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'zh-HK' ? 'zh-HK' : 'en-GB', {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: NEWSROOM_TIME_ZONE,
  }).format(date);
}
