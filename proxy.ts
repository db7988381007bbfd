// Request routing only: "/" goes to the reader's language, everything else through
// next-intl. Never an access check: pages, actions and route handlers authorise themselves.
import { NextResponse, type NextRequest } from 'next/server';
import createMiddleware from 'next-intl/middleware';
import { negotiateLocale } from './i18n/negotiate';
import { localePrefix, parseLocale, toUrlLocale } from './i18n/locales';
import { routing } from './i18n/routing';

const intl = createMiddleware(routing);

export default function proxy(request: NextRequest) {
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
  return intl(request);
}

export const config = {
  // Everything but API routes, Next internals and files with an extension.
  matcher: ['/((?!api|_next|_vercel|.*\\..*).*)'],
};
