// Creates figures. Revisions (which keep history) come with the admin panel.
import 'server-only';
import { LOCALES } from '@/i18n/locales';
import { db } from '@/lib/db';
import { figureCreateSchema, type FigureCreateInput } from './schemas';

/** Creates the figure unless one with its key exists; returns whether it was created. */
export async function createFigureIfMissing(raw: FigureCreateInput): Promise<boolean> {
  const f = figureCreateSchema.parse(raw);
  const existing = await db.figure.findUnique({ where: { key: f.key }, select: { id: true } });
  if (existing) return false;
  await db.figure.create({
    data: {
      key: f.key,
      kind: f.kind,
      currency: f.currency ?? null,
      value: f.value,
      valueHigh: f.valueHigh ?? null,
      asOf: f.asOf,
      sourceUrl: f.sourceUrl ?? null,
      texts: { create: LOCALES.map((locale) => ({ locale, label: f.label[locale], sourceName: f.sourceName[locale] })) },
    },
  });
  return true;
}
