// Checks an upload by its content, never its name or the browser's type: magic bytes first,
// then what sharp decodes, with pixel limits against decompression bombs. The original is
// re-encoded with its orientation applied and without any metadata (EXIF, GPS, XMP).
import 'server-only';
import sharp, { type Metadata } from 'sharp';
import { MAX_PIXELS, MAX_SIDE, MAX_UPLOAD_BYTES, type MediaFormat } from './limits';

export type MediaErrorCode = 'empty' | 'tooLarge' | 'unsupported' | 'tooManyPixels' | 'unreadable' | 'notFound' | 'pieceNotFound' | 'forbidden';

/** A refusal with a code the interface turns into a message (Admin.media.errors.<code>). */
export class MediaError extends Error {
  constructor(readonly code: MediaErrorCode) {
    super(`media.${code}`);
  }
}

const startsWith = (bytes: Uint8Array, sig: number[], at = 0) => sig.every((b, i) => bytes[at + i] === b);
const ascii = (bytes: Uint8Array, from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));

/** The format the file's first bytes announce, or null for anything else (SVG, executables, text). */
export function sniffFormat(bytes: Uint8Array): MediaFormat | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'webp';
  if (ascii(bytes, 4, 8) === 'ftyp') {
    const size = Math.min(bytes.length, (bytes[0]! << 24) | (bytes[1]! << 16) | (bytes[2]! << 8) | bytes[3]!, 64);
    for (let i = 8; i + 4 <= size; i += 4) if (['avif', 'avis'].includes(ascii(bytes, i, i + 4))) return 'avif';
  }
  return null;
}

export interface CleanImage {
  format: MediaFormat;
  width: number;
  height: number;
  data: Buffer;
}

/** What sharp calls each accepted format. */
const SHARP_FORMAT: Record<MediaFormat, string> = { jpeg: 'jpeg', png: 'png', webp: 'webp', avif: 'heif' };

export async function cleanUpload(input: Uint8Array): Promise<CleanImage> {
  if (input.length === 0) throw new MediaError('empty');
  if (input.length > MAX_UPLOAD_BYTES) throw new MediaError('tooLarge');
  const format = sniffFormat(input);
  if (!format) throw new MediaError('unsupported');
  const bytes = Buffer.from(input.buffer, input.byteOffset, input.length);
  let meta: Metadata;
  try {
    meta = await sharp(bytes, { limitInputPixels: MAX_PIXELS }).metadata();
  } catch (e) {
    throw new MediaError(e instanceof Error && /pixel limit/i.test(e.message) ? 'tooManyPixels' : 'unreadable');
  }
  // The content must be what its signature says (a HEIC in an AVIF box is not an AVIF).
  if (meta.format !== SHARP_FORMAT[format] || (format === 'avif' && meta.compression !== 'av1')) throw new MediaError('unsupported');
  const { width = 0, height = 0 } = meta;
  if (!width || !height) throw new MediaError('unreadable');
  if (width > MAX_SIDE || height > MAX_SIDE || width * height > MAX_PIXELS) throw new MediaError('tooManyPixels');
  try {
    // rotate() applies the EXIF orientation; without withMetadata() sharp writes no metadata at all.
    const pipeline = sharp(bytes, { limitInputPixels: MAX_PIXELS }).rotate();
    const encoded =
      format === 'jpeg'
        ? pipeline.jpeg({ quality: 92, mozjpeg: true })
        : format === 'png'
          ? pipeline.png({ compressionLevel: 9 })
          : format === 'webp'
            ? pipeline.webp({ quality: 92 })
            : pipeline.avif({ quality: 70, effort: 2 });
    const { data, info } = await encoded.toBuffer({ resolveWithObject: true });
    return { format, width: info.width, height: info.height, data };
  } catch {
    throw new MediaError('unreadable');
  }
}
