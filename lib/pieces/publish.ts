// Publishing, scheduling and unpublishing. Each writes the audit log in its transaction
// and says which reader cache tags it changed (lib/cache/write-tags.ts).
import 'server-only';
import { LOCALES, type Locale } from '@/i18n/locales';
import { db } from '@/lib/db';
import { writeAudit } from '@/lib/audit/write';
import { visibilityTags } from '@/lib/cache/write-tags';
import { type MissingField } from './completeness';
import { formatEditions, parseEditions, publishedContent } from './editions';
import { materialize } from './materialize';
import { NotFoundError } from './mutations';
import { applySlug, type Editor } from './save';
import { editionsSchema } from './schemas';
import { blockingItems, type BlockingItem } from './publish-checks';
import { parseSnapshot } from './snapshot';
import { checkStaleAcknowledged, type StaleBlock } from './stale-check';

export class IncompleteError extends Error {
  constructor(readonly missing: MissingField[]) {
    super('piece.incomplete');
  }
}
/**
 * Every blocking item of the checklist (incomplete locales, draft markers, photos without alt
 * text), enforced in the transaction too; `missing` keeps the incomplete fields alone.
 */
export class PublishBlockedError extends IncompleteError {
  constructor(readonly items: BlockingItem[]) {
    super(items.flatMap(({ kind, ...m }) => (kind === 'incomplete' ? [m as MissingField] : [])));
    this.message = 'piece.blocked';
  }
}
export class ScheduleError extends Error {}

export interface PublishOutcome {
  series: string;
  slug: string;
  oldSlug: string | null;
  /** Reader cache tags the change expires. */
  tags: string[];
  /** Whether the 410/301 table changed (publish, unpublish, rename). */
  retiredPaths: boolean;
}

type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];

/**
 * The latest revision, checked complete in the locales being published: `editions` when
 * given, else those the piece is published in now. Only those locales' texts are made public.
 */
async function latest(tx: Tx, pieceId: string, requested: readonly Locale[] | undefined, acknowledgedStale: readonly string[] | undefined) {
  const piece = await tx.piece.findUnique({
    where: { id: pieceId },
    select: {
      id: true,
      seriesId: true,
      position: true,
      slug: true,
      version: true,
      status: true,
      publishedAt: true,
      firstPublishedAt: true,
      editions: true,
      series: { select: { slug: true } },
    },
  });
  if (!piece) throw new NotFoundError('piece.notFound');
  const revision = await tx.pieceRevision.findUniqueOrThrow({ where: { pieceId_version: { pieceId, version: piece.version } } });
  const content = parseSnapshot(revision.snapshot);
  const editions = requested ? LOCALES.filter((l) => editionsSchema.parse(requested).includes(l)) : parseEditions(piece.editions);
  // The same rules as the checklist the editor read, on the revision actually published.
  const blocking = blockingItems(content, editions);
  if (blocking.length) throw new PublishBlockedError(blocking);
  // Readers of a published locale would read these blocks' outdated translation: only with a yes naming them.
  const stale = checkStaleAcknowledged(content, acknowledgedStale, editions);
  return { piece, content, editions, stale, public: publishedContent(content, editions) };
}

const editionsNote = (editions: readonly Locale[]) => ` [${editions.join('+')}]`;
const staleDetails = (stale: StaleBlock[]) => (stale.length ? { staleTranslations: stale.map((s) => `block ${s.position} (${s.locale})`) } : undefined);

/**
 * Makes the latest revision public now (or publishes its changes, keeping the first date), in
 * `editions` (default: the locales it is published in now). A locale left out gets empty texts
 * in the rows readers read; the working copy keeps them.
 */
export async function publishPiece(
  pieceId: string,
  editor: Editor,
  ip?: string | null,
  editions?: readonly Locale[],
  acknowledgedStale?: readonly string[],
): Promise<PublishOutcome> {
  return db.$transaction(async (tx) => {
    const { piece, content, ...chosen } = await latest(tx, pieceId, editions, acknowledgedStale);
    const now = new Date();
    await materialize(tx, piece.id, chosen.public);
    await applySlug(tx, piece, content.slug);
    const keepDate = piece.status === 'published' && piece.publishedAt;
    await tx.piece.update({
      where: { id: piece.id },
      data: {
        status: 'published',
        publishedAt: keepDate ? piece.publishedAt : now,
        firstPublishedAt: piece.firstPublishedAt ?? now,
        modifiedAt: now,
        liveVersion: piece.version,
        lastEditorId: editor.id,
        editions: formatEditions(chosen.editions),
      },
    });
    await writeAudit(tx, {
      action: 'piece.publish',
      actor: editor,
      target: { type: 'piece', id: piece.id },
      summary: `${piece.series.slug}/${content.slug} v${piece.version}${editionsNote(chosen.editions)}`,
      details: staleDetails(chosen.stale),
      ip,
    });
    const renamed = content.slug !== piece.slug;
    const tags = await visibilityTags(tx, piece, renamed ? [content.slug, piece.slug] : [content.slug]);
    return { series: piece.series.slug, slug: content.slug, oldSlug: renamed ? piece.slug : null, tags, retiredPaths: true };
  });
}

/**
 * Schedules a piece that is not public yet, in `editions` like publishPiece; it goes live at
 * `at` with no one acting (the rows readers read are written now, so nothing is left to do then).
 */
export async function schedulePiece(
  pieceId: string,
  at: Date,
  editor: Editor,
  ip?: string | null,
  editions?: readonly Locale[],
  acknowledgedStale?: readonly string[],
): Promise<PublishOutcome> {
  if (at.getTime() <= Date.now()) throw new ScheduleError('schedule.past');
  return db.$transaction(async (tx) => {
    const { piece, content, ...chosen } = await latest(tx, pieceId, editions, acknowledgedStale);
    if (piece.status === 'published') throw new ScheduleError('schedule.alreadyPublished');
    await materialize(tx, piece.id, chosen.public);
    await applySlug(tx, piece, content.slug);
    await tx.piece.update({
      where: { id: piece.id },
      data: { status: 'scheduled', publishedAt: at, liveVersion: piece.version, lastEditorId: editor.id, editions: formatEditions(chosen.editions) },
    });
    await writeAudit(tx, {
      action: 'piece.schedule',
      actor: editor,
      target: { type: 'piece', id: piece.id },
      summary: `${piece.series.slug}/${content.slug} at ${at.toISOString()}${editionsNote(chosen.editions)}`,
      details: staleDetails(chosen.stale),
      ip,
    });
    // Nothing is public until its time comes; the scheduler expires what changes then.
    return { series: piece.series.slug, slug: content.slug, oldSlug: null, tags: [], retiredPaths: false };
  });
}

/** Takes a piece off the site. A piece that was ever public then answers 410 Gone. */
export async function unpublishPiece(pieceId: string, editor: Editor, ip?: string | null): Promise<PublishOutcome> {
  return db.$transaction(async (tx) => {
    const piece = await tx.piece.findUnique({ where: { id: pieceId }, select: { id: true, seriesId: true, position: true, slug: true, series: { select: { slug: true } } } });
    if (!piece) throw new NotFoundError('piece.notFound');
    await tx.piece.update({ where: { id: piece.id }, data: { status: 'draft', lastEditorId: editor.id } });
    await writeAudit(tx, { action: 'piece.unpublish', actor: editor, target: { type: 'piece', id: piece.id }, summary: `${piece.series.slug}/${piece.slug}`, ip });
    return { series: piece.series.slug, slug: piece.slug, oldSlug: null, tags: await visibilityTags(tx, piece, [piece.slug]), retiredPaths: true };
  });
}

/**
 * Marks scheduled pieces whose time has come as published, with the version that was
 * scheduled (saves made since stay in the working copy). Each piece is claimed with a
 * compare-and-set on its status, so when several processes tick at once it goes live once.
 */
export async function publishDuePieces(now = new Date()): Promise<PublishOutcome[]> {
  const due = await db.piece.findMany({
    where: { status: 'scheduled', publishedAt: { lte: now } },
    select: { id: true, seriesId: true, position: true, slug: true, publishedAt: true, series: { select: { slug: true } } },
  });
  const out: PublishOutcome[] = [];
  for (const p of due) {
    const outcome = await db.$transaction(async (tx) => {
      const claimed = await tx.piece.updateMany({
        where: { id: p.id, status: 'scheduled' },
        data: { status: 'published', firstPublishedAt: p.publishedAt, modifiedAt: p.publishedAt ?? now },
      });
      if (!claimed.count) return null;
      await writeAudit(tx, { action: 'piece.publish', actor: null, target: { type: 'piece', id: p.id }, summary: `${p.series.slug}/${p.slug} (scheduled)` });
      return { series: p.series.slug, slug: p.slug, oldSlug: null, tags: await visibilityTags(tx, p, [p.slug]), retiredPaths: true };
    });
    if (outcome) out.push(outcome);
  }
  return out;
}
