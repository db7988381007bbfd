// Called by the in-process scheduler only (per-process secret): publishes due pieces and
// revalidates their pages. Anyone else gets 403 and nothing changes.
import { NextResponse, type NextRequest } from 'next/server';
import { revalidateSeries } from '@/lib/cache/revalidate';
import { publishDuePieces } from '@/lib/pieces/publish';
import { isSchedulerToken } from '@/lib/scheduler/token';

export async function POST(request: NextRequest) {
  if (!isSchedulerToken(request.headers.get('x-scheduler-token'))) {
    return NextResponse.json({ error: 'forbidden' }, { status: 403, headers: { 'Cache-Control': 'private, no-store' } });
  }
  const published = await publishDuePieces();
  for (const series of new Set(published.map((p) => p.series))) await revalidateSeries(series);
  return NextResponse.json({ published: published.map((p) => `${p.series}/${p.slug}`) }, { headers: { 'Cache-Control': 'private, no-store' } });
}
