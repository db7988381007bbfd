// The public provenance of every figure: value, source, as-of date, the published pieces
// using it, and its revision history.
import 'server-only';
import type { Locale } from '@/i18n/locales';
import { cachedDatedRead } from '@/lib/cache/cached';
import { TAGS } from '@/lib/cache/tags';
import { db } from '@/lib/db';
import { formatFigure } from '@/lib/figures/format';
import { figureSelect, toFigure } from '@/lib/figures/map';
import type { Figure } from '@/lib/figures/types';
import { readerVisiblePieceWhere } from '@/lib/pieces/access';

export interface FigureProvenance {
  figure: Figure;
  display: string;
  derived: boolean;
  pieces: { series: string; slug: string; title: string }[];
  revisions: { date: Date; oldValue: string; newValue: string; reason: string }[];
}

async function load(locale: Locale, key?: string): Promise<FigureProvenance[]> {
  const rows = await db.figure.findMany({
    where: key ? { key } : {},
    orderBy: { key: 'asc' },
    select: {
      ...figureSelect,
      formula: true,
      revisions: { orderBy: { createdAt: 'desc' }, select: { createdAt: true, oldValue: true, oldValueHigh: true, newValue: true, newValueHigh: true, reasonZhHK: true, reasonEn: true } },
      usedBy: {
        where: { block: { piece: readerVisiblePieceWhere() } },
        select: { block: { select: { piece: { select: { slug: true, series: { select: { slug: true } }, texts: { where: { locale }, select: { title: true } } } } } } },
      },
    },
  });
  return rows.map((r) => {
    const figure = toFigure(r, locale);
    const pieces = new Map<string, FigureProvenance['pieces'][number]>();
    for (const u of r.usedBy) {
      const p = u.block.piece;
      // A piece not published in this locale (no headline in it) is not listed in it.
      const title = p.texts[0]?.title;
      if (title) pieces.set(`${p.series.slug}/${p.slug}`, { series: p.series.slug, slug: p.slug, title });
    }
    return {
      figure,
      display: formatFigure(figure, locale),
      derived: r.formula !== null,
      pieces: [...pieces.values()],
      revisions: r.revisions.map((v) => ({
        date: v.createdAt,
        oldValue: formatFigure({ ...figure, value: v.oldValue, valueHigh: v.oldValueHigh }, locale),
        newValue: formatFigure({ ...figure, value: v.newValue, valueHigh: v.newValueHigh }, locale),
        reason: locale === 'zh-HK' ? v.reasonZhHK : v.reasonEn,
      })),
    };
  });
}

/** Every figure's provenance: the open-data index. */
export const listProvenance = (locale: Locale) => cachedDatedRead('provenance', [locale], [TAGS.figures, TAGS.listings], () => load(locale));

/** One figure's provenance; unknown keys answer null before anything is cached. */
export async function getProvenance(key: string, locale: Locale): Promise<FigureProvenance | null> {
  if (!(await db.figure.findUnique({ where: { key }, select: { id: true } }))) return null;
  return (await cachedDatedRead('provenance', [locale, key], [TAGS.figure(key), TAGS.listings], () => load(locale, key)))[0] ?? null;
}

export async function listFigureKeys(): Promise<string[]> {
  return (await db.figure.findMany({ select: { key: true }, orderBy: { key: 'asc' } })).map((f) => f.key);
}
