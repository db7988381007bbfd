// The share image's background: the lead image cropped to 1200×630 around its focal point.
import 'server-only';
import sharp from 'sharp';
import { MAX_PIXELS } from './limits';
import { readMediaView } from './queries';
import { mediaStore, originalKey } from './store';
import { db } from '@/lib/db';

/** The largest box of the target's shape inside the photo, as near centred on the focal point as fits. */
export function focalCrop(width: number, height: number, fx: number, fy: number, target = { width: 1200, height: 630 }) {
  const aspect = target.width / target.height;
  const cw = width / height > aspect ? Math.round(height * aspect) : width;
  const ch = width / height > aspect ? height : Math.round(width / aspect);
  const clamp = (v: number, max: number) => Math.min(Math.max(Math.round(v), 0), max);
  return { left: clamp(fx * width - cw / 2, width - cw), top: clamp(fy * height - ch / 2, height - ch), width: cw, height: ch };
}

/** A JPEG data URL of the cropped photo, or null without a lead image (or when it cannot be read). */
export async function shareBackground(mediaId: string | null | undefined, target = { width: 1200, height: 630 }): Promise<string | null> {
  if (!mediaId) return null;
  const [view, row] = await Promise.all([readMediaView(mediaId), db.mediaAsset.findUnique({ where: { id: mediaId }, select: { format: true } })]);
  if (!view || !row) return null;
  const original = await mediaStore().get(originalKey(view.id, row.format));
  if (!original) return null;
  try {
    const bytes = await sharp(original, { limitInputPixels: MAX_PIXELS })
      .extract(focalCrop(view.width, view.height, view.focalX, view.focalY, target))
      .resize(target.width, target.height)
      .jpeg({ quality: 78 })
      .toBuffer();
    return `data:image/jpeg;base64,${bytes.toString('base64')}`;
  } catch {
    return null;
  }
}
