// Called by the in-process scheduler only (per-process secret): publishes due pieces and
// expires their cache tags. Anyone else gets 403 and nothing changes. Of several instances,
// only the one holding the scheduler lease publishes; the others answer with nothing done.
import { NextResponse, type NextRequest } from 'next/server';
import { expireInRoute } from '@/lib/cache/expire';
import { publishDuePieces } from '@/lib/pieces/publish';
import { mayPublishDue } from '@/lib/scheduler/leader';
import { isSchedulerToken } from '@/lib/scheduler/token';

const PRIVATE = { 'Cache-Control': 'private, no-store' };

export async function POST(request: NextRequest) {
  if (!isSchedulerToken(request.headers.get('x-scheduler-token'))) {
    return NextResponse.json({ error: 'forbidden' }, { status: 403, headers: PRIVATE });
  }
  if (!(await mayPublishDue())) return NextResponse.json({ published: [], leader: false }, { headers: PRIVATE });
  const published = await publishDuePieces();
  for (const outcome of published) expireInRoute(outcome);
  return NextResponse.json({ published: published.map((p) => `${p.series}/${p.slug}`), leader: true }, { headers: PRIVATE });
}
