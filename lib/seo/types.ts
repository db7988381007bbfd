// What crawlers are told about the site: published pieces and series, per locale.
import type { Locale } from '@/i18n/locales';

export interface PieceLocaleText {
  title: string;
  standfirst: string;
  seoTitle: string;
  seoDescription: string;
}

export interface PieceSeo {
  id: string;
  slug: string;
  seriesSlug: string;
  kind: string;
  publishedAt: Date;
  /** Newest content save or figure revision; never before publishedAt. */
  modifiedAt: Date;
  /** The locales the piece is published in (those with a headline), original first. */
  locales: Locale[];
  texts: Partial<Record<Locale, PieceLocaleText>>;
  seriesTitle: Partial<Record<Locale, string>>;
}

export interface SeriesSeo {
  slug: string;
  createdAt: Date;
  texts: Partial<Record<Locale, { title: string; description: string }>>;
  /** Published pieces in series order. */
  pieces: PieceSeo[];
}

export interface ReaderSite {
  series: SeriesSeo[];
  /** Every published piece, newest first. */
  pieces: PieceSeo[];
  /** Every figure, for its open-data page (/data/<key>). */
  figures: { key: string; updatedAt: Date }[];
}
