// The one bilingual model of an article: a piece with every locale's texts, its blocks
// keyed by id (each with its text per locale), the keys of the figures and charts it uses,
// and its neighbours. The reader page, the draft preview, feeds, share images and the
// coming parallel view are projections of it (article-view.ts). JSON-safe (dates as ISO
// strings), because the live model is kept in Next's data cache under its piece's tags.
import 'server-only';
import { z } from 'zod';
import { LOCALES, type Locale } from '@/i18n/locales';
import { BLOCK_TYPES, parseMeta, type BlockMeta, type BlockType } from '@/lib/content/blocks';
import { figureKeysOf, parseInline } from '@/lib/content/inline';
import { cachedRead } from '@/lib/cache/cached';
import { TAGS } from '@/lib/cache/tags';
import { db } from '@/lib/db';
import { parsePieceKind, readerVisiblePieceWhere, type PieceKind } from './access';
import { neighbourRows, teaserRows } from './listings';
import type { SummaryRow } from './summary';
import { parseSnapshot } from './snapshot';

export interface LocaleBlockText {
  text: string;
  attribution: string;
  rev: number;
  writtenAt: string;
  basedOn: number | null;
}

export interface BilingualBlock {
  id: string;
  type: BlockType;
  meta: BlockMeta;
  texts: Record<Locale, LocaleBlockText>;
}

export interface PieceTexts {
  title: string;
  standfirst: string;
  seoTitle: string;
  seoDescription: string;
}

/** A piece as lists show it, in every locale. */
export interface BilingualSummary {
  slug: string;
  seriesSlug: string;
  kind: PieceKind;
  position: number;
  publishedAt: string | null;
  titles: Record<Locale, string>;
  standfirsts: Record<Locale, string>;
  leadImageId?: string | null;
}

export interface BilingualArticle extends BilingualSummary {
  id: string;
  modifiedAt: string;
  updatedAt: string;
  texts: Record<Locale, PieceTexts>;
  seriesTitles: Record<Locale, string>;
  blocks: BilingualBlock[];
  figureKeys: string[];
  chartKeys: string[];
  previous: BilingualSummary | null;
  next: BilingualSummary | null;
  /** Public pieces of the series that teaser paragraphs point to. */
  teaserTargets: BilingualSummary[];
  /** Whether readers of a locale with stale blocks are told the translation is being updated. */
  translationNote: boolean;
}

const byLocale = <T>(pick: (l: Locale) => T) => Object.fromEntries(LOCALES.map((l) => [l, pick(l)])) as Record<Locale, T>;

type Row = { locale: string };
function perLocale<R extends Row, T>(rows: R[], pick: (row: R | undefined) => T): Record<Locale, T> {
  return Object.fromEntries(LOCALES.map((l) => [l, pick(rows.find((r) => r.locale === l))])) as Record<Locale, T>;
}

export function toBilingualSummary(row: SummaryRow): BilingualSummary {
  return {
    slug: row.slug,
    seriesSlug: row.series.slug,
    kind: parsePieceKind(row.kind),
    position: row.position,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    titles: perLocale(row.texts, (t) => t?.title ?? ''),
    standfirsts: perLocale(row.texts, (t) => t?.standfirst ?? ''),
    leadImageId: row.leadImageId ?? null,
  };
}

const chartKeysOf = (blocks: { type: string; meta: BlockMeta }[]) => [...new Set(blocks.flatMap((b) => (b.type === 'chart' && b.meta.chartId ? [b.meta.chartId] : [])))];
const teasersOf = (blocks: { meta: BlockMeta }[]) => [...new Set(blocks.flatMap((b) => (b.meta.teaser ? [b.meta.teaser] : [])))];

/** The published piece's model as readers see it now, from the rows publishing wrote. */
async function readLiveArticle(pieceId: string): Promise<BilingualArticle | null> {
  const row = await db.piece.findFirst({
    where: { id: pieceId, ...readerVisiblePieceWhere() },
    select: {
      id: true,
      slug: true,
      kind: true,
      position: true,
      publishedAt: true,
      modifiedAt: true,
      updatedAt: true,
      translationNote: true,
      leadImageId: true,
      texts: { select: { locale: true, title: true, standfirst: true, seoTitle: true, seoDescription: true } },
      series: { select: { slug: true, texts: { select: { locale: true, title: true } } } },
      blocks: {
        orderBy: { position: 'asc' },
        select: {
          id: true,
          type: true,
          meta: true,
          texts: { select: { locale: true, text: true, attribution: true, rev: true, writtenAt: true, basedOnRev: true } },
          figureRefs: { select: { figure: { select: { key: true } } } },
        },
      },
    },
  });
  if (!row) return null;
  const blocks: BilingualBlock[] = row.blocks.map((b) => ({
    id: b.id,
    type: parseBlockType(b.type),
    meta: parseMeta(b.meta),
    texts: perLocale(b.texts, (t) => ({
      text: t?.text ?? '',
      attribution: t?.attribution ?? '',
      rev: t?.rev ?? 1,
      writtenAt: (t?.writtenAt ?? row.modifiedAt).toISOString(),
      basedOn: t?.basedOnRev ?? null,
    })),
  }));
  const figureKeys = [...new Set(row.blocks.flatMap((b) => b.figureRefs.map((r) => r.figure.key)))].sort();
  const [around, teasers] = await Promise.all([neighbourRows(row.series.slug, row.position), teaserRows(row.series.slug, teasersOf(blocks))]);
  const texts = perLocale(row.texts, (t) => ({ title: t?.title ?? '', standfirst: t?.standfirst ?? '', seoTitle: t?.seoTitle ?? '', seoDescription: t?.seoDescription ?? '' }));
  return {
    ...toBilingualSummary({ ...row, series: { slug: row.series.slug } }),
    id: row.id,
    modifiedAt: row.modifiedAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    texts,
    seriesTitles: perLocale(row.series.texts, (t) => t?.title ?? row.series.slug),
    blocks,
    figureKeys,
    chartKeys: chartKeysOf(blocks),
    previous: around.previous && toBilingualSummary(around.previous),
    next: around.next && toBilingualSummary(around.next),
    teaserTargets: teasers.map(toBilingualSummary),
    translationNote: row.translationNote,
  };
}

/** The tags of a public piece's cached model: found with one small query before the read. */
async function liveArticleTags(seriesSlug: string, pieceSlug: string): Promise<{ id: string; tags: string[] } | null> {
  const row = await db.piece.findFirst({
    where: { slug: pieceSlug, series: { slug: seriesSlug }, ...readerVisiblePieceWhere() },
    select: { id: true, blocks: { select: { type: true, meta: true, figureRefs: { select: { figure: { select: { key: true } } } } } } },
  });
  if (!row) return null;
  const figureKeys = new Set(row.blocks.flatMap((b) => b.figureRefs.map((r) => r.figure.key)));
  const chartKeys = chartKeysOf(row.blocks.map((b) => ({ type: b.type, meta: parseMeta(b.meta) })));
  return { id: row.id, tags: [TAGS.piece(row.id), TAGS.series(seriesSlug), ...[...figureKeys].map(TAGS.figure), ...chartKeys.map(TAGS.chart)] };
}

/**
 * A public piece's bilingual model, from the data cache. Unknown or unpublished pieces
 * answer null before anything is cached, so probing for slugs fills no cache.
 */
export async function liveArticle(seriesSlug: string, pieceSlug: string): Promise<BilingualArticle | null> {
  const found = await liveArticleTags(seriesSlug, pieceSlug);
  if (!found) return null;
  return cachedRead('article', [found.id], found.tags, () => readLiveArticle(found.id));
}

/** The working copy (latest revision) as the same model, for signed-in editors' previews. Never cached. */
export async function workingArticle(pieceId: string): Promise<BilingualArticle | null> {
  const piece = await db.piece.findUnique({
    where: { id: pieceId },
    select: {
      id: true,
      kind: true,
      position: true,
      version: true,
      publishedAt: true,
      modifiedAt: true,
      updatedAt: true,
      translationNote: true,
      leadImageId: true,
      series: { select: { slug: true, texts: { select: { locale: true, title: true } } } },
    },
  });
  if (!piece) return null;
  const revision = await db.pieceRevision.findUnique({ where: { pieceId_version: { pieceId, version: piece.version } }, select: { snapshot: true, createdAt: true } });
  if (!revision) return null;
  const content = parseSnapshot(revision.snapshot);
  const textKeys = content.blocks.flatMap((b) =>
    LOCALES.flatMap((l) => {
      try {
        return figureKeysOf(parseInline(b.texts[l].text));
      } catch {
        return [];
      }
    }),
  );
  const chartKeys = chartKeysOf(content.blocks);
  const chartFigureKeys = chartKeys.length
    ? (await db.chartFigure.findMany({ where: { chart: { key: { in: chartKeys } } }, select: { figure: { select: { key: true } } } })).map((c) => c.figure.key)
    : [];
  const [around, teasers] = await Promise.all([neighbourRows(piece.series.slug, piece.position), teaserRows(piece.series.slug, teasersOf(content.blocks))]);
  const now = new Date().toISOString();
  return {
    id: piece.id,
    slug: content.slug,
    seriesSlug: piece.series.slug,
    kind: parsePieceKind(piece.kind),
    position: piece.position,
    publishedAt: piece.publishedAt?.toISOString() ?? now,
    modifiedAt: revision.createdAt.toISOString(),
    updatedAt: revision.createdAt.toISOString(),
    titles: byLocale((l) => content.texts[l].title),
    standfirsts: byLocale((l) => content.texts[l].standfirst),
    leadImageId: piece.leadImageId,
    texts: content.texts,
    seriesTitles: perLocale(piece.series.texts, (t) => t?.title ?? piece.series.slug),
    blocks: content.blocks.map((b) => ({ id: b.id, type: b.type, meta: b.meta, texts: b.texts })),
    figureKeys: [...new Set([...textKeys, ...chartFigureKeys])].sort(),
    chartKeys,
    previous: around.previous && toBilingualSummary(around.previous),
    next: around.next && toBilingualSummary(around.next),
    teaserTargets: teasers.map(toBilingualSummary),
    translationNote: piece.translationNote,
  };
}

/** The id of any piece by address, published or not (previews, the seed). */
export async function pieceIdBySlug(seriesSlug: string, pieceSlug: string): Promise<string | null> {
  return (await db.piece.findFirst({ where: { slug: pieceSlug, series: { slug: seriesSlug } }, select: { id: true } }))?.id ?? null;
}

const blockTypeSchema = z.enum(BLOCK_TYPES);
/** Stored types are parsed, not cast: a row with an unknown type fails loudly here. */
export const parseBlockType = (value: string): BlockType => blockTypeSchema.parse(value);
