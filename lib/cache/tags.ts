// The names of cached reader data. Every cached read declares the tags of the data it
// read; every write expires the tags of the data it changed, and nothing else. A page is
// tagged with everything its reads were tagged with, so no write walks a list of URLs.
export const TAGS = {
  /** One piece as readers see it: its texts, blocks, neighbours' titles and teaser targets. */
  piece: (id: string) => `piece:${id}`,
  /** A series' own texts (title, description). */
  series: (slug: string) => `series:${slug}`,
  /** One figure's value, labels, sources and revisions, wherever it is shown. */
  figure: (key: string) => `figure:${key}`,
  /** One chart's kind, texts and the figures it draws. */
  chart: (key: string) => `chart:${key}`,
  /** One photo's texts, credit, focal point and address, wherever it is shown. */
  media: (id: string) => `media:${id}`,
  /** Which pieces are public and in what order: front pages, series pages, sitemaps, feeds. */
  listings: 'listings',
  /** The set of figures and their dates: open-data index and downloads, sitemaps, feeds. */
  figures: 'figures',
  /** The set of charts: feeds and the open-data pages that draw them. */
  charts: 'charts',
} as const;

/** Next caps the tags of one cache entry; past that, a page falls back on its wider tags. */
export const MAX_TAGS_PER_ENTRY = 120;

export function uniqueTags(tags: Iterable<string>): string[] {
  return [...new Set(tags)];
}
