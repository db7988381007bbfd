// Resized, re-encoded copies of a photo, made with sharp on first request and kept in the
// store beside the original, so each is encoded once.
import 'server-only';
import sharp from 'sharp';
import { availableWidths, MAX_PIXELS, type ServedExt } from './limits';
import { originalKey, variantKey, type MediaStore } from './store';

export interface VariantSource {
  id: string;
  format: string;
  width: number;
}

/** The bytes of one served variant, or null when that width or format is not served for the photo. */
export async function variantBytes(store: MediaStore, asset: VariantSource, width: number, ext: ServedExt): Promise<Buffer | null> {
  if (!availableWidths(asset.width).includes(width)) return null;
  const key = variantKey(asset.id, width, ext);
  const kept = await store.get(key);
  if (kept) return kept;
  const original = await store.get(originalKey(asset.id, asset.format));
  if (!original) return null;
  const resized = sharp(original, { limitInputPixels: MAX_PIXELS }).resize({ width, withoutEnlargement: true });
  const encoded = ext === 'avif' ? resized.avif({ quality: 55, effort: 2 }) : ext === 'webp' ? resized.webp({ quality: 78 }) : resized.jpeg({ quality: 80, mozjpeg: true });
  const bytes = await encoded.toBuffer();
  await store.put(key, bytes);
  return bytes;
}
