// Pieces as editors see them: the dashboard, the editor's working copy and its history.
import 'server-only';
import { LOCALES, type Locale } from '@/i18n/locales';
import { db } from '@/lib/db';
import { missingFields } from './completeness';
import { parseEditions } from './editions';
import { parsePieceKind, parsePieceStatus, type PieceKind, type PieceStatus } from './access';
import type { StoredContent } from './schemas';
import { parseSnapshot } from './snapshot';

export type LocaleStatus = PieceStatus | 'incomplete';

export interface DashboardPiece {
  id: string;
  slug: string;
  kind: PieceKind;
  title: string;
  status: PieceStatus;
  localeStatus: Record<Locale, LocaleStatus>;
  publishedAt: Date | null;
  unpublishedChanges: boolean;
  /** The locales it is (or will be) published in. */
  editions: Locale[];
  lastEditAt: Date;
  lastEditor: string;
  /** Blocks out of date and items not yet translated, per locale, in the working copy. */
  translation: Record<Locale, { stale: number; missing: number }>;
}

export interface DashboardSeries {
  slug: string;
  title: string;
  pieces: DashboardPiece[];
  /** Position (1-based) of the first piece shown, and paging over the series' pieces. */
  offset: number;
  page: number;
  pageCount: number;
  pieceCount: number;
}

/** Pieces per series on one dashboard page: the dashboard never loads a whole archive. */
export const DASHBOARD_PAGE_SIZE = 50;

async function latestRevisions(pieceIds: string[]) {
  const pieces = await db.piece.findMany({ where: { id: { in: pieceIds } }, select: { id: true, version: true } });
  const revisions = await db.pieceRevision.findMany({
    where: { OR: pieces.map((p) => ({ pieceId: p.id, version: p.version })) },
    select: { pieceId: true, snapshot: true, editorName: true, createdAt: true },
  });
  return new Map(revisions.map((r) => [r.pieceId, r]));
}

/**
 * Each series with one page of its pieces in order. `pages` picks a page per series slug;
 * a series without one shows its last page, where new follow-ups appear.
 */
export async function dashboard(locale: Locale, pages: Record<string, number> = {}): Promise<DashboardSeries[]> {
  const series = await db.series.findMany({
    orderBy: { createdAt: 'asc' },
    select: { id: true, slug: true, texts: { where: { locale }, select: { title: true } }, _count: { select: { pieces: true } } },
  });
  const shown = await Promise.all(
    series.map(async (s) => {
      const pieceCount = s._count.pieces;
      const pageCount = Math.max(1, Math.ceil(pieceCount / DASHBOARD_PAGE_SIZE));
      const asked = pages[s.slug];
      const page = asked && Number.isInteger(asked) ? Math.min(Math.max(1, asked), pageCount) : pageCount;
      const pieces = await db.piece.findMany({
        where: { seriesId: s.id },
        orderBy: { position: 'asc' },
        skip: (page - 1) * DASHBOARD_PAGE_SIZE,
        take: DASHBOARD_PAGE_SIZE,
        select: { ...dashboardPieceSelect },
      });
      // One page per query: the revision lookup binds two parameters per piece, and SQLite
      // refuses statements past its parameter limit (the unpaged dashboard failed at 1,000 pieces).
      return { s, page, pageCount, pieceCount, pieces, latest: await latestRevisions(pieces.map((p) => p.id)) };
    }),
  );
  return shown.map(({ s, page, pageCount, pieceCount, pieces, latest }) => ({
    slug: s.slug,
    title: s.texts[0]?.title ?? s.slug,
    offset: (page - 1) * DASHBOARD_PAGE_SIZE + 1,
    page,
    pageCount,
    pieceCount,
    pieces: pieces.map((p) => toDashboardPiece(p, latest.get(p.id), locale)),
  }));
}

const dashboardPieceSelect = {
  id: true,
  slug: true,
  kind: true,
  status: true,
  publishedAt: true,
  version: true,
  liveVersion: true,
  firstPublishedAt: true,
  editions: true,
  translation: { select: { locale: true, stale: true, missing: true } },
} as const;

type DashboardRow = {
  id: string;
  slug: string;
  kind: string;
  status: string;
  publishedAt: Date | null;
  version: number;
  liveVersion: number;
  editions: string;
  translation: { locale: string; stale: number; missing: number }[];
};

function toDashboardPiece(p: DashboardRow, rev: { snapshot: string; editorName: string; createdAt: Date } | undefined, locale: Locale): DashboardPiece {
  const content = rev ? parseSnapshot(rev.snapshot) : null;
  const missing = content ? missingFields(content) : [];
  const status = parsePieceStatus(p.status);
  const editions = parseEditions(p.editions);
  // A locale the piece is not published in is still a draft there, whatever the piece's status.
  const statusIn = (l: Locale): PieceStatus => (editions.includes(l) ? status : 'draft');
  const localeStatus = Object.fromEntries(LOCALES.map((l) => [l, statusIn(l) === 'draft' && missing.some((m) => m.locale === l) ? 'incomplete' : statusIn(l)])) as Record<
    Locale,
    LocaleStatus
  >;
  return {
    id: p.id,
    slug: p.slug,
    kind: parsePieceKind(p.kind),
    title: content?.texts[locale].title || p.slug,
    status,
    localeStatus,
    publishedAt: p.publishedAt,
    unpublishedChanges: status !== 'draft' && p.version > p.liveVersion,
    editions,
    lastEditAt: rev?.createdAt ?? new Date(0),
    lastEditor: rev?.editorName ?? '',
    translation: Object.fromEntries(
      LOCALES.map((l) => {
        const row = p.translation.find((x) => x.locale === l);
        return [l, { stale: row?.stale ?? 0, missing: row?.missing ?? 0 }];
      }),
    ) as DashboardPiece['translation'],
  };
}

/** Pieces shown in the translation queue at most: the ones needing the most work come first. */
export const TRANSLATION_QUEUE_SIZE = 50;

export interface QueuePiece extends DashboardPiece {
  seriesTitle: string;
}

/** Pieces whose working copy has blocks out of date or untranslated in any locale, the most work first. */
export async function translationQueue(locale: Locale): Promise<QueuePiece[]> {
  const rows = await db.pieceTranslation.findMany({
    where: { OR: [{ stale: { gt: 0 } }, { missing: { gt: 0 } }] },
    select: { pieceId: true, stale: true, missing: true },
    orderBy: [{ stale: 'desc' }, { missing: 'desc' }],
    take: TRANSLATION_QUEUE_SIZE * 2,
  });
  const work = new Map<string, number>();
  for (const r of rows) work.set(r.pieceId, (work.get(r.pieceId) ?? 0) + r.stale * 2 + r.missing);
  const ids = [...work.keys()].sort((a, b) => work.get(b)! - work.get(a)!).slice(0, TRANSLATION_QUEUE_SIZE);
  if (!ids.length) return [];
  const [pieces, latest] = await Promise.all([
    db.piece.findMany({
      where: { id: { in: ids } },
      select: { ...dashboardPieceSelect, series: { select: { slug: true, texts: { where: { locale }, select: { title: true } } } } },
    }),
    latestRevisions(ids),
  ]);
  return ids.flatMap((id) => {
    const p = pieces.find((x) => x.id === id);
    return p ? [{ ...toDashboardPiece(p, latest.get(id), locale), seriesTitle: p.series.texts[0]?.title ?? p.series.slug }] : [];
  });
}

export interface EditorPiece {
  id: string;
  seriesSlug: string;
  kind: PieceKind;
  status: PieceStatus;
  publishedAt: Date | null;
  firstPublishedAt: Date | null;
  version: number;
  liveVersion: number;
  translationNote: boolean;
  /** The locales it is published in (or, for a draft, was last published in; both by default). */
  editions: Locale[];
  content: StoredContent;
}

/** The working copy: the latest revision, which may be ahead of what readers see. */
export async function pieceForEditor(id: string): Promise<EditorPiece | null> {
  const p = await db.piece.findUnique({
    where: { id },
    select: {
      id: true,
      kind: true,
      status: true,
      publishedAt: true,
      firstPublishedAt: true,
      version: true,
      liveVersion: true,
      translationNote: true,
      editions: true,
      series: { select: { slug: true } },
    },
  });
  if (!p) return null;
  const rev = await db.pieceRevision.findUnique({ where: { pieceId_version: { pieceId: id, version: p.version } }, select: { snapshot: true } });
  if (!rev) return null;
  return {
    id: p.id,
    seriesSlug: p.series.slug,
    kind: parsePieceKind(p.kind),
    status: parsePieceStatus(p.status),
    publishedAt: p.publishedAt,
    firstPublishedAt: p.firstPublishedAt,
    version: p.version,
    liveVersion: p.liveVersion,
    translationNote: p.translationNote,
    editions: parseEditions(p.editions),
    content: parseSnapshot(rev.snapshot),
  };
}

export async function pieceRevisions(pieceId: string) {
  return db.pieceRevision.findMany({
    where: { pieceId },
    orderBy: { version: 'desc' },
    select: { version: true, editorName: true, createdAt: true, summary: true },
  });
}

export async function revisionContent(pieceId: string, version: number): Promise<StoredContent | null> {
  const rev = await db.pieceRevision.findUnique({ where: { pieceId_version: { pieceId, version } }, select: { snapshot: true } });
  return rev ? parseSnapshot(rev.snapshot) : null;
}

export async function seriesOptions(locale: Locale) {
  const rows = await db.series.findMany({ orderBy: { createdAt: 'asc' }, select: { slug: true, texts: { where: { locale }, select: { title: true } } } });
  return rows.map((s) => ({ slug: s.slug, title: s.texts[0]?.title ?? s.slug }));
}

/** "/series/slug" of a piece, by id. */
export async function piecePath(id: string): Promise<string | null> {
  const p = await db.piece.findUnique({ where: { id }, select: { slug: true, series: { select: { slug: true } } } });
  return p ? `/${p.series.slug}/${p.slug}` : null;
}
