// Leaves draft mode and returns to the public page.
import { draftMode } from 'next/headers';
import { NextResponse, type NextRequest } from 'next/server';

export async function GET(request: NextRequest) {
  (await draftMode()).disable();
  const back = request.nextUrl.searchParams.get('to') ?? '/';
  const safe = back.startsWith('/') && !back.startsWith('//') ? back : '/';
  return new NextResponse(null, { status: 303, headers: { Location: safe, 'Cache-Control': 'private, no-store' } });
}
