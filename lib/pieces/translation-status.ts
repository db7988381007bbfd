// How far each locale of a piece's working copy is translated: which blocks are stale or
// missing, counted per locale and kept in PieceTranslation with every revision, so the
// dashboard can list "needs translation" without reading snapshots.
import { LOCALES, type Locale } from '@/i18n/locales';
import type { StoredContent } from './schemas';
import { otherLocale, translationState, type TranslationState } from './provenance';

export interface BlockTranslation {
  id: string;
  /** 1-based position in the piece. */
  position: number;
  state: Record<Locale, TranslationState>;
}

export interface LocaleTranslation {
  stale: number;
  missing: number;
}

export function blockTranslations(content: StoredContent): BlockTranslation[] {
  return content.blocks.map((b, i) => ({ id: b.id, position: i + 1, state: { 'zh-HK': translationState(b, 'zh-HK'), en: translationState(b, 'en') } }));
}

/** Stale and missing blocks per locale; a headline or standfirst empty in one locale only counts as missing too. */
export function translationCounts(content: StoredContent): Record<Locale, LocaleTranslation> {
  const blocks = blockTranslations(content);
  const count = (l: Locale): LocaleTranslation => {
    const head = (['title', 'standfirst'] as const).filter((f) => !content.texts[l][f].trim() && content.texts[otherLocale(l)][f].trim()).length;
    return {
      stale: blocks.filter((b) => b.state[l] === 'stale').length,
      missing: head + blocks.filter((b) => b.state[l] === 'missing').length,
    };
  };
  return Object.fromEntries(LOCALES.map((l) => [l, count(l)])) as Record<Locale, LocaleTranslation>;
}

/** The blocks a reader of `locale` would read in an outdated translation. */
export const staleBlockIds = (content: { blocks: Pick<StoredContent['blocks'][number], 'id' | 'type' | 'texts'>[] }, locale: Locale): string[] =>
  content.blocks.filter((b) => translationState(b, locale) === 'stale').map((b) => b.id);
