// Maps figure rows to the domain Figure of one locale.
import 'server-only';
import type { Locale } from '@/i18n/locales';
import { z } from 'zod';
import { FIGURE_KINDS, type Figure, type FigureKind } from './types';

const kindSchema = z.enum(FIGURE_KINDS);
/** Stored kinds are parsed, not cast: an unknown kind fails loudly instead of formatting wrongly. */
export const parseFigureKind = (value: string): FigureKind => kindSchema.parse(value);

export const figureSelect = {
  key: true,
  kind: true,
  currency: true,
  value: true,
  valueHigh: true,
  sourceUrl: true,
  asOf: true,
  texts: { select: { locale: true, label: true, sourceName: true, note: true } },
} as const;

/** A figure as `figureSelect` reads it. */
export interface FigureRow {
  key: string;
  kind: string;
  currency: string | null;
  value: number;
  valueHigh: number | null;
  sourceUrl: string | null;
  asOf: Date;
  texts: { locale: string; label: string; sourceName: string; note: string }[];
}

export function toFigure(row: FigureRow, locale: Locale): Figure {
  const text = row.texts.find((t) => t.locale === locale) ?? row.texts[0];
  return {
    key: row.key,
    kind: parseFigureKind(row.kind),
    currency: row.currency,
    value: row.value,
    valueHigh: row.valueHigh,
    sourceUrl: row.sourceUrl,
    asOf: row.asOf,
    label: text?.label ?? row.key,
    sourceName: text?.sourceName ?? '',
    note: text?.note ?? '',
  };
}
