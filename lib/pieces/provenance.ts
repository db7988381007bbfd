// What a save does to each block's per-locale provenance, and from it which translations
// are stale. Each locale's text has a revision counter, bumped when its translatable text
// (text and attribution, figure references aside) changes, and `basedOn`: the other
// locale's revision it is known to agree with.
//
// - A locale edited alone, while it agreed with the other, is a new source: the other
//   locale now lags behind it and is stale.
// - A locale edited alone while it was stale (or empty) is its translation being brought up
//   to date: afterwards both agree.
// - Both edited in one save were written together: both agree.
// - Confirming a stale locale says it still agrees, without changing it.
import { LOCALES, type Locale } from '@/i18n/locales';
import { newBlockId } from '@/lib/content/block-id';
import { translatableText } from '@/lib/content/inline';
import type { PieceContent, StoredBlock, StoredBlockText, StoredContent } from './schemas';

export const otherLocale = (l: Locale): Locale => (l === 'zh-HK' ? 'en' : 'zh-HK');

type DraftBlock = PieceContent['blocks'][number];
type Texts = Record<Locale, { text: string; attribution: string }>;

const translatable = (t: { text: string; attribution: string }) => `${translatableText(t.text)}\u0000${t.attribution.trim()}`;

/** A locale's text is stale when the other locale has been revised since it last agreed with it. */
export function isStale(block: Pick<StoredBlock, 'texts'>, locale: Locale): boolean {
  const basedOn = block.texts[locale].basedOn;
  return basedOn !== null && basedOn < block.texts[otherLocale(locale)].rev;
}

type Text = { text: string; attribution: string };
/** Something the other locale has (its text, or a quote's speaker, an image's alt) is still empty here. */
const incomplete = (mine: Text, theirs: Text) => (!mine.text.trim() && theirs.text.trim() !== '') || (!mine.attribution.trim() && theirs.attribution.trim() !== '');

export type TranslationState = 'fresh' | 'stale' | 'missing';

/**
 * Where one locale of a block stands: "missing" when part of it is empty and the other's is not,
 * "stale" when it lags behind the other's revisions. Charts carry no text of their own.
 */
export function translationState(block: Pick<StoredBlock, 'type' | 'texts'>, locale: Locale): TranslationState {
  if (block.type === 'chart') return 'fresh';
  const mine = block.texts[locale];
  const theirs = block.texts[otherLocale(locale)];
  if (incomplete(mine, theirs)) return 'missing';
  if (!mine.text.trim() && !mine.attribution.trim()) return 'fresh';
  return isStale(block, locale) ? 'stale' : 'fresh';
}

function storeBlock(block: DraftBlock & { id: string }, before: StoredBlock | undefined, now: string): StoredBlock {
  const texts: Texts = block.texts;
  if (!before) {
    // A new block: both locales written together (an empty one shows as missing instead).
    const fresh = (l: Locale): StoredBlockText => ({ ...texts[l], rev: 1, writtenAt: now, basedOn: 1 });
    return { id: block.id, type: block.type, meta: block.meta, texts: { 'zh-HK': fresh('zh-HK'), en: fresh('en') } };
  }
  const changed = (l: Locale) => translatable(before.texts[l]) !== translatable(texts[l]);
  const edited = LOCALES.filter(changed);
  // Text outside the translatable part (a figure reference) changes without a new revision.
  const next = Object.fromEntries(LOCALES.map((l) => [l, { ...before.texts[l], ...texts[l] }])) as Record<Locale, StoredBlockText>;
  for (const l of edited) next[l] = { ...next[l], rev: before.texts[l].rev + 1, writtenAt: now };
  if (edited.length === 2) {
    for (const l of LOCALES) next[l].basedOn = next[otherLocale(l)].rev;
  } else if (edited.length === 1) {
    const l = edited[0]!;
    const o = otherLocale(l);
    // Writing a translation that was missing, or lagged, is catching up, not a new source.
    const catchingUp = isStale(before, l) || incomplete(before.texts[l], before.texts[o]);
    next[l].basedOn = next[o].rev;
    // A stale translation brought up to date: the source agrees with it again.
    if (catchingUp) next[o] = { ...next[o], basedOn: next[l].rev };
  }
  return { id: block.id, type: block.type, meta: block.meta, texts: next };
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

/** Marks one locale of a block as checked against the other's current text, without changing it: both agree. */
export function confirmTranslation(block: StoredBlock, locale: Locale, now: Date = new Date()): StoredBlock {
  const o = otherLocale(locale);
  const texts = {
    [locale]: { ...block.texts[locale], writtenAt: now.toISOString(), basedOn: block.texts[o].rev },
    [o]: { ...block.texts[o], basedOn: block.texts[locale].rev },
  } as StoredBlock['texts'];
  return { ...block, texts };
}
