// The working copy of a piece as readers will see it, for draft-mode previews. Callers
// must have checked that the viewer is signed in.
import 'server-only';
import type { Locale } from '@/i18n/locales';
import { db } from '@/lib/db';
import { parseMeta, type ReaderBlock } from '@/lib/content/blocks';
import { figureKeysOf, parseInline } from '@/lib/content/inline';
import { chartsByKey } from '@/lib/charts/queries';
import { figureSelect, toFigure } from '@/lib/figures/map';
import type { Figure } from '@/lib/figures/types';
import { pieceForEditor } from './admin-queries';
import { neighbours, publishedPiecesBySlug } from './listings';
import { correctionsFor, sourcesOf } from './queries';
import type { ArticleView } from './types';

export async function previewArticle(seriesSlug: string, pieceSlug: string, locale: Locale): Promise<ArticleView | null> {
  const row = await db.piece.findFirst({ where: { series: { slug: seriesSlug }, slug: pieceSlug }, select: { id: true } });
  return row ? previewArticleById(row.id, locale) : null;
}

export async function previewArticleById(pieceId: string, locale: Locale): Promise<ArticleView | null> {
  const piece = await pieceForEditor(pieceId);
  if (!piece) return null;
  const { content } = piece;
  const parsed = content.blocks.map((b) => {
    try {
      return parseInline(b.texts[locale].text);
    } catch {
      return [{ type: 'text' as const, text: b.texts[locale].text }];
    }
  });
  const keys = [...new Set(parsed.flatMap(figureKeysOf))];
  const rows = await db.figure.findMany({ where: { key: { in: keys } }, select: figureSelect });
  const figures: Record<string, Figure> = Object.fromEntries(rows.map((r) => [r.key, toFigure(r, locale)]));
  const blocks: ReaderBlock[] = content.blocks.map((b, i) => ({
    id: `preview-${i}`,
    type: b.type,
    meta: parseMeta(JSON.stringify(b.meta)),
    content: parsed[i]!,
    attribution: b.texts[locale].attribution,
  }));
  const place = await db.piece.findUnique({ where: { id: pieceId }, select: { position: true, series: { select: { texts: { where: { locale }, select: { title: true } } } } } });
  const [around, teaserTargets] = await Promise.all([
    neighbours(piece.seriesSlug, place?.position ?? 0, locale),
    publishedPiecesBySlug(piece.seriesSlug, blocks.flatMap((b) => (b.meta.teaser ? [b.meta.teaser] : [])), locale),
  ]);
  const text = content.texts[locale];
  return {
    slug: content.slug,
    seriesSlug: piece.seriesSlug,
    kind: piece.kind,
    position: 0,
    title: text.title,
    standfirst: text.standfirst,
    publishedAt: piece.publishedAt ?? new Date(),
    seoTitle: text.seoTitle,
    seoDescription: text.seoDescription,
    updatedAt: new Date(),
    modifiedAt: new Date(),
    corrections: await correctionsFor(Object.values(figures), locale),
    series: { slug: piece.seriesSlug, title: place?.series.texts[0]?.title ?? piece.seriesSlug },
    blocks,
    figures,
    sources: sourcesOf(Object.values(figures)),
    previous: around.previous,
    next: around.next,
    seriesPieces: teaserTargets,
    charts: await chartsByKey(blocks.flatMap((b) => (b.type === 'chart' && b.meta.chartId ? [b.meta.chartId] : [])), locale),
  };
}
