// Creates series.
import 'server-only';
import { LOCALES, type Locale } from '@/i18n/locales';
import { db } from '@/lib/db';
import { slugSchema } from '@/lib/pieces/schemas';

export interface SeriesInput {
  slug: string;
  title: Record<Locale, string>;
  description: Record<Locale, string>;
}

export async function createSeriesIfMissing(input: SeriesInput): Promise<boolean> {
  const slug = slugSchema.parse(input.slug);
  if (await db.series.findUnique({ where: { slug }, select: { id: true } })) return false;
  await db.series.create({
    data: {
      slug,
      texts: { create: LOCALES.map((l) => ({ locale: l, title: input.title[l], description: input.description[l] })) },
    },
  });
  return true;
}
