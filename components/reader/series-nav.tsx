// Previous and next pieces within a series; one published in the other language only is
// still named (readers follow a series in order), linking to that version with a marker.
import { getTranslations } from 'next-intl/server';
import { toUrlLocale, type Locale } from '@/i18n/locales';
import type { PieceSummary } from '@/lib/pieces/types';
import { PieceLink } from './piece-link';

interface Props {
  locale: Locale;
  previous: PieceSummary | null;
  next: PieceSummary | null;
}

export async function SeriesNav({ locale, previous, next }: Props) {
  if (!previous && !next) return null;
  const t = await getTranslations({ locale: toUrlLocale(locale), namespace: 'Piece' });
  return (
    <nav className="series-nav" aria-label={t('seriesNav')}>
      {previous && <PieceLink piece={previous} locale={locale} rel="prev" className="prev" label={<span className="label">{t('previous')} </span>} />}
      {next && <PieceLink piece={next} locale={locale} rel="next" className="next" label={<span className="label">{t('next')} </span>} />}
    </nav>
  );
}
