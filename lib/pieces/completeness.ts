// A piece may be published only when every locale it is published in is complete; this lists what is missing.
import { LOCALES, type Locale } from '@/i18n/locales';
import type { PieceContent } from './schemas';

export interface MissingField {
  locale: Locale;
  /** title | standfirst | body | block */
  field: 'title' | 'standfirst' | 'body' | 'block';
  /** 1-based block number for field "block". */
  block?: number;
}

/** What is missing in `locales` (the editions being published; every locale unless given). */
export function missingFields(content: PieceContent, locales: readonly Locale[] = LOCALES): MissingField[] {
  const missing: MissingField[] = [];
  for (const locale of LOCALES.filter((l) => locales.includes(l))) {
    if (!content.texts[locale].title.trim()) missing.push({ locale, field: 'title' });
    if (!content.texts[locale].standfirst.trim()) missing.push({ locale, field: 'standfirst' });
    if (content.blocks.length === 0) missing.push({ locale, field: 'body' });
    content.blocks.forEach((b, i) => {
      if (b.type !== 'chart' && !b.texts[locale].text.trim()) missing.push({ locale, field: 'block', block: i + 1 });
    });
  }
  return missing;
}
