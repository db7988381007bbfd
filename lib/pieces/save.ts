// Saving a piece: every save is a new revision based on a known version. A save based on a
// stale version is refused with what changed meanwhile; nothing is overwritten silently.
import 'server-only';
import { db } from '@/lib/db';
import { pieceSaveSchema, type PieceContent, type PieceSaveInput } from './schemas';
import { checkContent, materialize, recordRevision } from './materialize';
import { changedFields, parseSnapshot } from './snapshot';
import { NotFoundError, SlugTakenError } from './mutations';

export interface Editor {
  id: string;
  email: string;
  name: string;
}

export class PieceConflictError extends Error {
  constructor(
    readonly current: { version: number; editorName: string; savedAt: Date; changed: string[] },
  ) {
    super('piece.conflict');
    this.name = 'PieceConflictError';
  }
}

export interface PieceSaved {
  version: number;
  /** True when readers see this save at once (a piece that has never been public). */
  live: boolean;
  series: string;
  slug: string;
  oldSlug: string | null;
}

export async function savePiece(raw: PieceSaveInput, editor: Editor, summary = ''): Promise<PieceSaved> {
  const input = pieceSaveSchema.parse(raw);
  const content: PieceContent = { slug: input.slug, texts: input.texts, blocks: input.blocks };
  return db.$transaction(async (tx) => {
    const piece = await tx.piece.findUnique({
      where: { id: input.pieceId },
      select: { id: true, seriesId: true, slug: true, version: true, status: true, firstPublishedAt: true, series: { select: { slug: true } } },
    });
    if (!piece) throw new NotFoundError('piece.notFound');
    if (piece.version !== input.baseVersion) {
      const [base, latest] = await Promise.all([
        tx.pieceRevision.findUnique({ where: { pieceId_version: { pieceId: piece.id, version: input.baseVersion } } }),
        tx.pieceRevision.findUniqueOrThrow({ where: { pieceId_version: { pieceId: piece.id, version: piece.version } } }),
      ]);
      const latestContent = parseSnapshot(latest.snapshot);
      throw new PieceConflictError({
        version: piece.version,
        editorName: latest.editorName,
        savedAt: latest.createdAt,
        changed: base ? changedFields(parseSnapshot(base.snapshot), latestContent) : ['slug'],
      });
    }
    if (input.slug !== piece.slug) {
      const taken = await tx.piece.findFirst({ where: { seriesId: piece.seriesId, slug: input.slug, NOT: { id: piece.id } }, select: { id: true } });
      const redirected = await tx.slugRedirect.findFirst({ where: { seriesId: piece.seriesId, oldSlug: input.slug, NOT: { pieceId: piece.id } }, select: { id: true } });
      if (taken || redirected) throw new SlugTakenError();
    }
    const version = piece.version + 1;
    // Never-public pieces are edited in place; public ones keep readers on the live revision.
    const live = !piece.firstPublishedAt;
    if (live) {
      await materialize(tx, piece.id, content);
      await applySlug(tx, piece, input.slug);
    } else {
      await checkContent(tx, content);
    }
    await tx.piece.update({
      where: { id: piece.id },
      data: { version, lastEditorId: editor.id, ...(live ? { liveVersion: version, modifiedAt: new Date() } : {}) },
    });
    await recordRevision(tx, piece.id, version, content, editor, summary);
    return { version, live, series: piece.series.slug, slug: input.slug, oldSlug: input.slug !== piece.slug ? piece.slug : null };
  });
}

type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];

/** Renames a piece; an address that was ever public keeps answering with a redirect. */
export async function applySlug(tx: Tx, piece: { id: string; seriesId: string; slug: string; firstPublishedAt: Date | null }, slug: string): Promise<void> {
  if (slug === piece.slug) return;
  await tx.slugRedirect.deleteMany({ where: { seriesId: piece.seriesId, oldSlug: slug } });
  if (piece.firstPublishedAt) {
    await tx.slugRedirect.create({ data: { seriesId: piece.seriesId, oldSlug: piece.slug, pieceId: piece.id } });
  }
  await tx.piece.update({ where: { id: piece.id }, data: { slug } });
}
