// Writes to the media library: upload (checked and cleaned, bytes stored before the row is
// committed), description edits, and a piece's lead image. Each returns the tags it expires.
import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { writeAudit } from '@/lib/audit/write';
import { TAGS } from '@/lib/cache/tags';
import { db } from '@/lib/db';
import { readerVisiblePieceWhere } from '@/lib/pieces/access';
import { LOCALES } from '@/i18n/locales';
import { piecesUsingMedia } from './queries';
import { mediaDescribeSchema, type MediaDescribeInput } from './schemas';
import { mediaStore, originalKey, type MediaStore } from './store';
import { cleanUpload, MediaError } from './validate';

export interface MediaActor {
  id: string;
  email: string;
}

const newMediaId = () => `m${randomBytes(12).toString('hex')}`;

export async function uploadMedia(input: { bytes: Uint8Array; name: string }, actor: MediaActor, ip: string | null = null, store: MediaStore = mediaStore()) {
  const image = await cleanUpload(input.bytes);
  const id = newMediaId();
  const hash = createHash('sha256').update(image.data).digest('hex').slice(0, 16);
  // File names are shown to editors only as text; control characters are dropped.
  const originalName = [...input.name]
    .filter((c) => c.charCodeAt(0) >= 0x20)
    .join('')
    .slice(0, 200);
  await store.put(originalKey(id, image.format), image.data);
  try {
    await db.$transaction(async (tx) => {
      await tx.mediaAsset.create({
        data: {
          id,
          hash,
          format: image.format,
          width: image.width,
          height: image.height,
          bytes: image.data.length,
          originalName,
          uploadedById: actor.id,
          texts: { create: LOCALES.map((locale) => ({ locale, alt: '', caption: '' })) },
        },
      });
      await writeAudit(tx, {
        action: 'media.upload',
        actor,
        target: { type: 'media', id },
        summary: `${originalName} (${image.format}, ${image.width}×${image.height})`,
        details: { bytes: image.data.length },
        ip,
      });
    });
  } catch (e) {
    await store.remove(id);
    throw e;
  }
  return { id, width: image.width, height: image.height, format: image.format };
}

/**
 * Alt text and captions per locale; credit, licence and focal point only with `mayManage`
 * (editors), so a translator's form cannot change them. Expires the photo and the pieces showing it.
 */
export async function describeMedia(raw: MediaDescribeInput, actor: MediaActor, mayManage: boolean, ip: string | null = null): Promise<{ tags: string[] }> {
  const input = mediaDescribeSchema.parse(raw);
  if (!mayManage && (input.credit !== undefined || input.licence !== undefined || input.focal !== undefined)) throw new MediaError('forbidden');
  await db.$transaction(async (tx) => {
    const asset = await tx.mediaAsset.findUnique({ where: { id: input.id }, select: { id: true, originalName: true } });
    if (!asset) throw new MediaError('notFound');
    await tx.mediaAsset.update({
      where: { id: asset.id },
      data: {
        version: { increment: 1 },
        ...(input.credit !== undefined ? { credit: input.credit } : {}),
        ...(input.licence !== undefined ? { licence: input.licence } : {}),
        ...(input.focal ? { focalX: input.focal.x, focalY: input.focal.y } : {}),
      },
    });
    for (const locale of LOCALES) {
      const text = input.texts[locale];
      await tx.mediaText.upsert({ where: { mediaId_locale: { mediaId: asset.id, locale } }, create: { mediaId: asset.id, locale, ...text }, update: text });
    }
    await writeAudit(tx, {
      action: 'media.describe',
      actor,
      target: { type: 'media', id: asset.id },
      summary: asset.originalName,
      details: { texts: input.texts, credit: input.credit, licence: input.licence, focal: input.focal },
      ip,
    });
  });
  const pieces = await piecesUsingMedia(input.id);
  return { tags: [TAGS.media(input.id), ...pieces.map(TAGS.piece)] };
}

/** Sets or clears a piece's lead image. It shows at once (cards, article, share image), so a public piece is expired. */
export async function setLeadImage(pieceId: string, mediaId: string | null, actor: MediaActor, ip: string | null = null): Promise<{ tags: string[] }> {
  return db.$transaction(async (tx) => {
    const piece = await tx.piece.findUnique({ where: { id: pieceId }, select: { id: true, slug: true, leadImageId: true } });
    if (!piece) throw new MediaError('pieceNotFound');
    if (mediaId && !(await tx.mediaAsset.findUnique({ where: { id: mediaId }, select: { id: true } }))) throw new MediaError('notFound');
    if (piece.leadImageId === mediaId) return { tags: [] };
    await tx.piece.update({ where: { id: piece.id }, data: { leadImageId: mediaId } });
    await writeAudit(tx, {
      action: 'piece.lead-image',
      actor,
      target: { type: 'piece', id: piece.id },
      summary: `${piece.slug}: ${mediaId ?? '—'}`,
      details: { from: piece.leadImageId, to: mediaId },
      ip,
    });
    const visible = await tx.piece.findFirst({ where: { id: piece.id, ...readerVisiblePieceWhere() }, select: { id: true } });
    return { tags: visible ? [TAGS.piece(piece.id), TAGS.listings] : [] };
  });
}
