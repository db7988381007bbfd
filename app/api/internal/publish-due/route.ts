// Called by the in-process scheduler only (per-process secret): publishes due pieces and
// expires their cache tags. Anyone else gets 403 and nothing changes. Of several instances,
// only the one holding the scheduler lease publishes; the others answer with nothing done.
import { NextResponse, type NextRequest } from 'next/server';
import { expireInRoute } from '@/lib/cache/expire';
import { errorFields } from '@/lib/ops/log';
import { elapsed, logMutation } from '@/lib/ops/mutation-log';
import { requestIdFrom } from '@/lib/ops/request-id';
import { publishDuePieces } from '@/lib/pieces/publish';
import { mayPublishDue } from '@/lib/scheduler/leader';
import { isSchedulerToken } from '@/lib/scheduler/token';

const PRIVATE = { 'Cache-Control': 'private, no-store' };
const ACTION = 'scheduler.publishDue';

export async function POST(request: NextRequest) {
  const start = performance.now();
  const requestId = requestIdFrom(request.headers);
  if (!isSchedulerToken(request.headers.get('x-scheduler-token'))) {
    logMutation({ requestId, userId: null, action: ACTION, outcome: 'refused', reason: 'forbidden', ms: elapsed(start) });
    return NextResponse.json({ error: 'forbidden' }, { status: 403, headers: PRIVATE });
  }
  if (!(await mayPublishDue())) return NextResponse.json({ published: [], leader: false }, { headers: PRIVATE });
  try {
    const published = await publishDuePieces();
    for (const outcome of published) expireInRoute(outcome);
    const paths = published.map((p) => `${p.series}/${p.slug}`);
    // Every tick calls this; only a tick that published something is a mutation worth a line.
    if (paths.length) logMutation({ requestId, userId: null, action: ACTION, outcome: 'ok', ms: elapsed(start) }, { published: paths });
    return NextResponse.json({ published: paths, leader: true }, { headers: PRIVATE });
  } catch (e) {
    logMutation({ requestId, userId: null, action: ACTION, outcome: 'error', ms: elapsed(start) }, errorFields(e));
    throw e;
  }
}
