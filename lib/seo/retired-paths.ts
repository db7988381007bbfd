// Article paths that no longer serve a page: once-public pieces taken down (410) and old
// slugs of renamed pieces (301 to the current address). Read from the database in one
// pass; the proxy keeps the result in memory (see retired-paths-cache.ts).
import 'server-only';
import { LOCALES, type Locale } from '@/i18n/locales';
import { db } from '@/lib/db';
import { readerVisiblePieceWhere } from '@/lib/pieces/access';
import { localePath } from './site';

export type RetiredPath = { status: 410 } | { status: 301; location: string };
/** Keyed by the path with its lowercase locale prefix: "/en/series/old-slug". */
export type RetiredPaths = Map<string, RetiredPath>;

const articlePath = (locale: Locale, series: string, piece: string) => localePath(locale, `/${series}/${piece}`);

export async function loadRetiredPaths(now: Date = new Date()): Promise<RetiredPaths> {
  const visible = readerVisiblePieceWhere(now);
  const [series, live, gone, redirects] = await Promise.all([
    db.series.findMany({ select: { id: true, slug: true } }),
    db.piece.findMany({ where: visible, select: { id: true, slug: true, seriesId: true } }),
    db.piece.findMany({ where: { firstPublishedAt: { not: null }, NOT: visible }, select: { id: true, slug: true, seriesId: true } }),
    db.slugRedirect.findMany({ select: { seriesId: true, oldSlug: true, pieceId: true } }),
  ]);
  const seriesSlug = new Map(series.map((s) => [s.id, s.slug]));
  const liveById = new Map(live.map((p) => [p.id, p]));
  const goneIds = new Set(gone.map((p) => p.id));
  const livePaths = new Set(live.map((p) => `${p.seriesId}/${p.slug}`));
  const table: RetiredPaths = new Map();

  for (const p of gone) {
    const s = seriesSlug.get(p.seriesId);
    if (s) for (const l of LOCALES) table.set(articlePath(l, s, p.slug), { status: 410 });
  }
  for (const r of redirects) {
    const s = seriesSlug.get(r.seriesId);
    // A live piece that holds the slug now always wins over the history.
    if (!s || livePaths.has(`${r.seriesId}/${r.oldSlug}`)) continue;
    const target = liveById.get(r.pieceId);
    const targetSeries = target && seriesSlug.get(target.seriesId);
    for (const l of LOCALES) {
      if (target && targetSeries) table.set(articlePath(l, s, r.oldSlug), { status: 301, location: articlePath(l, targetSeries, target.slug) });
      else if (goneIds.has(r.pieceId)) table.set(articlePath(l, s, r.oldSlug), { status: 410 });
    }
  }
  return table;
}
