// The shape of a frozen set of corrections to seeded content: old value → new value, per field.
import type { Locale } from '@/i18n/locales';

type Change<T> = { from: T; to: T };

export interface PieceCorrections {
  texts: { field: 'title' | 'standfirst' | 'seoTitle' | 'seoDescription'; locale: Locale; from: string; to: string }[];
  blocks: { field: 'text' | 'attribution'; locale: Locale; from: string; to: string }[];
}

export interface FigureCorrections {
  value?: Change<number>;
  formula?: Change<string | null>;
  asOf?: Change<string>;
  sourceUrl?: Change<string | null>;
  label?: Partial<Record<Locale, Change<string>>>;
  sourceName?: Partial<Record<Locale, Change<string>>>;
  note?: Partial<Record<Locale, Change<string>>>;
}

export interface ChartCorrections {
  texts: { locale: Locale; field: 'title' | 'subtitle' | 'axis' | 'notes'; from: string; to: string }[];
  categories: { category: string; locale: Locale; from: string; to: string }[];
}

export interface SeedCorrections {
  series: string;
  pieces: Record<string, PieceCorrections>;
  figures: Record<string, FigureCorrections>;
  charts: Record<string, ChartCorrections>;
}
