// A piece's content as stored in a revision, and its text as the history shows it.
import type { Locale } from '@/i18n/locales';
import { storedContentSchema, type PieceContent, type StoredContent } from './schemas';

export function parseSnapshot(json: string): StoredContent {
  return storedContentSchema.parse(JSON.parse(json));
}

/** One block's text in one locale as the history shows it: a prefix for its kind, then text and attribution. */
export function blockText(block: PieceContent['blocks'][number], locale: Locale): string {
  const x = block.texts[locale];
  const prefix =
    block.type === 'heading' ? '## ' : block.type === 'quote' ? '> ' : block.type === 'image' ? '[image] ' : block.type === 'chart' ? `[chart ${block.meta.chartId ?? ''}] ` : '';
  return prefix + x.text + (x.attribution ? ` — ${x.attribution}` : '');
}

/** The headline fields of one locale as plain text, for diffs. */
export function headText(c: PieceContent, locale: Locale): string {
  const t = c.texts[locale];
  return [`# ${t.title}`, t.standfirst, `SEO: ${t.seoTitle} | ${t.seoDescription}`, `slug: ${c.slug}`].join('\n\n');
}

/** Plain text of one locale of a content, block per paragraph. */
export function snapshotText(c: PieceContent, locale: Locale): string {
  return [headText(c, locale), ...c.blocks.map((b) => blockText(b, locale))].join('\n\n');
}
