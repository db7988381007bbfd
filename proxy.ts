// Request routing only: "/" goes to the reader's language, retired article paths answer
// 301/307/410, everything else goes through next-intl. Never an access check: pages, actions
// and route handlers authorise themselves.
import { NextResponse, type NextRequest } from 'next/server';
import createMiddleware from 'next-intl/middleware';
import { negotiateLocale } from './i18n/negotiate';
import { localePrefix, parseLocale, toUrlLocale } from './i18n/locales';
import { routing } from './i18n/routing';
import { REQUEST_ID_HEADER, requestIdFrom } from './lib/ops/request-id';
import { applyReaderHeaders, DRAFT_MODE_COOKIE } from './lib/seo/routing/cache-headers';
import { lookupRetiredPath } from './lib/seo/routing/retired-paths-cache';
import { retiredResponse } from './lib/seo/routing/retired-response';

const intl = createMiddleware(routing);

export default async function proxy(request: NextRequest) {
  if (request.nextUrl.pathname === '/admin' || request.nextUrl.pathname.startsWith('/admin/')) {
    // The admin panel is not localised by URL. Pass the path on so a page that finds no
    // session can send the editor back here after signing in; each page checks access itself.
    const forwarded = new Headers(request.headers);
    forwarded.set('x-tandem-path', request.nextUrl.pathname + request.nextUrl.search);
    // Server Actions post here: one id for the action's log line and any failure line.
    const requestId = requestIdFrom(request.headers);
    forwarded.set(REQUEST_ID_HEADER, requestId);
    const response = NextResponse.next({ request: { headers: forwarded } });
    response.headers.set(REQUEST_ID_HEADER, requestId);
    return response;
  }
  if (request.nextUrl.pathname === '/') {
    const locale = negotiateLocale(request.cookies.get('NEXT_LOCALE')?.value, request.headers.get('accept-language'));
    const url = request.nextUrl.clone();
    url.pathname = localePrefix(locale);
    const response = NextResponse.redirect(url, 307);
    response.headers.set('Vary', 'Cookie, Accept-Language');
    return response;
  }
  // /ZH-HK/… or /En/…: one canonical, lowercase address per page.
  const [, first = ''] = request.nextUrl.pathname.split('/');
  const locale = parseLocale(first);
  if (locale && first !== toUrlLocale(locale)) {
    const url = request.nextUrl.clone();
    url.pathname = `/${toUrlLocale(locale)}${request.nextUrl.pathname.slice(first.length + 1)}`;
    return NextResponse.redirect(url, 308);
  }
  if (!locale) return intl(request);
  const preview = request.cookies.has(DRAFT_MODE_COOKIE);
  // /<locale>/<series>/<piece> and every path under it (share image, other views): a piece
  // taken down (410), an old slug (301) or a locale the piece is not published in (307 to the
  // version that exists), from an in-memory table refreshed in the background, so articles
  // cost no database query here. Editors previewing an unpublished piece see the page instead.
  if (!preview) {
    const retired = await lookupRetiredPath(request.nextUrl.pathname);
    if (retired) return retiredResponse(retired, locale, request.method);
  }
  const response = intl(request);
  applyReaderHeaders(response.headers, preview);
  return response;
}

export const config = {
  // Everything but API routes, Next internals and files with an extension. Paths under a
  // piece have no dot (opengraph-image, Next's hashed opengraph-image-<hash>, /parallel), so
  // they reach the retired-path lookup.
  matcher: ['/((?!api|_next|_vercel|.*\\..*).*)'],
};
