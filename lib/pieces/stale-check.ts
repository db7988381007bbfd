// Publishing a piece whose translation lags behind its source takes an explicit yes that
// names the blocks: the editor acknowledges exactly the stale blocks there are now, so a
// block that went stale after the question was asked is asked about again.
import { LOCALES, type Locale } from '@/i18n/locales';
import type { StoredContent } from './schemas';
import { translationState } from './provenance';

export interface StaleBlock {
  blockId: string;
  /** 1-based position in the piece. */
  position: number;
  locale: Locale;
}

export class StaleTranslationError extends Error {
  constructor(readonly stale: StaleBlock[]) {
    super('translation.stale');
    this.name = 'StaleTranslationError';
  }
}

export const staleKey = (s: { blockId: string; locale: Locale }) => `${s.blockId}:${s.locale}`;

export function staleBlocks(content: StoredContent, locales: readonly Locale[] = LOCALES): StaleBlock[] {
  return content.blocks.flatMap((b, i) => locales.filter((l) => translationState(b, l) === 'stale').map((locale) => ({ blockId: b.id, position: i + 1, locale })));
}

/** Throws unless every stale block (in the locales being published) is acknowledged; returns the ones that were. */
export function checkStaleAcknowledged(content: StoredContent, acknowledged: readonly string[] | undefined, locales: readonly Locale[] = LOCALES): StaleBlock[] {
  const stale = staleBlocks(content, locales);
  const yes = new Set(acknowledged ?? []);
  if (stale.some((s) => !yes.has(staleKey(s)))) throw new StaleTranslationError(stale);
  return stale;
}
