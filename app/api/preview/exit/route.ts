// Leaves draft mode and returns to the public page.
import { draftMode } from 'next/headers';
import { NextResponse, type NextRequest } from 'next/server';

/** A path on this site: one leading slash, and nothing a browser reads as another host ("//x", "/\x"). */
const SAME_SITE_PATH = /^\/(?![/\\])[^\\\s\p{Cc}]*$/u;

export async function GET(request: NextRequest) {
  (await draftMode()).disable();
  const back = request.nextUrl.searchParams.get('to') ?? '/';
  const safe = SAME_SITE_PATH.test(back) ? back : '/';
  return new NextResponse(null, { status: 303, headers: { Location: safe, 'Cache-Control': 'private, no-store' } });
}
