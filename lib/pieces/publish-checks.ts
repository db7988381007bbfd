// What stops a piece from going public in the locales chosen: an incomplete locale, a draft
// marker left in a title or standfirst, a photo without alt text. Pure, so the checklist the
// editor reads and the publish transaction that enforces it run the very same rules.
import { LOCALES, type Locale } from '@/i18n/locales';
import { missingFields, type MissingField } from './completeness';
import type { PieceContent } from './schemas';

export type BlockingItem =
  | ({ kind: 'incomplete' } & MissingField)
  | { kind: 'draftMarker'; locale: Locale; field: 'title' | 'standfirst'; marker: string }
  | { kind: 'altMissing'; locale: Locale; block: number };

// 草稿 covers 【草稿】; "draft" as a word covers Draft, [Draft] and DRAFT, but not "drafted".
const DRAFT_MARKERS = [/【草稿】/, /草稿/, /\[draft\]/i, /\bdraft\b/i];

/** The draft marker a text carries, as written, or null. */
export function draftMarker(text: string): string | null {
  for (const re of DRAFT_MARKERS) {
    const m = re.exec(text);
    if (m) return m[0];
  }
  return null;
}

/**
 * Whether an image block shows a photo: a stored photo (`meta.mediaId`) or an address
 * (`meta.src`). Read loosely, since not every version of the block settings has both.
 */
export function hasPhoto(block: Pick<PieceContent['blocks'][number], 'type' | 'meta'>): boolean {
  if (block.type !== 'image') return false;
  const meta = (block.meta ?? {}) as Record<string, unknown>;
  const set = (v: unknown) => (typeof v === 'string' && v.trim() !== '') || (typeof v === 'number' && Number.isFinite(v));
  return set(meta.mediaId) || set(meta.src);
}

/** Everything that must be fixed before `content` may go public in `editions`, in LOCALES order. */
export function blockingItems(content: PieceContent, editions: readonly Locale[]): BlockingItem[] {
  const items: BlockingItem[] = missingFields(content, editions).map((m) => ({ kind: 'incomplete', ...m }));
  for (const locale of LOCALES.filter((l) => editions.includes(l))) {
    for (const field of ['title', 'standfirst'] as const) {
      const marker = draftMarker(content.texts[locale][field]);
      if (marker) items.push({ kind: 'draftMarker', locale, field, marker });
    }
    content.blocks.forEach((b, i) => {
      // Image blocks keep their alt text in `attribution`.
      if (hasPhoto(b) && !b.texts[locale].attribution.trim()) items.push({ kind: 'altMissing', locale, block: i + 1 });
    });
  }
  return items;
}

/** Message keys (under Admin) that say a blocking item in words. */
export type BlockingKey =
  | 'publish.check.incompleteField'
  | 'publish.check.incompleteBody'
  | 'publish.check.incompleteBlock'
  | 'publish.check.draftMarker'
  | 'publish.check.altMissing'
  | 'publish.check.fieldTitle'
  | 'publish.check.fieldStandfirst'
  | 'publish.check.localeZh'
  | 'publish.check.localeEn';
type Say = (key: BlockingKey, values?: Record<string, string | number>) => string;

/** One blocking item in the editor's language ("English: the headline still says “Draft”"). */
export function describeBlocking(item: BlockingItem, say: Say): string {
  const locale = say(item.locale === 'zh-HK' ? 'publish.check.localeZh' : 'publish.check.localeEn');
  const fieldName = (f: 'title' | 'standfirst') => say(f === 'title' ? 'publish.check.fieldTitle' : 'publish.check.fieldStandfirst');
  switch (item.kind) {
    case 'draftMarker':
      return say('publish.check.draftMarker', { locale, field: fieldName(item.field), marker: item.marker });
    case 'altMissing':
      return say('publish.check.altMissing', { locale, block: item.block });
    case 'incomplete':
      if (item.field === 'body') return say('publish.check.incompleteBody', { locale });
      if (item.field === 'block') return say('publish.check.incompleteBlock', { locale, block: item.block ?? 0 });
      return say('publish.check.incompleteField', { locale, field: fieldName(item.field) });
  }
}
