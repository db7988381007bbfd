// Creates pieces with their aligned blocks (each given its lasting id), figure references
// and first revision.
import 'server-only';
import { db } from '@/lib/db';
import { uniqueViolation } from '@/lib/db/errors';
import { writeAudit } from '@/lib/audit/write';
import { materialize, recordRevision } from './materialize';
import { storeContent } from './provenance';
import { pieceCreateSchema, type PieceCreateInput } from './schemas';

export class NotFoundError extends Error {}
export class SlugTakenError extends Error {
  constructor() {
    super('slug.taken');
  }
}

interface Author {
  id: string | null;
  email?: string;
  name: string;
}

const SEED_AUTHOR: Author = { id: null, name: 'Tandem seed' };

/** Creates a piece at the end of its series. Refuses bodies with unknown figure keys. */
export async function createPiece(raw: PieceCreateInput, author: Author = SEED_AUTHOR): Promise<{ id: string }> {
  const input = pieceCreateSchema.parse(raw);
  // The checks below see only committed pieces: on PostgreSQL two creates can both pass them,
  // and the unique index then refuses the second, which is the same answer.
  const slugTaken = (error: unknown) => (/slug/i.test(uniqueViolation(error)?.constraint ?? '') ? new SlugTakenError() : error);
  return db
    .$transaction(async (tx) => {
      const series = await tx.series.findUnique({ where: { slug: input.seriesSlug }, select: { id: true } });
      if (!series) throw new NotFoundError(`No series "${input.seriesSlug}"`);
      if (await tx.piece.findFirst({ where: { seriesId: series.id, slug: input.slug }, select: { id: true } })) throw new SlugTakenError();
      if (await tx.slugRedirect.findFirst({ where: { seriesId: series.id, oldSlug: input.slug }, select: { id: true } })) throw new SlugTakenError();
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
          lastEditorId: author.id,
        },
        select: { id: true },
      });
      const content = storeContent({ slug: input.slug, texts: input.texts, blocks: input.blocks }, null);
      await materialize(tx, piece.id, content);
      await recordRevision(tx, piece.id, 1, content, author, 'created');
      if (author.id) {
        await writeAudit(tx, { action: 'piece.create', actor: { id: author.id, email: author.email ?? '' }, target: { type: 'piece', id: piece.id }, summary: input.slug });
      }
      return piece;
    })
    .catch((error: unknown) => {
      throw slugTaken(error);
    });
}
