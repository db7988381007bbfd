// A series page: its description and one page of its published pieces, in order.
import { getTranslations } from 'next-intl/server';
import { toUrlLocale, type Locale } from '@/i18n/locales';
import type { SeriesPage } from '@/lib/pieces/types';
import { seriesPagePath } from '@/lib/pieces/series-paths';
import { PaginationNav } from './pagination-nav';
import { PieceCard } from './piece-card';
import { SiteHeader } from './site-header';

export async function SeriesListing({ series, locale, children }: { series: SeriesPage; locale: Locale; children?: React.ReactNode }) {
  const t = await getTranslations({ locale: toUrlLocale(locale), namespace: 'Series' });
  return (
    <>
      <SiteHeader locale={locale} path={seriesPagePath(series.slug, series.page)} />
      <main id="main" className="page">
        {children}
        <p className="kicker">{t('partOf')}</p>
        <h1>{series.title}</h1>
        <p className="lede">{series.description}</p>
        <section aria-labelledby="pieces-heading">
          <h2 id="pieces-heading">{series.pageCount > 1 ? t('piecesHeadingPage', { page: series.page, count: series.pageCount }) : t('piecesHeading')}</h2>
          <div className="piece-list">
            {series.pieces.map((p) => (
              <PieceCard key={p.slug} piece={p} locale={locale} />
            ))}
          </div>
        </section>
        <PaginationNav locale={locale} seriesSlug={series.slug} page={series.page} pageCount={series.pageCount} />
      </main>
    </>
  );
}
