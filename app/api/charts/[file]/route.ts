// The dataset behind one chart: /api/charts/<key>.csv
import { chartCsv } from '@/lib/data/exports';

export const dynamic = 'force-dynamic';

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const key = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.csv$/.exec(file)?.[1];
  const csv = key ? await chartCsv(key) : null;
  if (!csv) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  return new Response(csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${key}.csv"`,
      'Cache-Control': 'public, max-age=0, must-revalidate',
    },
  });
}
