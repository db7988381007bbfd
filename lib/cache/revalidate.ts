// Expires the cached reader pages a write changed, so the next request renders fresh.
import 'server-only';
import { revalidatePath } from 'next/cache';
import { db } from '@/lib/db';
import { readerPathsFor } from '@/lib/seo/reader-paths';
import { expireRetiredPaths } from '@/lib/seo/routing/retired-paths-cache';

const pathsFor = (series: string, slugs: string[]) => [...new Set(slugs.flatMap((slug) => readerPathsFor(series, slug)))];

/** After any change to a piece: its pages, its siblings (navigation, teasers) and listings. */
export async function revalidateSeries(seriesSlug: string, extraSlugs: (string | null)[] = []): Promise<string[]> {
  const pieces = await db.piece.findMany({ where: { series: { slug: seriesSlug } }, select: { slug: true, oldSlugs: { select: { oldSlug: true } } } });
  const slugs = pieces.flatMap((p) => [p.slug, ...p.oldSlugs.map((o) => o.oldSlug)]);
  const paths = pathsFor(seriesSlug, [...slugs, ...extraSlugs.filter((s): s is string => !!s)]);
  for (const path of paths) revalidatePath(path);
  // A publish, unpublish or rename changes which addresses answer 410 or 301.
  expireRetiredPaths();
  // Later series pages (/<series>/page/<k>): adding or removing a piece shifts every one of them.
  revalidatePath('/[locale]/[series]/page/[page]', 'page');
  return paths;
}

/** After a figure or chart changes: the open-data pages list every figure. */
export function revalidateDataPages(): void {
  revalidatePath('/[locale]/data', 'layout');
}

/**
 * After a figure revision: only the pages showing the figure (both locales), their series
 * and front pages, and the listings. Siblings are untouched (their navigation shows titles),
 * so a figure used in 1% of a 10,000-piece archive expires 1% of the articles, not all.
 */
export function revalidatePieces(pieces: { series: string; piece: string }[]): string[] {
  const bySeries = new Map<string, string[]>();
  for (const p of pieces) bySeries.set(p.series, [...(bySeries.get(p.series) ?? []), p.piece]);
  const paths = new Set<string>();
  for (const [series, slugs] of bySeries) for (const path of pathsFor(series, slugs)) paths.add(path);
  for (const path of paths) revalidatePath(path);
  return [...paths];
}
