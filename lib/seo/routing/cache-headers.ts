// Cache-Control for the reader site, set in one place (the proxy) because Next's own value
// for prerendered pages is `s-maxage=31536000`: a CDN would keep a page for a year while
// the origin revalidates it on every editorial change. Public pages are therefore short-lived
// at the CDN (and served stale briefly while it refetches); browsers always revalidate.
export const PUBLIC_MAX_AGE_S = 60;
export const STALE_WHILE_REVALIDATE_S = 300;

export const PUBLIC_CACHE_CONTROL = `public, max-age=0, s-maxage=${PUBLIC_MAX_AGE_S}, stale-while-revalidate=${STALE_WHILE_REVALIDATE_S}`;
export const PRIVATE_CACHE_CONTROL = 'private, no-store';

/** Next's draft-mode cookie: an editor previewing unpublished content. */
export const DRAFT_MODE_COOKIE = '__prerender_bypass';

/**
 * Sets the caching and indexing headers of a reader-site response. Previews are private and
 * noindex. Public responses never set cookies: next-intl would set NEXT_LOCALE on a first
 * visit whose Accept-Language differs from the page, and a CDN either refuses to cache such a
 * response or, worse, hands that cookie to the next reader. The language switcher (next-intl's
 * Link) still records a reader's explicit choice in the browser.
 */
export function applyReaderHeaders(headers: Headers, preview: boolean): void {
  if (preview) {
    headers.set('Cache-Control', PRIVATE_CACHE_CONTROL);
    headers.set('X-Robots-Tag', 'noindex');
    return;
  }
  headers.delete('set-cookie');
  headers.set('Cache-Control', PUBLIC_CACHE_CONTROL);
}
