// The photos of an article's image blocks, as feeds show them: absolute addresses of a
// served JPEG (feed readers vary in what they support), with width, height and alt text.
import 'server-only';
import type { Locale } from '@/i18n/locales';
import type { ReaderBlock } from '@/lib/content/blocks';
import { absoluteUrl } from '@/lib/seo/site';
import { mediaForReader } from './queries';
import { mediaFallback } from './urls';

export async function feedPhotos(blocks: ReaderBlock[], locale: Locale): Promise<Record<string, { src: string; width: number; height: number; alt: string }>> {
  const ids = [...new Set(blocks.flatMap((b) => (b.type === 'image' && b.meta.mediaId ? [b.meta.mediaId] : [])))];
  const views = await Promise.all(ids.map((id) => mediaForReader(id)));
  return Object.fromEntries(
    views.flatMap((m) => {
      if (!m) return [];
      const src = mediaFallback(m);
      const width = Number(/\/(\d+)\.jpg$/.exec(src)?.[1] ?? m.width);
      return [[m.id, { src: absoluteUrl(src), width: Math.min(width, m.width), height: Math.round((Math.min(width, m.width) * m.height) / m.width), alt: m.alt[locale] }]];
    }),
  );
}
