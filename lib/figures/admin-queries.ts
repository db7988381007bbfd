// Figures as editors see them: every figure, where it is used, and its revision history.
import 'server-only';
import type { Locale } from '@/i18n/locales';
import { db } from '@/lib/db';
import { needsChecking } from './check';
import { formatFigure } from './format';
import { figureSelect, toFigure } from './map';
import type { FigureListQuery } from './schemas';
import { FIGURE_STYLES, type Figure, type FigureStyle } from './types';

export interface FigureRow extends Figure {
  version: number;
  display: string;
  otherLabel: string;
  usedIn: { pieceId: string; series: string; slug: string; title: string }[];
  charts: { key: string; title: string }[];
  needsChecking: boolean;
  checkedAt: Date | null;
  checkedByName: string | null;
  revisions: number;
  /** Labels and source names in every locale, lower-cased, for the search box. */
  searchText: string;
}

/** Whether a figure passes the list's search and filters: text in its key, labels or source names (any locale), kind, use. */
export function matchesFigureQuery(row: Pick<FigureRow, 'key' | 'kind' | 'searchText' | 'usedIn' | 'charts'>, query: FigureListQuery): boolean {
  const words = query.q.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.some((w) => !row.key.includes(w) && !row.searchText.includes(w))) return false;
  if (query.kind && row.kind !== query.kind) return false;
  if (query.use === 'piece' && row.usedIn.length === 0) return false;
  if (query.use === 'chart' && row.charts.length === 0) return false;
  if (query.use === 'unused' && (row.usedIn.length > 0 || row.charts.length > 0)) return false;
  return true;
}

export async function listFiguresForAdmin(locale: Locale, query: FigureListQuery = { q: '' }, now = new Date()): Promise<FigureRow[]> {
  const rows = await db.figure.findMany({
    orderBy: { key: 'asc' },
    select: {
      ...figureSelect,
      version: true,
      checkedAt: true,
      checkedByName: true,
      _count: { select: { revisions: true } },
      usedBy: {
        select: { block: { select: { piece: { select: { id: true, slug: true, series: { select: { slug: true } }, texts: { where: { locale }, select: { title: true } } } } } } },
      },
      charts: { orderBy: { chart: { key: 'asc' } }, select: { chart: { select: { key: true, texts: { where: { locale }, select: { title: true } } } } } },
    },
  });
  const figures = rows.map((r): FigureRow => {
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
      charts: r.charts.map((c) => ({ key: c.chart.key, title: c.chart.texts[0]?.title || c.chart.key })),
      needsChecking: needsChecking(r, now),
      checkedAt: r.checkedAt,
      checkedByName: r.checkedByName,
      revisions: r._count.revisions,
      searchText: r.texts
        .map((t) => `${t.label}\n${t.sourceName}`)
        .join('\n')
        .toLowerCase(),
    };
  });
  return figures.filter((f) => matchesFigureQuery(f, query));
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

export interface FigureChangeView {
  id: string;
  field: string;
  oldValue: string;
  newValue: string;
  editorName: string;
  createdAt: Date;
}

/** One line of a figure's history: a public value revision or a metadata edit. */
export type FigureHistoryEntry = ({ type: 'revision' } & FigureRevisionView) | ({ type: 'change' } & FigureChangeView);

export async function getFigureForAdmin(key: string, locale: Locale, now = new Date()) {
  const row = await db.figure.findUnique({
    where: { key },
    select: {
      ...figureSelect,
      version: true,
      formula: true,
      checkedAt: true,
      checkedByName: true,
      revisions: { orderBy: { createdAt: 'desc' } },
      changes: { orderBy: { createdAt: 'desc' }, select: { id: true, field: true, oldValue: true, newValue: true, editorName: true, createdAt: true } },
    },
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
  const history: FigureHistoryEntry[] = [...revisions.map((r) => ({ type: 'revision' as const, ...r })), ...row.changes.map((c) => ({ type: 'change' as const, ...c }))].sort(
    (a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.type === b.type ? 0 : a.type === 'change' ? -1 : 1),
  );
  const text = (l: Locale) => row.texts.find((t) => t.locale === l);
  return {
    figure: f,
    version: row.version,
    display: formatFigure(f, locale),
    derived: row.formula !== null,
    revisions,
    history,
    meta: {
      label: { 'zh-HK': text('zh-HK')?.label ?? '', en: text('en')?.label ?? '' },
      sourceName: { 'zh-HK': text('zh-HK')?.sourceName ?? '', en: text('en')?.sourceName ?? '' },
      note: { 'zh-HK': text('zh-HK')?.note ?? '', en: text('en')?.note ?? '' },
      sourceUrl: row.sourceUrl ?? '',
      asOf: row.asOf.toISOString().slice(0, 10),
    },
    check: { needsChecking: needsChecking(row, now), checkedAt: row.checkedAt, checkedByName: row.checkedByName },
  };
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
