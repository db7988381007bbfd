// A piece's content as stored in a revision, and what differs between two of them.
import type { Locale } from '@/i18n/locales';
import { LOCALES } from '@/i18n/locales';
import { pieceContentSchema, type PieceContent } from './schemas';

export function parseSnapshot(json: string): PieceContent {
  return pieceContentSchema.parse(JSON.parse(json));
}

/** Human-readable field names that differ between two contents, e.g. "en.title", "block 3 (zh-HK)". */
export function changedFields(a: PieceContent, b: PieceContent): string[] {
  const out: string[] = [];
  if (a.slug !== b.slug) out.push('slug');
  for (const locale of LOCALES) {
    for (const field of ['title', 'standfirst', 'seoTitle', 'seoDescription'] as const) {
      if (a.texts[locale][field] !== b.texts[locale][field]) out.push(`${locale}.${field}`);
    }
  }
  const n = Math.max(a.blocks.length, b.blocks.length);
  for (let i = 0; i < n; i++) {
    const x = a.blocks[i];
    const y = b.blocks[i];
    if (!x || !y || x.type !== y.type || JSON.stringify(x.meta) !== JSON.stringify(y.meta)) {
      out.push(`block ${i + 1}`);
      continue;
    }
    for (const locale of LOCALES) {
      if (x.texts[locale].text !== y.texts[locale].text || x.texts[locale].attribution !== y.texts[locale].attribution) out.push(`block ${i + 1} (${locale})`);
    }
  }
  return out;
}

/** Plain text of one locale of a content, block per paragraph, for diffs. */
export function snapshotText(c: PieceContent, locale: Locale): string {
  const t = c.texts[locale];
  const head = [`# ${t.title}`, t.standfirst, `SEO: ${t.seoTitle} | ${t.seoDescription}`, `slug: ${c.slug}`];
  const body = c.blocks.map((b) => {
    const x = b.texts[locale];
    const prefix = b.type === 'heading' ? '## ' : b.type === 'quote' ? '> ' : b.type === 'image' ? '[image] ' : '';
    return prefix + x.text + (x.attribution ? ` — ${x.attribution}` : '');
  });
  return [...head, ...body].join('\n\n');
}
