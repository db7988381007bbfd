// Health probe for load balancers and monitors: 200 when this instance can serve, 503
// naming the failing part otherwise. Open to anyone on purpose: it says nothing secret.
import { NextResponse } from 'next/server';
import { checkHealth, configuredRedisUrl } from '@/lib/ops/health';

export const dynamic = 'force-dynamic';

export async function GET(_request: Request) {
  const report = await checkHealth({ redisUrl: configuredRedisUrl() });
  return NextResponse.json(report, { status: report.status === 'ok' ? 200 : 503, headers: { 'Cache-Control': 'no-store' } });
}
