// A piece as lists show it (cards, series navigation, teasers): the select and its mapping.
// A list shows every public piece in every locale: one published in the other locale only is
// shown in that locale, marked (onlyIn), and links there, so no list points to an empty page.
import 'server-only';
import { LOCALES, type Locale } from '@/i18n/locales';
import { parsePieceKind } from './access';
import type { PieceSummary } from './types';

export const summarySelect = {
  slug: true,
  kind: true,
  position: true,
  publishedAt: true,
  series: { select: { slug: true } },
  texts: { select: { locale: true, title: true, standfirst: true } },
  leadImageId: true,
} as const;

export type SummaryRow = {
  slug: string;
  kind: string;
  position: number;
  publishedAt: Date | null;
  series: { slug: string };
  texts: { locale: string; title: string; standfirst: string }[];
  leadImageId?: string | null;
};

/**
 * The locale a list shows a piece in on a page in `locale`: that one when the piece has a
 * headline in it (is published in it), else the first locale that has one.
 */
export function listedLocale(titles: Partial<Record<Locale, string>>, locale: Locale): Locale {
  if (titles[locale]?.trim()) return locale;
  return LOCALES.find((l) => titles[l]?.trim()) ?? locale;
}

export function toSummary(row: SummaryRow, locale: Locale): PieceSummary {
  const titles = Object.fromEntries(row.texts.map((t) => [t.locale, t.title])) as Partial<Record<Locale, string>>;
  const shown = listedLocale(titles, locale);
  const text = row.texts.find((t) => t.locale === shown);
  return {
    slug: row.slug,
    seriesSlug: row.series.slug,
    kind: parsePieceKind(row.kind),
    position: row.position,
    title: text?.title ?? '',
    standfirst: text?.standfirst ?? '',
    publishedAt: row.publishedAt,
    leadImageId: row.leadImageId ?? null,
    ...(shown !== locale ? { onlyIn: shown } : {}),
  };
}
