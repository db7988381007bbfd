// Saving a piece: every save is a new revision based on a known version, and a
// compare-and-set on that version, so of two saves at once exactly one wins. A save never
// changes what readers see (that takes publishing), so it expires no reader cache.
import 'server-only';
import { recordPieceSave } from '@/lib/audit/write';
import { db } from '@/lib/db';
import { uniqueViolation } from '@/lib/db/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Role } from '@/lib/users/roles';
import { pieceSaveSchema, type PieceContent, type PieceSaveInput, type StoredContent } from './schemas';
import { checkContent, materialize, recordRevision } from './materialize';
import { storeContent } from './provenance';
import { changedFields } from './block-diff';
import { parseSnapshot } from './snapshot';
import { structureChanges } from './structure';
import { NotFoundError, SlugTakenError } from './mutations';

export interface Editor {
  id: string;
  email: string;
  name: string;
  role: Role;
}

export class PieceConflictError extends Error {
  constructor(readonly current: { version: number; editorName: string; savedAt: Date; changed: string[] }) {
    super('piece.conflict');
    this.name = 'PieceConflictError';
  }
}

/** A translator may change text only; `changes` names what else the save would change. */
export class StructureLockedError extends Error {
  constructor(readonly changes: string[]) {
    super('piece.structureLocked');
    this.name = 'StructureLockedError';
  }
}

export interface PieceSaved {
  version: number;
  series: string;
  slug: string;
  /** The saved blocks' ids in order, new blocks included, so the editor builds on them. */
  blockIds: string[];
  /** Reader cache tags the save expires: none, since readers see only published versions. */
  tags: string[];
}

type Tx = Prisma.TransactionClient;

async function conflict(tx: Tx, pieceId: string, baseVersion: number): Promise<PieceConflictError> {
  const piece = await tx.piece.findUniqueOrThrow({ where: { id: pieceId }, select: { version: true } });
  const [base, latest] = await Promise.all([
    tx.pieceRevision.findUnique({ where: { pieceId_version: { pieceId, version: baseVersion } } }),
    tx.pieceRevision.findUniqueOrThrow({ where: { pieceId_version: { pieceId, version: piece.version } } }),
  ]);
  return new PieceConflictError({
    version: piece.version,
    editorName: latest.editorName,
    savedAt: latest.createdAt,
    changed: base ? changedFields(parseSnapshot(base.snapshot), parseSnapshot(latest.snapshot)) : ['slug'],
  });
}

/** Whether a piece's saves go straight into the rows readers read: only while no reader could ever see it. */
export const editsInPlace = (piece: { status: string; firstPublishedAt: Date | null }) => piece.status === 'draft' && !piece.firstPublishedAt;

/** Saves inside a transaction the caller owns (restore writes its audit entry in the same one). */
export async function savePieceIn(tx: Tx, raw: PieceSaveInput, editor: Editor, summary = ''): Promise<PieceSaved> {
  const input = pieceSaveSchema.parse(raw);
  const { piece, base: baseContent } = await loadBase(tx, input.pieceId, input.baseVersion);
  const draft: PieceContent = { slug: input.slug, texts: input.texts, blocks: input.blocks };
  if (editor.role === 'translator') {
    const changes = structureChanges(baseContent, draft);
    if (changes.length) throw new StructureLockedError(changes);
  }
  const content: StoredContent = storeContent(draft, baseContent);
  if (input.slug !== piece.slug) {
    const taken = await tx.piece.findFirst({ where: { seriesId: piece.seriesId, slug: input.slug, NOT: { id: piece.id } }, select: { id: true } });
    const redirected = await tx.slugRedirect.findFirst({ where: { seriesId: piece.seriesId, oldSlug: input.slug, NOT: { pieceId: piece.id } }, select: { id: true } });
    if (taken || redirected) throw new SlugTakenError();
  }
  return commitRevision(tx, piece, input.baseVersion, content, editor, summary);
}

type PieceRow = { id: string; seriesId: string; slug: string; status: string; firstPublishedAt: Date | null; series: { slug: string } };

/**
 * Records `content` as the revision after `baseVersion`, with a compare-and-set on the
 * version so that of two writes on one version exactly one wins. A never-public draft's
 * rows follow at once; any other piece's readers see it only when it is published.
 */
export async function commitRevision(tx: Tx, piece: PieceRow, baseVersion: number, content: StoredContent, editor: Editor, summary: string): Promise<PieceSaved> {
  const version = baseVersion + 1;
  const inPlace = editsInPlace(piece);
  const claimed = await tx.piece.updateMany({
    where: { id: piece.id, version: baseVersion },
    data: { version, lastEditorId: editor.id, ...(inPlace ? { liveVersion: version, modifiedAt: new Date() } : {}) },
  });
  if (claimed.count === 0) throw await conflict(tx, piece.id, baseVersion);
  if (inPlace) {
    await materialize(tx, piece.id, content);
    await applySlug(tx, piece, content.slug);
  } else {
    await checkContent(tx, content);
  }
  await recordRevision(tx, piece.id, version, content, editor, summary);
  return { version, series: piece.series.slug, slug: content.slug, blockIds: content.blocks.map((b) => b.id), tags: [] };
}

/** The piece and the revision a write builds on; a base that is not the latest is a conflict. */
export async function loadBase(tx: Tx, pieceId: string, baseVersion: number): Promise<{ piece: PieceRow; base: StoredContent }> {
  const piece = await tx.piece.findUnique({
    where: { id: pieceId },
    select: { id: true, seriesId: true, slug: true, version: true, status: true, firstPublishedAt: true, series: { select: { slug: true } } },
  });
  if (!piece) throw new NotFoundError('piece.notFound');
  const base = await tx.pieceRevision.findUnique({ where: { pieceId_version: { pieceId: piece.id, version: baseVersion } }, select: { snapshot: true } });
  if (!base || piece.version !== baseVersion) throw await conflict(tx, piece.id, baseVersion);
  return { piece, base: parseSnapshot(base.snapshot) };
}

/** Runs a save; a unique-constraint race (two saves of one version) reads as the conflict it is. */
export async function withConflictOnRace<T>(pieceId: string, baseVersion: number, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    const violated = uniqueViolation(e);
    if (!violated) throw e;
    // A piece's slug or an old slug another piece redirects from: the address is taken.
    if (/slug/i.test(violated.constraint)) throw new SlugTakenError();
    throw await db.$transaction((tx) => conflict(tx, pieceId, baseVersion));
  }
}

/** An editor's save (autosave too), audited in its transaction: one entry per editor and piece per ten minutes. */
export async function savePiece(raw: PieceSaveInput, editor: Editor, summary = ''): Promise<PieceSaved> {
  return withConflictOnRace(raw.pieceId, raw.baseVersion, () =>
    db.$transaction(async (tx) => {
      const saved = await savePieceIn(tx, raw, editor, summary);
      await recordPieceSave(tx, editor, raw.pieceId, saved.version);
      return saved;
    }),
  );
}

/** Renames a piece; an address that was ever public keeps answering with a redirect. */
export async function applySlug(tx: Tx, piece: { id: string; seriesId: string; slug: string; firstPublishedAt: Date | null }, slug: string): Promise<void> {
  if (slug === piece.slug) return;
  await tx.slugRedirect.deleteMany({ where: { seriesId: piece.seriesId, oldSlug: slug } });
  if (piece.firstPublishedAt) {
    await tx.slugRedirect.create({ data: { seriesId: piece.seriesId, oldSlug: piece.slug, pieceId: piece.id } });
  }
  await tx.piece.update({ where: { id: piece.id }, data: { slug } });
}
