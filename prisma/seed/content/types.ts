// Shapes of the seed content. Text fields use Tandem's inline markup (lib/content/inline):
//   *emphasis*          [link text](https://example.org)
//   {{figure-key}}      a figure, formatted for the locale (e.g. 1091億美元 / $109.1 billion)
//   {{figure-key|value}} the figure's bare number, no unit (e.g. 0.3)
//   {{figure-key|words}} spelled out where a locale spells it (三倍 / threefold; 三成 / 30%)
// Nothing else is markup: no HTML. A literal "*", "[", "{{" or "\" is escaped with "\".

export type Locale = 'zh-HK' | 'en';
export type Localized = Record<Locale, string>;

export type SeedBlock =
  | { type: 'paragraph'; text: Localized; teaser?: string }
  | { type: 'heading'; level: 2 | 3; text: Localized }
  | { type: 'quote'; text: Localized; attribution: Localized }
  | { type: 'image'; caption: Localized; src?: string; alt?: Localized }
  | { type: 'chart'; chart: string };

export type FigureKind = 'currency' | 'percent' | 'percentage-points' | 'count' | 'multiple' | 'energy' | 'parameters' | 'tokens';

export interface SeedFigure {
  key: string;
  kind: FigureKind;
  /** ISO 4217 code, for currency figures only. */
  currency?: 'USD' | 'EUR' | 'CNY';
  value: number;
  /** For ranges such as 1%-3%: value is the low end, valueHigh the high end. */
  valueHigh?: number;
  /** ISO date (YYYY-MM-DD) the value describes or was published. */
  asOf: string;
  sourceUrl?: string;
  /** Derived figures: computed from other figures, e.g. "{{a}} / {{b}}"; value is ignored. */
  formula?: string;
  label: Localized;
  sourceName: Localized;
  /** Provenance: what the number is exactly, where the source differs from the text, or why it is dated so. */
  note?: Localized;
}

export interface SeedPiece {
  slug: string;
  kind: 'feature' | 'editorial' | 'follow-up';
  status: 'draft' | 'published';
  /** ISO timestamp, published pieces only. */
  publishedAt?: string;
  title: Localized;
  standfirst: Localized;
  seoTitle: Localized;
  seoDescription: Localized;
  blocks: SeedBlock[];
}
