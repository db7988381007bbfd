// Correction notes as sentences, the same words the article foot prints.
import { formatDate } from '@/i18n/format-date';
import type { Locale } from '@/i18n/locales';
import type { CorrectionNote } from '@/lib/pieces/types';
import { pieceTranslator } from '../messages';
import type { CorrectionInput } from './json-ld';

export function correctionTexts(notes: CorrectionNote[], locale: Locale): CorrectionInput[] {
  const t = pieceTranslator(locale);
  return notes.map((n) => ({
    date: n.date,
    text: t('updateNote', { date: formatDate(n.date, locale), label: n.label, old: n.oldValue, new: n.newValue, reason: n.reason }),
  }));
}
