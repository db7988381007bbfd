// A chart's source line: each source with its figures' own as-of dates. One date reads
// "Name (date)"; figures of one source with different dates read "Name (labels: date; labels: date)".
import { formatDate } from '@/i18n/format-date';
import type { Locale } from '@/i18n/locales';
import type { ChartSource } from './types';

export interface SourceLineFormatters {
  /** "{name} ({date})" */
  item: (values: { name: string; date: string }) => string;
  /** "{labels}: {date}" */
  dated: (values: { labels: string; date: string }) => string;
}

export function chartSourceLine(sources: ChartSource[], locale: Locale, f: SourceLineFormatters): string {
  const zh = locale === 'zh-HK';
  const list = (items: string[]) => items.join(zh ? '、' : ', ');
  const items = sources.map((s) => {
    const date =
      s.dates.length <= 1 ? formatDate(s.asOf, locale) : s.dates.map((d) => f.dated({ labels: list(d.labels), date: formatDate(d.asOf, locale) })).join(zh ? '；' : '; ');
    return f.item({ name: s.name, date });
  });
  return zh ? items.join('；') : items.join('; ');
}
