// All figures as JSON, with both locales' labels, sources and as-of dates; always current.
import { figureRecords } from '@/lib/data/exports';

export const dynamic = 'force-dynamic';

export async function GET() {
  return Response.json({ figures: await figureRecords() }, { headers: { 'Cache-Control': 'public, max-age=0, must-revalidate' } });
}
