// Creates figures. Revisions (which keep history) come with the admin panel.
import 'server-only';
import { LOCALES } from '@/i18n/locales';
import { db } from '@/lib/db';
import { parseFormula, resolveDerived } from './formula';
import { figureCreateSchema, type FigureCreateInput } from './schemas';

/** Creates the figure unless one with its key exists; returns whether it was created. */
export async function createFigureIfMissing(raw: FigureCreateInput): Promise<boolean> {
  const f = figureCreateSchema.parse(raw);
  const existing = await db.figure.findUnique({ where: { key: f.key }, select: { id: true } });
  if (existing) return false;
  let value = f.value;
  if (f.formula) {
    parseFormula(f.formula);
    const all = await db.figure.findMany({ select: { key: true, value: true, formula: true } });
    const map = new Map(all.map((x) => [x.key, { value: x.value, formula: x.formula }]));
    map.set(f.key, { value: f.value, formula: f.formula });
    value = resolveDerived(map).get(f.key)!;
  }
  await db.figure.create({
    data: {
      key: f.key,
      kind: f.kind,
      currency: f.currency ?? null,
      value,
      valueHigh: f.valueHigh ?? null,
      formula: f.formula ?? null,
      asOf: f.asOf,
      sourceUrl: f.sourceUrl ?? null,
      texts: { create: LOCALES.map((locale) => ({ locale, label: f.label[locale], sourceName: f.sourceName[locale], note: f.note?.[locale] ?? '' })) },
    },
  });
  return true;
}
