// The figures an article uses, with their public revisions, in every locale: read once and
// shared by both locales' pages, JSON-safe so it can sit in the data cache under the
// figures' own tags (a revision of one figure expires exactly the pages that show it).
import 'server-only';
import { db } from '@/lib/db';
import { figureSelect, type FigureRow } from './map';

export interface FigureData {
  figures: (Omit<FigureRow, 'asOf'> & { asOf: string })[];
  revisions: {
    key: string;
    createdAt: string;
    oldValue: number;
    oldValueHigh: number | null;
    newValue: number;
    newValueHigh: number | null;
    reasonZhHK: string;
    reasonEn: string;
  }[];
}

export async function loadFigureData(keys: string[]): Promise<FigureData> {
  if (!keys.length) return { figures: [], revisions: [] };
  const [figures, revisions] = await Promise.all([
    db.figure.findMany({ where: { key: { in: keys } }, orderBy: { key: 'asc' }, select: figureSelect }),
    db.figureRevision.findMany({
      where: { figure: { key: { in: keys } } },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      select: { createdAt: true, oldValue: true, oldValueHigh: true, newValue: true, newValueHigh: true, reasonZhHK: true, reasonEn: true, figure: { select: { key: true } } },
    }),
  ]);
  return {
    figures: figures.map((f) => ({ ...f, asOf: f.asOf.toISOString() })),
    revisions: revisions.map(({ figure, createdAt, ...r }) => ({ ...r, key: figure.key, createdAt: createdAt.toISOString() })),
  };
}
