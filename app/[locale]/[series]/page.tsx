// Series page: its description and published pieces in order.
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { pageLocale } from '@/i18n/page-locale';
import { DEFAULT_LOCALE, parseLocale } from '@/i18n/locales';
import { JsonLd } from '@/components/reader/json-ld';
import { PieceCard } from '@/components/reader/piece-card';
import { SiteHeader } from '@/components/reader/site-header';
import { getSeries, listSeries } from '@/lib/pieces/queries';
import { seriesJsonLd, seriesMetadata } from '@/lib/seo/page-seo';
import { getSeriesSeo } from '@/lib/seo/queries';

export const dynamicParams = true;

export async function generateStaticParams() {
  const series = await listSeries(DEFAULT_LOCALE);
  return series.map((s) => ({ series: s.slug }));
}

export async function generateMetadata({ params }: PageProps<'/[locale]/[series]'>): Promise<Metadata> {
  const { locale: segment, series: slug } = await params;
  const locale = parseLocale(segment);
  if (!locale) return {};
  const series = await getSeriesSeo(slug);
  return series ? seriesMetadata(series, locale) : {};
}

export default async function SeriesPage({ params }: PageProps<'/[locale]/[series]'>) {
  const { locale: segment, series: slug } = await params;
  const locale = pageLocale(segment);
  const series = await getSeries(slug, locale);
  if (!series) notFound();
  const [t, seo] = await Promise.all([getTranslations({ locale, namespace: 'Series' }), getSeriesSeo(slug)]);
  return (
    <>
      <SiteHeader locale={locale} path={`/${series.slug}`} />
      <main id="main" className="page">
        {seo && <JsonLd data={seriesJsonLd(seo, locale)} />}
        <p className="kicker">{t('partOf')}</p>
        <h1>{series.title}</h1>
        <p className="lede">{series.description}</p>
        <section aria-labelledby="pieces-heading">
          <h2 id="pieces-heading">{t('piecesHeading')}</h2>
          <div className="piece-list">
            {series.pieces.map((p) => (
              <PieceCard key={p.slug} piece={p} locale={locale} />
            ))}
          </div>
        </section>
      </main>
    </>
  );
}
