// Correction notes at the foot of an article, as newsrooms print them: date, figure,
// old and new value, and why.
import { getTranslations } from 'next-intl/server';
import { formatDate } from '@/i18n/format-date';
import { toUrlLocale, type Locale } from '@/i18n/locales';
import type { CorrectionNote } from '@/lib/pieces/types';

export async function UpdateNotes({ notes, locale }: { notes: CorrectionNote[]; locale: Locale }) {
  if (!notes.length) return null;
  const t = await getTranslations({ locale: toUrlLocale(locale), namespace: 'Piece' });
  return (
    <section className="update-notes" aria-labelledby="updates-heading">
      <h2 id="updates-heading">{t('updatesHeading')}</h2>
      <ul>
        {notes.map((n) => (
          <li key={`${n.figureKey}-${n.date.toISOString()}`} data-figure={n.figureKey}>
            <time dateTime={n.date.toISOString()} hidden />
            {t('updateNote', { date: formatDate(n.date, locale), label: n.label, old: n.oldValue, new: n.newValue, reason: n.reason })}
          </li>
        ))}
      </ul>
    </section>
  );
}
