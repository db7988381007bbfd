// Links between the pages of a series: previous, "page k of n", next (rel=prev/next).
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { toUrlLocale, type Locale } from '@/i18n/locales';
import { seriesPagePath } from '@/lib/pieces/series-paths';

interface Props {
  locale: Locale;
  seriesSlug: string;
  page: number;
  pageCount: number;
}

export async function PaginationNav({ locale, seriesSlug, page, pageCount }: Props) {
  if (pageCount <= 1) return null;
  const t = await getTranslations({ locale: toUrlLocale(locale), namespace: 'Series' });
  return (
    <nav className="series-nav pagination" aria-label={t('pagination')}>
      {page > 1 && (
        <Link href={seriesPagePath(seriesSlug, page - 1)} rel="prev" className="prev">
          {t('previousPage')}
        </Link>
      )}
      <p className="page-of">{t('pageOf', { page, count: pageCount })}</p>
      {page < pageCount && (
        <Link href={seriesPagePath(seriesSlug, page + 1)} rel="next" className="next">
          {t('nextPage')}
        </Link>
      )}
    </nav>
  );
}
