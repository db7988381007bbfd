// Date helpers for crawler documents.
import type { PieceSeo } from './types';

/** The newest modification among pieces; null when there are none. */
export function newestModifiedOf(pieces: PieceSeo[]): Date | null {
  return pieces.reduce<Date | null>((max, p) => (!max || p.modifiedAt > max ? p.modifiedAt : max), null);
}

/** RFC 822 date, as RSS 2.0 wants it. */
export function rfc822(date: Date): string {
  return date.toUTCString().replace('GMT', '+0000');
}
