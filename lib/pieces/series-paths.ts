// Addresses of a series' pages: page 1 is the series itself, later ones /<series>/page/<k>,
// so every page is a cacheable path rather than a query string that makes the route dynamic.
export function seriesPagePath(seriesSlug: string, page: number): string {
  return page <= 1 ? `/${seriesSlug}` : `/${seriesSlug}/page/${page}`;
}

/** The page number in a /page/<k> segment: an integer ≥ 2 written without leading zeros, else null. */
export function parsePageSegment(segment: string): number | null {
  return /^[1-9]\d{0,5}$/.test(segment) && Number(segment) >= 2 ? Number(segment) : null;
}
