// Uploads are judged by their content: real JPEG, PNG, WebP and AVIF files pass (re-encoded,
// without EXIF or GPS), anything else is refused with a code that has a message in both languages.
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import en from '@/messages/en.json';
import zh from '@/messages/zh-HK.json';
import { MAX_UPLOAD_BYTES } from '@/lib/media/limits';
import { cleanUpload, MediaError, sniffFormat } from '@/lib/media/validate';
import { avif, elf, jpegWithGps, png, svgWithScript, webp } from './images';

async function refusal(bytes: Uint8Array): Promise<string> {
  const e = await cleanUpload(bytes).catch((error: unknown) => error);
  expect(e).toBeInstanceOf(MediaError);
  return (e as MediaError).code;
}

describe('accepted photos', () => {
  it('keeps a PNG as a PNG of the same size', async () => {
    const out = await cleanUpload(await png(1400, 900));
    expect(out).toMatchObject({ format: 'png', width: 1400, height: 900 });
    expect((await sharp(out.data).metadata()).format).toBe('png');
  });

  it('strips the GPS position and other EXIF from a JPEG, with its orientation applied', async () => {
    const input = await jpegWithGps(1000, 500);
    const before = await sharp(input).metadata();
    expect(before.exif?.includes(Buffer.from('PhoneCo'))).toBe(true);
    expect(before.orientation).toBe(6);
    const out = await cleanUpload(input);
    const after = await sharp(out.data).metadata();
    expect(after.exif).toBeUndefined();
    expect(after.orientation).toBeUndefined();
    expect(out.data.includes(Buffer.from('PhoneCo'))).toBe(false);
    // Turned upright: the stored photo is portrait, as the phone showed it.
    expect(out).toMatchObject({ format: 'jpeg', width: 500, height: 1000 });
  });

  it('accepts WebP and AVIF', async () => {
    expect(await cleanUpload(await webp())).toMatchObject({ format: 'webp', width: 800, height: 600 });
    expect(await cleanUpload(await avif())).toMatchObject({ format: 'avif', width: 400, height: 300 });
  });
});

describe('refused files', () => {
  it('refuses a renamed executable and an SVG with a script, whatever they are called', async () => {
    expect(sniffFormat(elf())).toBeNull();
    expect(await refusal(elf())).toBe('unsupported');
    expect(await refusal(svgWithScript())).toBe('unsupported');
  });

  it('refuses a file whose signature says JPEG but whose content is not one', async () => {
    expect(await refusal(Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(2000, 1)]))).toBe('unreadable');
  });

  it('refuses a photo with too many pixels (a decompression bomb compresses to almost nothing)', async () => {
    const wide = await sharp({ create: { width: 13_000, height: 10, channels: 3, background: '#fff' } })
      .png()
      .toBuffer();
    expect(await refusal(wide)).toBe('tooManyPixels');
    const bomb = await sharp({ create: { width: 8000, height: 8000, channels: 3, background: '#000' } })
      .png({ compressionLevel: 9 })
      .toBuffer();
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(await refusal(bomb)).toBe('tooManyPixels');
  });

  it('refuses a file over the byte limit before decoding it, and an empty one', async () => {
    const big = Buffer.alloc(MAX_UPLOAD_BYTES + 1, 0);
    big.set([0xff, 0xd8, 0xff]);
    expect(await refusal(big)).toBe('tooLarge');
    expect(await refusal(new Uint8Array())).toBe('empty');
  });

  it('has a message for every refusal in both languages', () => {
    for (const code of ['empty', 'tooLarge', 'unsupported', 'tooManyPixels', 'unreadable', 'notFound', 'pieceNotFound', 'forbidden'] as const) {
      expect(en.Admin.media.errors[code]).toBeTruthy();
      expect(zh.Admin.media.errors[code]).toBeTruthy();
      expect(zh.Admin.media.errors[code]).not.toBe(en.Admin.media.errors[code]);
    }
    expect(en.Admin.media.errors.tooLarge).toContain('{mb} MB');
    expect(zh.Admin.media.errors.tooLarge).toMatch(/檔案太大：/);
  });
});
