// The one way the editors' panel writes a date: Hong Kong style, in Hong Kong time, in both
// interface languages ("2026年12月2日 11:40" / "2 Dec 2026, 11:40"), never raw UTC or "2/12/2026".
import type { Locale } from './locales';

const TIME_ZONE = 'Asia/Hong_Kong';
// Fixed month names: ICU versions differ ("Sep" / "Sept"), and the panel should not.
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const parts = new Intl.DateTimeFormat('en-GB', {
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: TIME_ZONE,
});

/** The Hong Kong wall-clock fields of an instant. */
function hkFields(date: Date) {
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.formatToParts(date).find((p) => p.type === type)?.value ?? 0);
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute') };
}

const two = (n: number) => String(n).padStart(2, '0');

/** "2026年12月2日" / "2 Dec 2026", the day in Hong Kong. */
export function formatAdminDate(date: Date, locale: Locale): string {
  if (Number.isNaN(date.getTime())) return '—';
  const f = hkFields(date);
  return locale === 'zh-HK' ? `${f.year}年${f.month}月${f.day}日` : `${f.day} ${MONTHS[f.month - 1]} ${f.year}`;
}

/** "2026年12月2日 11:40" / "2 Dec 2026, 11:40", Hong Kong time. */
export function formatAdminDateTime(date: Date, locale: Locale): string {
  if (Number.isNaN(date.getTime())) return '—';
  const f = hkFields(date);
  const time = `${two(f.hour)}:${two(f.minute)}`;
  return locale === 'zh-HK' ? `${formatAdminDate(date, locale)} ${time}` : `${formatAdminDate(date, locale)}, ${time}`;
}
