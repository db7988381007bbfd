// The locales a piece is published in ("editions"): stored on Piece as "zh-HK,en", chosen by
// the editor when publishing. A locale left out is not public, so the rows readers read get its
// texts empty, while the working copy keeps them for the translation in progress.
import { LOCALES, isLocale, type Locale } from '@/i18n/locales';
import type { StoredContent } from './schemas';

/** The stored editions in LOCALES order; an unreadable value counts as every locale. */
export function parseEditions(stored: string): Locale[] {
  const listed = new Set(stored.split(',').map((s) => s.trim()));
  const editions = LOCALES.filter((l) => listed.has(l));
  return editions.length ? editions : [...LOCALES];
}

/** The column value of a set of editions, in LOCALES order. */
export function formatEditions(editions: readonly Locale[]): string {
  return LOCALES.filter((l) => editions.includes(l)).join(',');
}

/** Whether a piece is published in every locale. */
export const inEveryLocale = (editions: readonly Locale[]) => LOCALES.every((l) => editions.includes(l));

/** The one locale a piece is published in, or null when it is in every locale. */
export const onlyEdition = (editions: readonly Locale[]): Locale | null => (editions.length === 1 && isLocale(editions[0]) ? editions[0] : null);

const EMPTY_TEXTS = { title: '', standfirst: '', seoTitle: '', seoDescription: '' };

/**
 * The content readers may see: every locale outside `editions` with its headline fields and
 * block texts empty (block ids, order, settings and provenance stay, so the blocks keep their rows).
 */
export function publishedContent(content: StoredContent, editions: readonly Locale[]): StoredContent {
  const hidden = LOCALES.filter((l) => !editions.includes(l));
  if (!hidden.length) return content;
  const texts = { ...content.texts };
  for (const l of hidden) texts[l] = { ...EMPTY_TEXTS };
  return {
    ...content,
    texts,
    blocks: content.blocks.map((b) => {
      const blockTexts = { ...b.texts };
      for (const l of hidden) blockTexts[l] = { ...blockTexts[l], text: '', attribution: '' };
      return { ...b, texts: blockTexts };
    }),
  };
}
