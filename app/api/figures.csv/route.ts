// All figures as CSV (UTF-8 with BOM), always current.
import { figuresCsv } from '@/lib/data/exports';

export const dynamic = 'force-dynamic';

export async function GET() {
  return new Response(await figuresCsv(), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': 'attachment; filename="tandem-figures.csv"',
      'Cache-Control': 'public, max-age=0, must-revalidate',
    },
  });
}
