// Article addresses that serve no page: once-public pieces taken down (410), old slugs of
// renamed pieces (301 to the current address), and a live piece's address in a locale it is
// not published in (307 to the version that exists; a translation may come). Only those rows
// are read, never the whole live archive, so the table grows with what was retired or is in
// one locale only, not with what is published. The proxy keeps it in memory (see
// retired-paths-cache.ts). The 307 is answered here rather than by the page's redirect(),
// because Next 16.4 sends a freshly rendered cached redirect with its Location header twice
// (vercel/next.js#82117), which proxies join into "/a, /a" and crawlers refuse.
import 'server-only';
import { LOCALES, type Locale } from '@/i18n/locales';
import { db } from '@/lib/db';
import { readerVisiblePieceWhere } from '@/lib/pieces/access';
import { localePath } from '../site';

export type RetiredPath = { status: 410 } | { status: 301 | 307; location: string };
/** Keyed by the article path with its lowercase locale prefix: "/en/series/old-slug". */
export type RetiredPaths = Map<string, RetiredPath>;

const articlePath = (locale: Locale, series: string, piece: string) => localePath(locale, `/${series}/${piece}`);

// Well under SQLite's limit on bound variables, however many slugs were ever renamed.
const SLUGS_PER_QUERY = 500;

export async function loadRetiredPaths(now: Date = new Date()): Promise<RetiredPaths> {
  const visible = readerVisiblePieceWhere(now);
  const gone = { firstPublishedAt: { not: null }, NOT: visible };
  const [gonePieces, toLive, toGone, oneLocale] = await Promise.all([
    db.piece.findMany({ where: gone, select: { slug: true, series: { select: { slug: true } } } }),
    db.slugRedirect.findMany({
      where: { piece: visible },
      select: { seriesId: true, oldSlug: true, piece: { select: { slug: true, series: { select: { slug: true } } } } },
    }),
    db.slugRedirect.findMany({ where: { piece: gone }, select: { seriesId: true, oldSlug: true } }),
    // A locale without a headline has not been published in that language (as lib/seo/queries.ts reads it).
    db.piece.findMany({
      where: { ...visible, texts: { some: { title: '' } } },
      select: { slug: true, series: { select: { slug: true } }, texts: { select: { locale: true, title: true } } },
    }),
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
  for (const p of oneLocale) {
    const published = LOCALES.filter((l) => p.texts.some((t) => t.locale === l && t.title.trim()));
    if (!published.length) continue;
    const location = articlePath(published[0]!, p.series.slug, p.slug);
    for (const l of LOCALES) if (!published.includes(l)) table.set(articlePath(l, p.series.slug, p.slug), { status: 307, location });
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
 * A redirect keeps what follows the piece's slug.
 */
export function retiredAnswer(table: RetiredPaths, pathname: string): RetiredPath | null {
  const article = articlePathOf(pathname);
  const entry = article ? table.get(article) : undefined;
  if (!entry || entry.status === 410) return entry ?? null;
  const rest = pathname.slice(article!.length);
  return rest === '' || rest === '/' ? entry : { status: entry.status, location: entry.location + rest };
}
