// The proxy's answers for retired article paths: 301 to the new slug, 307 to the version of a
// one-locale piece that exists, or a small localised 410 page. HEAD gets the same status and
// headers without a body.
import type { Locale } from '@/i18n/locales';
import { PUBLIC_CACHE_CONTROL } from './cache-headers';
import { seoTranslator } from '../messages';
import { escapeHtml } from '../feeds/render-html';
import type { RetiredPath } from './retired-paths';
import { absoluteUrl, localePath } from '../site';

export function goneHtml(locale: Locale): string {
  const t = seoTranslator(locale);
  return `<!DOCTYPE html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(t('goneTitle'))}</title>
<style>body{font:1.125rem/1.6 system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;color:#1a1a1a}</style>
</head>
<body>
<main>
<h1>${escapeHtml(t('goneTitle'))}</h1>
<p>${escapeHtml(t('goneBody'))}</p>
<p><a href="${escapeHtml(localePath(locale))}">${escapeHtml(t('goneHome'))}</a></p>
</main>
</body>
</html>
`;
}

export function retiredResponse(retired: RetiredPath, locale: Locale, method: string): Response {
  const headers = new Headers({ 'Cache-Control': PUBLIC_CACHE_CONTROL });
  if (retired.status !== 410) {
    headers.set('Location', absoluteUrl(retired.location));
    return new Response(null, { status: retired.status, headers });
  }
  headers.set('Content-Type', 'text/html; charset=utf-8');
  headers.set('X-Robots-Tag', 'noindex');
  return new Response(method === 'HEAD' ? null : goneHtml(locale), { status: 410, headers });
}
