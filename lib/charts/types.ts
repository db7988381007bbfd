// Charts as the reader site renders them: plain data, already in one locale.
import type { DatedLabels } from '@/lib/figures/source-dates';
import type { Figure } from '@/lib/figures/types';

export const CHART_KINDS = ['bar', 'grouped-bar', 'dumbbell', 'slope'] as const;
export type ChartKind = (typeof CHART_KINDS)[number];

export interface ChartPoint {
  figure: Figure;
  category: string;
  categoryLabel: string;
  series: string;
  seriesLabel: string;
  /** The value in the locale's figure style: 0.55美元 / $0.55. */
  display: string;
}

export interface ChartSource {
  name: string;
  url: string | null;
  /** The latest as-of date of the source's figures in the chart. */
  asOf: Date;
  /** Each figure's own as-of date: the chart's category (and series) labels grouped by date. */
  dates: DatedLabels[];
}

export interface ChartView {
  key: string;
  kind: ChartKind;
  title: string;
  subtitle: string;
  axis: string;
  notes: string;
  points: ChartPoint[];
  sources: ChartSource[];
  /** Derived figures in the chart: their labels and the labels of the figures they come from. */
  derived: { label: string; inputs: string[] }[];
}

/** Per-locale labels of categories and series, stored as JSON on the chart. */
export type ChartLabels = {
  categories: Record<string, { 'zh-HK': string; en: string }>;
  series: Record<string, { 'zh-HK': string; en: string }>;
};
