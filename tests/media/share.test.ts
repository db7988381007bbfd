// The share image crops the lead image around its focal point, and still draws without one.
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { focalCrop } from '@/lib/media/share';
import { renderShareCard } from '@/lib/seo/share/share-card';

describe('focal crops', () => {
  it('keeps the focal point inside a 1200×630 crop, as near the centre as the photo allows', () => {
    // A wide photo: full height, the crop slides sideways towards the subject.
    expect(focalCrop(4000, 1000, 0.9, 0.5)).toEqual({ left: 2095, top: 0, width: 1905, height: 1000 });
    expect(focalCrop(4000, 1000, 0, 0.5)).toMatchObject({ left: 0 });
    // A tall photo: full width, the crop slides down to a subject near the bottom.
    expect(focalCrop(1000, 3000, 0.5, 0.8)).toEqual({ left: 0, top: 2138, width: 1000, height: 525 });
    expect(focalCrop(1000, 3000, 0.5, 1)).toMatchObject({ top: 2475 });
  });
});

describe('share card', () => {
  it('draws the lead image behind the headline, and the plain card without one', async () => {
    const photo = await sharp({ create: { width: 1200, height: 630, channels: 3, background: '#1060c0' } })
      .jpeg()
      .toBuffer();
    const input = { locale: 'en' as const, headline: 'The cost revolution', kicker: 'The Global AI Race', siteName: 'Tandem', tagline: 'Data stories' };
    const withPhoto = Buffer.from(await renderShareCard({ ...input, background: `data:image/jpeg;base64,${photo.toString('base64')}` }).arrayBuffer());
    const plain = Buffer.from(await renderShareCard(input).arrayBuffer());
    const pixel = async (png: Buffer) => (await sharp(png).extract({ left: 1100, top: 300, width: 1, height: 1 }).raw().toBuffer()).toJSON().data;
    const [r, , b] = await pixel(withPhoto);
    expect(b).toBeGreaterThan(r!); // blue photo, darkened
    expect(await pixel(plain)).toEqual([251, 248, 243, 255]); // the paper colour
  });
});
