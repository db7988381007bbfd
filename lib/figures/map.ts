// Maps figure rows to the domain Figure of one locale.
import 'server-only';
import type { Locale } from '@/i18n/locales';
import type { Figure, FigureKind } from './types';

export const figureSelect = {
  key: true,
  kind: true,
  currency: true,
  value: true,
  valueHigh: true,
  sourceUrl: true,
  asOf: true,
  texts: { select: { locale: true, label: true, sourceName: true } },
} as const;

interface FigureRow {
  key: string;
  kind: string;
  currency: string | null;
  value: number;
  valueHigh: number | null;
  sourceUrl: string | null;
  asOf: Date;
  texts: { locale: string; label: string; sourceName: string }[];
}

export function toFigure(row: FigureRow, locale: Locale): Figure {
  const text = row.texts.find((t) => t.locale === locale) ?? row.texts[0];
  return {
    key: row.key,
    kind: row.kind as FigureKind,
    currency: row.currency,
    value: row.value,
    valueHigh: row.valueHigh,
    sourceUrl: row.sourceUrl,
    asOf: row.asOf,
    label: text?.label ?? row.key,
    sourceName: text?.sourceName ?? '',
  };
}
