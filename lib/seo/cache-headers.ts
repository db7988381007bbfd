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
 * noindex. A response that sets a cookie (next-intl remembers a reader's language) is private
 * too: a shared cache must never hand one reader's cookie to another.
 */
export function applyReaderHeaders(headers: Headers, preview: boolean): void {
  if (preview) {
    headers.set('Cache-Control', PRIVATE_CACHE_CONTROL);
    headers.set('X-Robots-Tag', 'noindex');
  } else if (headers.has('set-cookie')) {
    headers.set('Cache-Control', PRIVATE_CACHE_CONTROL);
  } else {
    headers.set('Cache-Control', PUBLIC_CACHE_CONTROL);
  }
}
