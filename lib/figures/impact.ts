// What a revision of a figure's value will change for readers: the published pieces that
// show it (in text or through a chart) and the published charts that draw it, counting the
// derived figures that follow it.
import 'server-only';
import type { Locale } from '@/i18n/locales';
import { db } from '@/lib/db';
import { readerVisiblePieceWhere } from '@/lib/pieces/access';
import { dependentsOf } from './dependents';

export interface RevisionImpact {
  pieces: { id: string; series: string; slug: string; title: string }[];
  charts: { key: string; title: string }[];
  /** Derived figures whose values follow this one. */
  derived: string[];
}

const titleIn = (texts: { locale: string; title: string }[], locale: Locale, fallback: string) =>
  texts.find((t) => t.locale === locale)?.title || texts.find((t) => t.title)?.title || fallback;

export async function revisionImpact(key: string, locale: Locale, now = new Date()): Promise<RevisionImpact> {
  const formulas = await db.figure.findMany({ where: { OR: [{ key }, { formula: { not: null } }] }, select: { id: true, key: true, formula: true } });
  const derived = dependentsOf(key, formulas);
  const ids = formulas.filter((f) => f.key === key || derived.includes(f.key)).map((f) => f.id);
  if (!ids.length) return { pieces: [], charts: [], derived };
  const visible = readerVisiblePieceWhere(now);
  const [pieces, drawing] = await Promise.all([
    db.piece.findMany({
      where: { ...visible, blocks: { some: { figureRefs: { some: { figureId: { in: ids } } } } } },
      orderBy: [{ publishedAt: 'desc' }, { id: 'asc' }],
      select: { id: true, slug: true, series: { select: { slug: true } }, texts: { select: { locale: true, title: true } } },
    }),
    db.chart.findMany({
      where: { figures: { some: { figureId: { in: ids } } } },
      orderBy: { key: 'asc' },
      select: { key: true, texts: { select: { locale: true, title: true } } },
    }),
  ]);
  // A chart is published when a published piece places it.
  const placed = drawing.length
    ? await db.block.findMany({
        where: { type: 'chart', piece: visible, OR: drawing.map((c) => ({ meta: { contains: `"chartId":"${c.key}"` } })) },
        select: { meta: true },
      })
    : [];
  const placedKeys = new Set(placed.map((b) => chartKeyOf(b.meta)));
  return {
    pieces: pieces.map((p) => ({ id: p.id, series: p.series.slug, slug: p.slug, title: titleIn(p.texts, locale, p.slug) })),
    charts: drawing.filter((c) => placedKeys.has(c.key)).map((c) => ({ key: c.key, title: titleIn(c.texts, locale, c.key) })),
    derived,
  };
}

function chartKeyOf(meta: string): string | null {
  try {
    const parsed = JSON.parse(meta) as { chartId?: unknown };
    return typeof parsed.chartId === 'string' ? parsed.chartId : null;
  } catch {
    return null;
  }
}
