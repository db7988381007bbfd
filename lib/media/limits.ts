// What the media library accepts and serves: formats, sizes and the fixed set of widths.
export const MEDIA_FORMATS = ['jpeg', 'png', 'webp', 'avif'] as const;
export type MediaFormat = (typeof MEDIA_FORMATS)[number];

/** The largest upload, in bytes: under the 10 MB request limit of the deploy/ nginx configuration, with room for the form around it. */
export const MAX_UPLOAD_BYTES = 8 * 1024 * 1024;
/** The longest side, in pixels. */
export const MAX_SIDE = 12_000;
/** Pixels sharp may decode at most (guards against decompression bombs). */
export const MAX_PIXELS = 50_000_000;

/** The only widths served; a photo narrower than one of them is never enlarged to it. */
export const MEDIA_WIDTHS = [320, 640, 960, 1280, 1920] as const;
/** Served formats, by file extension, best first. */
export const SERVED_TYPES = { avif: 'image/avif', webp: 'image/webp', jpg: 'image/jpeg' } as const;
export type ServedExt = keyof typeof SERVED_TYPES;

/** The widths a photo of this width is served at: those not wider than it, or the smallest (not enlarged). */
export function availableWidths(width: number): number[] {
  const fit = MEDIA_WIDTHS.filter((w) => w <= width);
  return fit.length ? fit : [MEDIA_WIDTHS[0]];
}
