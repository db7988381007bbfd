// Figures as editors see them: every figure, where it is used, and its revision history.
import 'server-only';
import type { Locale } from '@/i18n/locales';
import { db } from '@/lib/db';
import { formatFigure } from './format';
import { figureSelect, toFigure } from './map';
import { FIGURE_STYLES, type Figure, type FigureStyle } from './types';

const YEAR_MS = 365 * 24 * 60 * 60 * 1000;

export interface FigureRow extends Figure {
  version: number;
  display: string;
  otherLabel: string;
  usedIn: { pieceId: string; series: string; slug: string; title: string }[];
  needsChecking: boolean;
  revisions: number;
}

export async function listFiguresForAdmin(locale: Locale, now = new Date()): Promise<FigureRow[]> {
  const rows = await db.figure.findMany({
    orderBy: { key: 'asc' },
    select: {
      ...figureSelect,
      version: true,
      _count: { select: { revisions: true } },
      usedBy: {
        select: { block: { select: { piece: { select: { id: true, slug: true, series: { select: { slug: true } }, texts: { where: { locale }, select: { title: true } } } } } } },
      },
    },
  });
  return rows.map((r) => {
    const f = toFigure(r, locale);
    const pieces = new Map<string, FigureRow['usedIn'][number]>();
    for (const u of r.usedBy) {
      const p = u.block.piece;
      pieces.set(p.id, { pieceId: p.id, series: p.series.slug, slug: p.slug, title: p.texts[0]?.title || p.slug });
    }
    return {
      ...f,
      version: r.version,
      display: formatFigure(f, locale),
      otherLabel: toFigure(r, locale === 'zh-HK' ? 'en' : 'zh-HK').label,
      usedIn: [...pieces.values()],
      needsChecking: now.getTime() - f.asOf.getTime() > YEAR_MS,
      revisions: r._count.revisions,
    };
  });
}

export interface FigureRevisionView {
  id: string;
  oldDisplay: string;
  newDisplay: string;
  reasonZhHK: string;
  reasonEn: string;
  editorName: string;
  createdAt: Date;
}

export async function getFigureForAdmin(key: string, locale: Locale) {
  const row = await db.figure.findUnique({
    where: { key },
    select: { ...figureSelect, version: true, revisions: { orderBy: { createdAt: 'desc' } } },
  });
  if (!row) return null;
  const f = toFigure(row, locale);
  const revisions: FigureRevisionView[] = row.revisions.map((r) => ({
    id: r.id,
    oldDisplay: formatFigure({ ...f, value: r.oldValue, valueHigh: r.oldValueHigh }, locale),
    newDisplay: formatFigure({ ...f, value: r.newValue, valueHigh: r.newValueHigh }, locale),
    reasonZhHK: r.reasonZhHK,
    reasonEn: r.reasonEn,
    editorName: r.editorName,
    createdAt: r.createdAt,
  }));
  return { figure: f, version: row.version, display: formatFigure(f, locale), revisions };
}

/** The value a figure had before a given revision. */
export async function figureRevisionValue(revisionId: string): Promise<{ key: string; value: number; valueHigh: number | null } | null> {
  const r = await db.figureRevision.findUnique({ where: { id: revisionId }, select: { oldValue: true, oldValueHigh: true, figure: { select: { key: true } } } });
  return r ? { key: r.figure.key, value: r.oldValue, valueHigh: r.oldValueHigh } : null;
}

export interface RecentRevision {
  key: string;
  label: string;
  oldDisplay: string;
  newDisplay: string;
  editorName: string;
  createdAt: Date;
}

export async function recentFigureRevisions(locale: Locale, take = 10): Promise<RecentRevision[]> {
  const rows = await db.figureRevision.findMany({ orderBy: { createdAt: 'desc' }, take, include: { figure: { select: figureSelect } } });
  return rows.map((r) => {
    const f = toFigure(r.figure, locale);
    return {
      key: f.key,
      label: f.label,
      oldDisplay: formatFigure({ ...f, value: r.oldValue, valueHigh: r.oldValueHigh }, locale),
      newDisplay: formatFigure({ ...f, value: r.newValue, valueHigh: r.newValueHigh }, locale),
      editorName: r.editorName,
      createdAt: r.createdAt,
    };
  });
}

/** For the editor's figure picker: key, labels and current value in both locales. */
export async function figurePickerOptions(): Promise<FigurePickerOption[]> {
  const rows = await db.figure.findMany({ orderBy: { key: 'asc' }, select: figureSelect });
  return rows.map((r) => {
    const zh = toFigure(r, 'zh-HK');
    const en = toFigure(r, 'en');
    const display = Object.fromEntries(FIGURE_STYLES.map((s) => [s, { 'zh-HK': formatFigure(zh, 'zh-HK', s), en: formatFigure(en, 'en', s) }])) as FigurePickerOption['display'];
    return { key: r.key, labelZhHK: zh.label, labelEn: en.label, display };
  });
}

/** A figure as the editor's picker and chips show it: labels, and every style in both locales. */
export interface FigurePickerOption {
  key: string;
  labelZhHK: string;
  labelEn: string;
  display: Record<FigureStyle, Record<Locale, string>>;
}
