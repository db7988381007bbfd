// Data migration for lasting blocks: revisions saved before blocks had ids get them, so old
// revisions still diff (by id) and restore. The live revision's blocks take the ids of the
// rows readers read; other revisions match blocks by content (see assignIds); the rest get
// new ids. Each piece's revisions
// are then replayed to give every block text its provenance.
import 'server-only';
import { LOCALES } from '@/i18n/locales';
import { metaKey } from '@/lib/content/blocks';
import { newBlockId } from '@/lib/content/block-id';
import type { Prisma } from '@/lib/generated/prisma/client';
import { storeContent } from './provenance';
import { pieceContentSchema, storedContentSchema, type PieceContent, type StoredContent } from './schemas';

type Tx = Prisma.TransactionClient;
type Block = PieceContent['blocks'][number];

const contentKey = (b: Block) => [b.type, metaKey(b.meta), ...LOCALES.flatMap((l) => [b.texts[l].text, b.texts[l].attribution])].join('\u0000');

const sameInOneLocale = (x: Block, y: Block) => x.type === y.type && LOCALES.some((l) => x.texts[l].text === y.texts[l].text);

/**
 * Ids for one revision's blocks, matched against the live blocks (with their row ids) and
 * the revision before: identical blocks first, then blocks of one type whose text is the
 * same in one locale (an edit of the other), then the previous revision's block at the same
 * position and type. Exact matches go first so a looser one never takes their id.
 */
function assignIds(blocks: Block[], live: { block: Block; id: string }[], previous: Block[] | null): string[] {
  const taken = new Set<string>();
  const ids: (string | undefined)[] = blocks.map(() => undefined);
  const candidates = [...live, ...(previous ?? []).flatMap((p) => (p.id ? [{ block: p, id: p.id }] : []))];
  const pass = (matches: (b: Block, c: Block) => boolean) =>
    blocks.forEach((b, i) => {
      if (ids[i]) return;
      const hit = candidates.find((c) => !taken.has(c.id) && matches(b, c.block));
      if (hit) {
        ids[i] = hit.id;
        taken.add(hit.id);
      }
    });
  pass((b, c) => contentKey(b) === contentKey(c));
  pass(sameInOneLocale);
  return blocks.map((b, i) => {
    if (ids[i]) return ids[i]!;
    const same = previous?.[i];
    const id = same?.id && same.type === b.type && !taken.has(same.id) ? same.id : newBlockId();
    taken.add(id);
    return id;
  });
}

/** Gives one piece's revisions block ids and provenance; returns how many revisions changed. */
export async function backfillPiece(tx: Tx, pieceId: string): Promise<number> {
  const piece = await tx.piece.findUniqueOrThrow({ where: { id: pieceId }, select: { liveVersion: true, blocks: { orderBy: { position: 'asc' }, select: { id: true } } } });
  const revisions = await tx.pieceRevision.findMany({ where: { pieceId }, orderBy: { version: 'asc' }, select: { id: true, version: true, snapshot: true, createdAt: true } });
  if (revisions.every((r) => storedContentSchema.safeParse(JSON.parse(r.snapshot)).success)) return 0;
  const liveRevision = revisions.find((r) => r.version === piece.liveVersion);
  const liveContent = liveRevision ? pieceContentSchema.parse(JSON.parse(liveRevision.snapshot)) : null;
  const live = liveContent && liveContent.blocks.length === piece.blocks.length ? liveContent.blocks.map((b, i) => ({ block: b, id: piece.blocks[i]!.id })) : [];
  let previous: StoredContent | null = null;
  let liveStored: StoredContent | null = null;
  for (const r of revisions) {
    const content = pieceContentSchema.parse(JSON.parse(r.snapshot));
    const ids = assignIds(content.blocks, live, previous?.blocks ?? null);
    const stored = storeContent({ ...content, blocks: content.blocks.map((b, i) => ({ ...b, id: ids[i] })) }, previous, r.createdAt);
    await tx.pieceRevision.update({ where: { id: r.id }, data: { snapshot: JSON.stringify(stored) } });
    if (r.version === piece.liveVersion) liveStored = stored;
    previous = stored;
  }
  // The rows readers read carry the live revision's provenance.
  for (const b of liveStored?.blocks ?? []) {
    for (const l of LOCALES) {
      const t = b.texts[l];
      await tx.blockText.updateMany({ where: { blockId: b.id, locale: l }, data: { rev: t.rev, writtenAt: new Date(t.writtenAt), basedOnRev: t.basedOn } });
    }
  }
  return revisions.length;
}
