// Which tags a write to a piece's visibility expires: the piece, the public pieces next to
// it (their series navigation names it), the pieces whose teasers point to it, and the
// listings. Bounded queries, so the cost does not grow with the size of a series.
import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import { readerVisiblePieceWhere } from '@/lib/pieces/access';
import { TAGS, uniqueTags } from './tags';

type Tx = Prisma.TransactionClient;

export async function visibilityTags(tx: Tx, piece: { id: string; seriesId: string; position: number }, slugs: string[]): Promise<string[]> {
  const visible = { seriesId: piece.seriesId, NOT: { id: piece.id }, ...readerVisiblePieceWhere() };
  const [previous, next, teasing] = await Promise.all([
    tx.piece.findFirst({ where: { ...visible, position: { lt: piece.position } }, orderBy: { position: 'desc' }, select: { id: true } }),
    tx.piece.findFirst({ where: { ...visible, position: { gt: piece.position } }, orderBy: { position: 'asc' }, select: { id: true } }),
    slugs.length
      ? tx.block.findMany({
          where: { piece: { seriesId: piece.seriesId }, OR: slugs.map((slug) => ({ meta: { contains: `"teaser":"${slug}"` } })) },
          select: { pieceId: true },
        })
      : Promise.resolve([]),
  ]);
  return uniqueTags([TAGS.piece(piece.id), ...[previous, next].flatMap((p) => (p ? [TAGS.piece(p.id)] : [])), ...teasing.map((b) => TAGS.piece(b.pieceId)), TAGS.listings]);
}
