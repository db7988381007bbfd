// A piece as lists show it (cards, series navigation, teasers): the select and its mapping.
import 'server-only';
import type { Locale } from '@/i18n/locales';
import { parsePieceKind } from './access';
import type { PieceSummary } from './types';

export const summarySelect = {
  slug: true,
  kind: true,
  position: true,
  publishedAt: true,
  series: { select: { slug: true } },
  texts: { select: { locale: true, title: true, standfirst: true } },
} as const;

export type SummaryRow = {
  slug: string;
  kind: string;
  position: number;
  publishedAt: Date | null;
  series: { slug: string };
  texts: { locale: string; title: string; standfirst: string }[];
};

export function toSummary(row: SummaryRow, locale: Locale): PieceSummary {
  const text = row.texts.find((t) => t.locale === locale);
  return {
    slug: row.slug,
    seriesSlug: row.series.slug,
    kind: parsePieceKind(row.kind),
    position: row.position,
    title: text?.title ?? '',
    standfirst: text?.standfirst ?? '',
    publishedAt: row.publishedAt,
  };
}
