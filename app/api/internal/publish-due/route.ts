// Called by the in-process scheduler only (per-process secret): publishes due pieces and
// expires their cache tags. Anyone else gets 403 and nothing changes.
import { NextResponse, type NextRequest } from 'next/server';
import { expireInRoute } from '@/lib/cache/expire';
import { publishDuePieces } from '@/lib/pieces/publish';
import { isSchedulerToken } from '@/lib/scheduler/token';

export async function POST(request: NextRequest) {
  if (!isSchedulerToken(request.headers.get('x-scheduler-token'))) {
    return NextResponse.json({ error: 'forbidden' }, { status: 403, headers: { 'Cache-Control': 'private, no-store' } });
  }
  const published = await publishDuePieces();
  for (const outcome of published) expireInRoute(outcome);
  return NextResponse.json({ published: published.map((p) => `${p.series}/${p.slug}`) }, { headers: { 'Cache-Control': 'private, no-store' } });
}
