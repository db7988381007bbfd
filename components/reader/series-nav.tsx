// Previous and next pieces within a series.
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { toUrlLocale, type Locale } from '@/i18n/locales';
import type { PieceSummary } from '@/lib/pieces/types';

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
      {previous && (
        <Link href={`/${previous.seriesSlug}/${previous.slug}`} rel="prev" className="prev">
          <span className="label">{t('previous')}</span> {previous.title}
        </Link>
      )}
      {next && (
        <Link href={`/${next.seriesSlug}/${next.slug}`} rel="next" className="next">
          <span className="label">{t('next')}</span> {next.title}
        </Link>
      )}
    </nav>
  );
}
