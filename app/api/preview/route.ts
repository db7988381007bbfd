// Draft-mode preview of a piece's working copy, for signed-in editors only.
import { draftMode } from 'next/headers';
import { NextResponse, type NextRequest } from 'next/server';
import { z } from 'zod';
import { parseLocale, toUrlLocale } from '@/i18n/locales';
import { AuthError, requireUser } from '@/lib/auth/session';
import { piecePath } from '@/lib/pieces/admin-queries';

const querySchema = z.object({ piece: z.string().min(1).max(40), locale: z.string().max(10) });

export async function GET(request: NextRequest) {
  try {
    await requireUser('piece.edit');
  } catch (e) {
    if (e instanceof AuthError) return new NextResponse(e.message, { status: e.status, headers: { 'Cache-Control': 'private, no-store' } });
    throw e;
  }
  const query = querySchema.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  const locale = query.success ? parseLocale(query.data.locale) : null;
  const path = query.success && locale ? await piecePath(query.data.piece) : null;
  if (!query.success || !locale || !path) return new NextResponse('Not found', { status: 404, headers: { 'Cache-Control': 'private, no-store' } });
  (await draftMode()).enable();
  // A relative Location keeps the browser on the host it used, where its session cookie lives.
  return new NextResponse(null, { status: 303, headers: { Location: `/${toUrlLocale(locale)}${path}`, 'Cache-Control': 'private, no-store' } });
}
