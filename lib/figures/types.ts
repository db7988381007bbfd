// Domain types for figures, shared by formatting, queries and the seed.
export const FIGURE_KINDS = ['currency', 'percent', 'percentage-points', 'count', 'multiple', 'energy', 'parameters', 'tokens'] as const;
export type FigureKind = (typeof FIGURE_KINDS)[number];

/** How a reference asks for a figure: in full, as a bare number, or spelled out. */
export const FIGURE_STYLES = ['full', 'value', 'words'] as const;
export type FigureStyle = (typeof FIGURE_STYLES)[number];

/** The locale-neutral part of a figure, which is all that formatting needs. */
export interface FigureValue {
  kind: FigureKind;
  value: number;
  valueHigh?: number | null;
  currency?: string | null;
}

export interface Figure extends FigureValue {
  key: string;
  label: string;
  sourceName: string;
  sourceUrl: string | null;
  asOf: Date;
  /** Provenance note in the locale: what the number is exactly; empty when nothing needs saying. */
  note: string;
}
