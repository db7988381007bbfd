// The media library against a real seeded database: uploads stored and audited, photos
// served resized in the asked format (never enlarged), descriptions by role, image blocks
// and lead images that round-trip through saves and publishing, and the tags writes expire.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { withSeededDatabase } from '../helpers/seeded-db';
import { EDITORS, workingCopy } from '../helpers/pieces';
import { jpegWithGps, png } from './images';

const dir = mkdtempSync(path.join(os.tmpdir(), 'tandem-media-lib-'));
process.env.MEDIA_DIR = dir;
process.env.MEDIA_STORE = 'directory';
afterAll(() => rmSync(dir, { recursive: true, force: true }));

withSeededDatabase();

async function serve(id: string, hash: string, file: string) {
  const { GET } = await import('@/app/media/[id]/[hash]/[file]/route');
  return GET(new Request(`http://localhost/media/${id}/${hash}/${file}`), { params: Promise.resolve({ id, hash, file }) });
}

async function upload(bytes: Buffer, name: string) {
  const { uploadMedia } = await import('@/lib/media/mutations');
  const { db } = await import('@/lib/db');
  const saved = await uploadMedia({ bytes, name }, EDITORS.ed, '127.0.0.1');
  return db.mediaAsset.findUniqueOrThrow({ where: { id: saved.id } });
}

describe('uploading and serving', () => {
  it('stores a cleaned original, audits the upload and serves each format at the asked width', async () => {
    const asset = await upload(await png(1400, 900), 'harbour.png');
    expect(asset).toMatchObject({ format: 'png', width: 1400, height: 900, originalName: 'harbour.png' });
    const { db } = await import('@/lib/db');
    expect(await db.auditEntry.findFirst({ where: { action: 'media.upload', targetId: asset.id } })).toMatchObject({ actorEmail: 'ed@example.org' });

    for (const [file, type, format, width] of [
      ['640.webp', 'image/webp', 'webp', 640],
      ['320.avif', 'image/avif', 'heif', 320],
      ['1280.jpg', 'image/jpeg', 'jpeg', 1280],
    ] as const) {
      const res = await serve(asset.id, asset.hash, file);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe(type);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      const meta = await sharp(Buffer.from(await res.arrayBuffer())).metadata();
      expect(meta).toMatchObject({ format, width });
    }
    // Served again from the store: the same bytes.
    const a = Buffer.from(await (await serve(asset.id, asset.hash, '640.webp')).arrayBuffer());
    const b = Buffer.from(await (await serve(asset.id, asset.hash, '640.webp')).arrayBuffer());
    expect(a.equals(b)).toBe(true);
  });

  it('answers 404 for widths it does not serve, an old hash, a bad name or an unknown photo', async () => {
    const asset = await upload(await png(700, 400), 'small.png');
    expect((await serve(asset.id, asset.hash, '960.webp')).status).toBe(404); // no upscaling
    expect((await serve(asset.id, asset.hash, '500.webp')).status).toBe(404); // not a served width
    expect((await serve(asset.id, asset.hash, '640.gif')).status).toBe(404);
    expect((await serve(asset.id, 'deadbeefdeadbeef', '640.webp')).status).toBe(404);
    expect((await serve('mnotaphoto0000000000000', asset.hash, '640.webp')).status).toBe(404);
    const ok = await serve(asset.id, asset.hash, '640.jpg');
    expect(ok.status).toBe(200);
  });

  it('keeps no GPS in what it stores or serves', async () => {
    const asset = await upload(await jpegWithGps(1000, 500), 'phone.jpg');
    expect(asset).toMatchObject({ width: 500, height: 1000 });
    const res = await serve(asset.id, asset.hash, '320.jpg');
    expect((await sharp(Buffer.from(await res.arrayBuffer())).metadata()).exif).toBeUndefined();
  });
});

describe('describing and placing photos', () => {
  it('lets a translator write alt text and captions but not credit or focal point, and audits each edit', async () => {
    const asset = await upload(await png(1300, 800), 'desk.png');
    const { describeMedia } = await import('@/lib/media/mutations');
    const texts = { 'zh-HK': { alt: '編輯部的桌子', caption: '編輯部' }, en: { alt: 'A newsroom desk', caption: 'The newsroom' } };
    await expect(describeMedia({ id: asset.id, texts, credit: 'Tina' }, EDITORS.tr, false)).rejects.toThrow('media.forbidden');
    await describeMedia({ id: asset.id, texts }, EDITORS.tr, false);
    const tags = await describeMedia({ id: asset.id, texts, credit: 'Ed Photo', licence: 'CC BY 4.0', focal: { x: 0.25, y: 0.75 } }, EDITORS.ed, true);
    expect(tags.tags).toEqual([`media:${asset.id}`]);
    const { readMediaView } = await import('@/lib/media/queries');
    expect(await readMediaView(asset.id)).toMatchObject({
      credit: 'Ed Photo',
      licence: 'CC BY 4.0',
      focalX: 0.25,
      focalY: 0.75,
      alt: { 'zh-HK': '編輯部的桌子', en: 'A newsroom desk' },
    });
    const { db } = await import('@/lib/db');
    expect(await db.auditEntry.count({ where: { action: 'media.describe', targetId: asset.id } })).toBe(2);
  });

  it('keeps a photo in an image block through save, revision and publish, refuses an unknown one, and expires the pieces using it', async () => {
    const asset = await upload(await png(1300, 800), 'chips.png');
    const { savePiece } = await import('@/lib/pieces/save');
    const { publishPiece } = await import('@/lib/pieces/publish');
    const { piecesNeedingImage, piecesUsingMedia } = await import('@/lib/media/queries');
    const piece = await workingCopy('china-cost-revolution');
    expect((await piecesNeedingImage([piece.id])).has(piece.id)).toBe(true);

    const content = structuredClone(piece.content);
    const images = content.blocks.filter((b) => b.type === 'image');
    expect(images.length).toBe(2);
    // A photo needs its alt text in each published language before the piece can go out.
    for (const b of images) {
      b.meta = { ...b.meta, mediaId: asset.id };
      b.texts['zh-HK'].attribution = '新聞編輯室';
      b.texts.en.attribution = 'A newsroom desk';
    }
    const bad = structuredClone(content);
    bad.blocks.find((b) => b.type === 'image')!.meta.mediaId = 'mnosuchphoto000000000000';
    await expect(savePiece({ pieceId: piece.id, baseVersion: piece.version, ...bad }, EDITORS.ed)).rejects.toThrow();

    const saved = await savePiece({ pieceId: piece.id, baseVersion: piece.version, ...content }, EDITORS.ed);
    expect((await workingCopy('china-cost-revolution')).content.blocks.filter((b) => b.meta.mediaId === asset.id)).toHaveLength(2);
    await publishPiece(piece.id, EDITORS.ed, null, undefined, []);
    expect(saved.version).toBeGreaterThan(piece.version);
    expect((await piecesNeedingImage([piece.id])).has(piece.id)).toBe(false);
    expect(await piecesUsingMedia(asset.id)).toEqual([piece.id]);

    const { describeMedia, setLeadImage } = await import('@/lib/media/mutations');
    const texts = { 'zh-HK': { alt: '晶片', caption: '' }, en: { alt: 'Chips', caption: '' } };
    expect((await describeMedia({ id: asset.id, texts }, EDITORS.ed, true)).tags).toEqual([`media:${asset.id}`, `piece:${piece.id}`]);

    // The lead image of a public piece shows at once on its page and the listings.
    expect(await setLeadImage(piece.id, asset.id, EDITORS.ed)).toEqual({ tags: [`piece:${piece.id}`, 'listings'] });
    expect(await setLeadImage(piece.id, asset.id, EDITORS.ed)).toEqual({ tags: [] });
    await expect(setLeadImage(piece.id, 'mnosuchphoto000000000000', EDITORS.ed)).rejects.toThrow('media.notFound');
    const { liveArticle } = await import('@/lib/pieces/article-model');
    expect((await liveArticle('global-ai-race', 'china-cost-revolution'))?.leadImageId).toBe(asset.id);
    const { db } = await import('@/lib/db');
    expect(await db.auditEntry.findFirst({ where: { action: 'piece.lead-image', targetId: piece.id } })).toBeTruthy();
  });

  it('puts photo metadata, texts and lead images in the content export (the bytes stay in the media store)', async () => {
    const { db } = await import('@/lib/db');
    const { readContent } = await import('@/lib/backup/export');
    const content = await readContent(db);
    const assets = await db.mediaAsset.findMany({ select: { id: true } });
    expect(content.tables.mediaAssets!.map((r) => r.id).sort()).toEqual(assets.map((a) => a.id).sort());
    expect(content.tables.mediaTexts!.some((r) => r.alt === 'A newsroom desk')).toBe(true);
    const lead = content.tables.pieces!.find((r) => r.slug === 'china-cost-revolution')!.leadImageId;
    expect(assets.map((a) => a.id)).toContain(lead);
    expect(Object.keys(content.tables)).not.toContain('mediaBlobs');
  });
});
