// Addresses of a library photo's served variants, and the srcset built from them. Plain
// functions, shared by reader pages and the admin's thumbnails.
import { availableWidths, type ServedExt } from './limits';

export interface MediaAddress {
  id: string;
  hash: string;
  width: number;
}

export const mediaUrl = (m: MediaAddress, width: number, ext: ServedExt) => `/media/${m.id}/${m.hash}/${width}.${ext}`;

export const mediaSrcSet = (m: MediaAddress, ext: ServedExt) =>
  availableWidths(m.width)
    .map((w) => `${mediaUrl(m, w, ext)} ${Math.min(w, m.width)}w`)
    .join(', ');

/** The fallback <img> source: the widest served variant up to 960 pixels. */
export function mediaFallback(m: MediaAddress): string {
  const widths = availableWidths(m.width);
  return mediaUrl(m, widths.filter((w) => w <= 960).at(-1) ?? widths[0]!, 'jpg');
}

/** CSS object-position of a focal point. */
export const focalPosition = (x: number, y: number) => `${Math.round(x * 100)}% ${Math.round(y * 100)}%`;
