// Reading the media library: photos for readers (cached under their media tag), the
// library for editors, what a route needs to serve bytes, and where photos are used.
import 'server-only';
import { cachedRead } from '@/lib/cache/cached';
import { TAGS } from '@/lib/cache/tags';
import { db } from '@/lib/db';
import type { MediaItem, MediaLocale, MediaView } from './types';

const viewSelect = {
  id: true,
  hash: true,
  width: true,
  height: true,
  focalX: true,
  focalY: true,
  credit: true,
  licence: true,
  texts: { select: { locale: true, alt: true, caption: true } },
} as const;

type ViewRow = {
  id: string;
  hash: string;
  width: number;
  height: number;
  focalX: number;
  focalY: number;
  credit: string;
  licence: string;
  texts: { locale: string; alt: string; caption: string }[];
};

const pick = (row: ViewRow, field: 'alt' | 'caption') => ({
  'zh-HK': row.texts.find((t) => t.locale === 'zh-HK')?.[field] ?? '',
  en: row.texts.find((t) => t.locale === 'en')?.[field] ?? '',
});

function toView(row: ViewRow): MediaView {
  const { texts: _texts, ...rest } = row;
  return { ...rest, alt: pick(row, 'alt'), caption: pick(row, 'caption') };
}

/** Usage as a `meta` substring: block meta is stored with keys in a fixed order (metaKey). */
export const mediaMetaNeedle = (id: string) => `"mediaId":"${id}"`;

export async function readMediaView(id: string): Promise<MediaView | null> {
  const row = await db.mediaAsset.findUnique({ where: { id }, select: viewSelect });
  return row ? toView(row) : null;
}

/** A photo for a reader page, from the data cache; null for an id not in the library. */
export async function mediaForReader(id: string | null | undefined): Promise<MediaView | null> {
  if (!id || !/^[a-z0-9]{8,40}$/.test(id)) return null;
  return cachedRead('media', [id], [TAGS.media(id)], () => readMediaView(id));
}

/** What the serving route needs. Never cached: a few columns by primary key. */
export async function assetForServing(id: string): Promise<{ id: string; hash: string; format: string; width: number } | null> {
  if (!/^[a-z0-9]{8,40}$/.test(id)) return null;
  return db.mediaAsset.findUnique({ where: { id }, select: { id: true, hash: true, format: true, width: true } });
}

/** The library, newest first; `search` looks in alt texts, captions, credit and file name. */
export async function mediaLibrary(search = '', take = 60): Promise<MediaItem[]> {
  const q = search.trim().slice(0, 100);
  const rows = await db.mediaAsset.findMany({
    where: q
      ? {
          OR: [{ originalName: { contains: q } }, { credit: { contains: q } }, { texts: { some: { OR: [{ alt: { contains: q } }, { caption: { contains: q } }] } } }],
        }
      : {},
    orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
    take,
    select: { ...viewSelect, originalName: true, format: true, bytes: true, createdAt: true, _count: { select: { leadOf: true } } },
  });
  const blocks = rows.length
    ? await db.block.findMany({ where: { type: 'image', OR: rows.map((r) => ({ meta: { contains: mediaMetaNeedle(r.id) } })) }, select: { pieceId: true, meta: true } })
    : [];
  return rows.map((r) => ({
    ...toView(r),
    originalName: r.originalName,
    format: r.format,
    bytes: r.bytes,
    createdAt: r.createdAt.toISOString(),
    usedBy: r._count.leadOf + new Set(blocks.filter((b) => b.meta.includes(mediaMetaNeedle(r.id))).map((b) => b.pieceId)).size,
  }));
}

/** The pieces showing a photo (lead image or image block), whose pages change with its description. */
export async function piecesUsingMedia(id: string): Promise<string[]> {
  const [lead, blocks] = await Promise.all([
    db.piece.findMany({ where: { leadImageId: id }, select: { id: true } }),
    db.block.findMany({ where: { type: 'image', meta: { contains: mediaMetaNeedle(id) } }, select: { pieceId: true } }),
  ]);
  return [...new Set([...lead.map((p) => p.id), ...blocks.map((b) => b.pieceId)])];
}

/** Of these pieces, those with an image block that has no photo yet. */
export async function piecesNeedingImage(pieceIds: string[]): Promise<Set<string>> {
  if (!pieceIds.length) return new Set();
  const rows = await db.block.findMany({ where: { pieceId: { in: pieceIds }, type: 'image', NOT: { meta: { contains: '"mediaId":' } } }, select: { pieceId: true } });
  return new Set(rows.map((r) => r.pieceId));
}

/** A piece's lead image id, for its editor. */
export async function leadImageOf(pieceId: string): Promise<string | null> {
  return (await db.piece.findUnique({ where: { id: pieceId }, select: { leadImageId: true } }))?.leadImageId ?? null;
}

export type { MediaLocale };
