// A machine-readable publication date.
import { formatDate } from '@/i18n/format-date';
import type { Locale } from '@/i18n/locales';

export function PublishedDate({ date, locale }: { date: Date; locale: Locale }) {
  return <time dateTime={date.toISOString()}>{formatDate(date, locale)}</time>;
}
