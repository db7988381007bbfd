// Domain objects the reader site renders. Never Prisma rows.
import type { DatedLabels } from '@/lib/figures/source-dates';
import type { Locale } from '@/i18n/locales';
import type { ReaderBlock } from '@/lib/content/blocks';
import type { Figure } from '@/lib/figures/types';
import type { ChartView } from '@/lib/charts/types';
import type { PieceKind } from './access';

export interface PieceSummary {
  slug: string;
  seriesSlug: string;
  kind: PieceKind;
  position: number;
  title: string;
  standfirst: string;
  publishedAt: Date | null;
  /**
   * Set in lists when the piece is not published in the page's locale: the one locale it is
   * published in, whose title and standfirst these are and where it links.
   */
  onlyIn?: Locale;
  /** The library photo shown on its cards and article (lib/media). */
  leadImageId?: string | null;
}

export interface SeriesView {
  slug: string;
  title: string;
  description: string;
  pieces: PieceSummary[];
}

/** One page of a series' pieces, in order. */
export interface SeriesPage extends SeriesView {
  /** Every published piece of the series, of which `pieces` shows one page. */
  pieceCount: number;
  page: number;
  pageCount: number;
}

export interface SourceView {
  name: string;
  url: string | null;
  /** The latest as-of date of the source's figures. */
  asOf: Date;
  labels: string[];
  /** Each figure's own as-of date: the figures' labels grouped by date. */
  dates: DatedLabels[];
  /** Provenance notes of the source's figures that have one. */
  notes: { label: string; note: string }[];
}

/** A published figure revision, as the correction note at the foot of an article. */
export interface CorrectionNote {
  date: Date;
  figureKey: string;
  label: string;
  oldValue: string;
  newValue: string;
  reason: string;
}

export interface ArticleView extends PieceSummary {
  modifiedAt: Date;
  corrections: CorrectionNote[];
  seoTitle: string;
  seoDescription: string;
  updatedAt: Date;
  series: { slug: string; title: string };
  blocks: ReaderBlock[];
  figures: Record<string, Figure>;
  sources: SourceView[];
  previous: PieceSummary | null;
  next: PieceSummary | null;
  /** Charts placed by chart blocks, by key. */
  charts: Record<string, ChartView>;
  /** Public pieces of the series that this article's teasers point to (not the whole series). */
  seriesPieces: PieceSummary[];
  /** Some blocks of this locale lag behind the other's, and the piece asks to tell readers so. */
  translationUpdating: boolean;
  /** Estimated reading time in whole minutes (lib/content/reading-time.ts). */
  readingMinutes: number;
}
