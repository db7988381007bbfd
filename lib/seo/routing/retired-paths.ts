// Article addresses that no longer serve a page: once-public pieces taken down (410) and old
// slugs of renamed pieces (301 to the current address). Only those rows are read, never the
// live archive, so the table grows with what was retired, not with what is published. The
// proxy keeps it in memory (see retired-paths-cache.ts).
import 'server-only';
import { LOCALES, type Locale } from '@/i18n/locales';
import { db } from '@/lib/db';
import { readerVisiblePieceWhere } from '@/lib/pieces/access';
import { localePath } from '../site';

export type RetiredPath = { status: 410 } | { status: 301; location: string };
/** Keyed by the article path with its lowercase locale prefix: "/en/series/old-slug". */
export type RetiredPaths = Map<string, RetiredPath>;

const articlePath = (locale: Locale, series: string, piece: string) => localePath(locale, `/${series}/${piece}`);

// Well under SQLite's limit on bound variables, however many slugs were ever renamed.
const SLUGS_PER_QUERY = 500;

export async function loadRetiredPaths(now: Date = new Date()): Promise<RetiredPaths> {
  const visible = readerVisiblePieceWhere(now);
  const gone = { firstPublishedAt: { not: null }, NOT: visible };
  const [gonePieces, toLive, toGone] = await Promise.all([
    db.piece.findMany({ where: gone, select: { slug: true, series: { select: { slug: true } } } }),
    db.slugRedirect.findMany({
      where: { piece: visible },
      select: { seriesId: true, oldSlug: true, piece: { select: { slug: true, series: { select: { slug: true } } } } },
    }),
    db.slugRedirect.findMany({ where: { piece: gone }, select: { seriesId: true, oldSlug: true } }),
  ]);
  const redirects = [...toLive, ...toGone];
  const [seriesSlug, heldNow] = await Promise.all([
    seriesSlugs([...new Set(redirects.map((r) => r.seriesId))]),
    liveHolders([...new Set(redirects.map((r) => r.oldSlug))], visible),
  ]);
  const table: RetiredPaths = new Map();

  // A live piece that holds the slug now always wins over the history.
  const oldPath = (r: { seriesId: string; oldSlug: string }, l: Locale) => {
    const s = seriesSlug.get(r.seriesId);
    return s && !heldNow.has(`${r.seriesId}/${r.oldSlug}`) ? articlePath(l, s, r.oldSlug) : null;
  };
  for (const r of toLive) {
    for (const l of LOCALES) {
      const from = oldPath(r, l);
      if (from) table.set(from, { status: 301, location: articlePath(l, r.piece.series.slug, r.piece.slug) });
    }
  }
  // The old slug of a piece that is gone is gone too, rather than a redirect to a 410.
  for (const r of toGone) {
    for (const l of LOCALES) {
      const from = oldPath(r, l);
      if (from) table.set(from, { status: 410 });
    }
  }
  // Last, so a piece's own address is its own even where another piece once had the slug.
  for (const p of gonePieces) for (const l of LOCALES) table.set(articlePath(l, p.series.slug, p.slug), { status: 410 });
  return table;
}

async function seriesSlugs(ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.series.findMany({ where: { id: { in: ids } }, select: { id: true, slug: true } });
  return new Map(rows.map((s) => [s.id, s.slug]));
}

/** "<seriesId>/<slug>" of the reader-visible pieces among those slugs. */
async function liveHolders(slugs: string[], visible: ReturnType<typeof readerVisiblePieceWhere>): Promise<Set<string>> {
  const held = new Set<string>();
  for (let i = 0; i < slugs.length; i += SLUGS_PER_QUERY) {
    const rows = await db.piece.findMany({
      where: { AND: [visible, { slug: { in: slugs.slice(i, i + SLUGS_PER_QUERY) } }] },
      select: { seriesId: true, slug: true },
    });
    for (const p of rows) held.add(`${p.seriesId}/${p.slug}`);
  }
  return held;
}

/** The article a path sits under, "/<locale>/<series>/<piece>", or null when it is shallower. */
export function articlePathOf(pathname: string): string | null {
  const segments = pathname.split('/');
  return segments.length >= 4 && segments[3] ? segments.slice(0, 4).join('/') : null;
}

/**
 * The answer for any path under a retired piece, looked up by its first four segments: the
 * article, its share image (/opengraph-image and any hashed variant) and any view beneath it.
 * A 301 keeps what follows the piece's slug.
 */
export function retiredAnswer(table: RetiredPaths, pathname: string): RetiredPath | null {
  const article = articlePathOf(pathname);
  const entry = article ? table.get(article) : undefined;
  if (!entry || entry.status === 410) return entry ?? null;
  const rest = pathname.slice(article!.length);
  return rest === '' || rest === '/' ? entry : { status: 301, location: entry.location + rest };
}
