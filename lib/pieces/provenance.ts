// What a save does to each block's per-locale provenance. A locale whose text changed gets
// a new revision, written now, against the other locale's revision after this save; a
// locale left alone keeps what it had. So when the Chinese of a paragraph changes and the
// English does not, the English is left "based on" an older Chinese: a stale translation.
import { LOCALES, type Locale } from '@/i18n/locales';
import { newBlockId } from '@/lib/content/block-id';
import type { PieceContent, StoredBlock, StoredContent } from './schemas';

const other = (l: Locale): Locale => (l === 'zh-HK' ? 'en' : 'zh-HK');

type DraftBlock = PieceContent['blocks'][number];

function storeBlock(block: DraftBlock & { id: string }, before: StoredBlock | undefined, now: string): StoredBlock {
  const changed = (l: Locale) => !before || before.texts[l].text !== block.texts[l].text || before.texts[l].attribution !== block.texts[l].attribution;
  const rev = (l: Locale) => (before ? before.texts[l].rev + (changed(l) ? 1 : 0) : 1);
  const texts = {} as StoredBlock['texts'];
  for (const l of LOCALES) {
    const { text, attribution } = block.texts[l];
    texts[l] = changed(l) ? { text, attribution, rev: rev(l), writtenAt: now, basedOn: rev(other(l)) } : { ...before!.texts[l], text, attribution };
  }
  return { id: block.id, type: block.type, meta: block.meta, texts };
}

/**
 * The content as a revision stores it: blocks without an id get one, and each block's
 * provenance follows from the block with the same id in `base` (the revision saved on).
 */
export function storeContent(input: PieceContent, base: StoredContent | null, now: Date = new Date()): StoredContent {
  const previous = new Map((base?.blocks ?? []).map((b) => [b.id, b]));
  const at = now.toISOString();
  return {
    slug: input.slug,
    texts: input.texts,
    blocks: input.blocks.map((b) => {
      const id = b.id ?? newBlockId();
      return storeBlock({ ...b, id }, previous.get(id), at);
    }),
  };
}

/** Marks one locale of a block as checked against the other's current text, without changing it. */
export function confirmTranslation(block: StoredBlock, locale: Locale, now: Date = new Date()): StoredBlock {
  const texts = { ...block.texts, [locale]: { ...block.texts[locale], writtenAt: now.toISOString(), basedOn: block.texts[other(locale)].rev } };
  return { ...block, texts };
}

/** A locale's text is stale when the other locale has been revised since it was written against it. */
export function isStale(block: StoredBlock, locale: Locale): boolean {
  const basedOn = block.texts[locale].basedOn;
  return basedOn !== null && basedOn < block.texts[other(locale)].rev;
}
