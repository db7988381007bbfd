// Serves a library photo resized and re-encoded: /media/<id>/<hash>/<width>.<avif|webp|jpg>.
// The hash is the photo's content hash, so an address never changes meaning and may be cached for ever.
import { assetForServing } from '@/lib/media/queries';
import { SERVED_TYPES, type ServedExt } from '@/lib/media/limits';
import { mediaStore } from '@/lib/media/store';
import { variantBytes } from '@/lib/media/variants';

const FILE = /^(\d{3,4})\.(avif|webp|jpg)$/;

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', 'Content-Type': 'text/plain; charset=utf-8' } });
}

export async function GET(_request: Request, { params }: RouteContext<'/media/[id]/[hash]/[file]'>): Promise<Response> {
  const { id, hash, file } = await params;
  const match = FILE.exec(file);
  if (!match) return notFound();
  const asset = await assetForServing(id);
  if (!asset || asset.hash !== hash) return notFound();
  const ext = match[2] as ServedExt;
  const bytes = await variantBytes(mediaStore(), asset, Number(match[1]), ext);
  if (!bytes) return notFound();
  return new Response(new Uint8Array(bytes), {
    headers: {
      'Content-Type': SERVED_TYPES[ext],
      'Content-Length': String(bytes.length),
      'Cache-Control': 'public, max-age=31536000, immutable',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
