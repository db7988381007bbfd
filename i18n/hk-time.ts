// Hong Kong wall-clock time (UTC+8, no daylight saving) for editors; UTC for storage.
import { formatAdminDateTime } from './admin-date';

const OFFSET_MS = 8 * 60 * 60 * 1000;

/** "2026-12-01T09:30" in Hong Kong → the UTC instant; null when malformed. */
export function fromHkInput(value: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value.trim());
  if (!m) return null;
  const [, y, mo, d, h, mi] = m.map(Number) as [number, number, number, number, number, number];
  const utc = Date.UTC(y, mo - 1, d, h, mi) - OFFSET_MS;
  const check = new Date(utc + OFFSET_MS);
  if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || h > 23 || mi > 59) return null;
  return new Date(utc);
}

/** The instant as a datetime-local value in Hong Kong time. */
export function toHkInput(date: Date): string {
  return new Date(date.getTime() + OFFSET_MS).toISOString().slice(0, 16);
}

/** "2026年12月1日 09:30" / "1 Dec 2026, 09:30" in Hong Kong time (the admin date formatter). */
export const formatHkDateTime = formatAdminDateTime;
