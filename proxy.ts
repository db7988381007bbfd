// Request routing only: "/" goes to the reader's language, everything else through
// next-intl. Never an access check: pages, actions and route handlers authorise themselves.
import { NextResponse, type NextRequest } from 'next/server';
import createMiddleware from 'next-intl/middleware';
import { negotiateLocale } from './i18n/negotiate';
import { LOCALE_PREFIX } from './i18n/locales';
import { routing } from './i18n/routing';

const intl = createMiddleware(routing);

export default function proxy(request: NextRequest) {
  if (request.nextUrl.pathname === '/') {
    const locale = negotiateLocale(request.cookies.get('NEXT_LOCALE')?.value, request.headers.get('accept-language'));
    const url = request.nextUrl.clone();
    url.pathname = LOCALE_PREFIX[locale];
    const response = NextResponse.redirect(url, 307);
    response.headers.set('Vary', 'Cookie, Accept-Language');
    return response;
  }
  return intl(request);
}

export const config = {
  // Everything but API routes, Next internals and files with an extension.
  matcher: ['/((?!api|_next|_vercel|.*\\..*).*)'],
};
