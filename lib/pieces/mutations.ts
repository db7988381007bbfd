// Writes pieces with their aligned blocks and figure references in one transaction.
import 'server-only';
import { LOCALES } from '@/i18n/locales';
import { db } from '@/lib/db';
import { checkBody } from '@/lib/content/check-refs';
import { pieceCreateSchema, type PieceCreateInput } from './schemas';

export class NotFoundError extends Error {}

/** Creates a piece at the end of its series. Refuses bodies with unknown figure keys. */
export async function createPiece(raw: PieceCreateInput): Promise<{ id: string }> {
  const input = pieceCreateSchema.parse(raw);
  return db.$transaction(async (tx) => {
    const series = await tx.series.findUnique({ where: { slug: input.seriesSlug }, select: { id: true } });
    if (!series) throw new NotFoundError(`No series "${input.seriesSlug}"`);
    const figures = await tx.figure.findMany({ select: { id: true, key: true } });
    const idByKey = new Map(figures.map((f) => [f.key, f.id]));
    const keysPerBlock = checkBody(input.slug, input.blocks, new Set(idByKey.keys()));
    const last = await tx.piece.aggregate({ where: { seriesId: series.id }, _max: { position: true } });

    const piece = await tx.piece.create({
      data: {
        seriesId: series.id,
        slug: input.slug,
        kind: input.kind,
        status: input.status,
        publishedAt: input.publishedAt,
        firstPublishedAt: input.status === 'published' ? input.publishedAt : null,
        modifiedAt: input.publishedAt ?? new Date(),
        position: (last._max.position ?? 0) + 1,
        texts: { create: LOCALES.map((locale) => ({ locale, ...input.texts[locale] })) },
      },
      select: { id: true },
    });
    for (const [position, block] of input.blocks.entries()) {
      await tx.block.create({
        data: {
          pieceId: piece.id,
          position,
          type: block.type,
          meta: JSON.stringify(block.meta),
          texts: { create: LOCALES.map((locale) => ({ locale, ...block.texts[locale] })) },
          figureRefs: { create: keysPerBlock[position]!.map((key) => ({ figureId: idByKey.get(key)! })) },
        },
      });
    }
    return piece;
  });
}
