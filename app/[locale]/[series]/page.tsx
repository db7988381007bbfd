// Series page: its description and the first page of its published pieces in order.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { pageLocale } from '@/i18n/page-locale';
import { parseLocale } from '@/i18n/locales';
import { JsonLd } from '@/components/reader/json-ld';
import { SeriesListing } from '@/components/reader/series-listing';
import { getSeriesPage, getSeriesTexts, listSeriesSlugs } from '@/lib/pieces/listings';
import { seriesJsonLd, seriesMetadata } from '@/lib/seo/metadata/page-seo';

export const dynamicParams = true;

export async function generateStaticParams() {
  return (await listSeriesSlugs()).map((series) => ({ series }));
}

// The <head> reads only the series' texts (seriesMetadata and seriesJsonLd use nothing else):
// getSeriesSeo would load every piece of the series, and the page would grow with it.
export async function generateMetadata({ params }: PageProps<'/[locale]/[series]'>): Promise<Metadata> {
  const { locale: segment, series: slug } = await params;
  const locale = parseLocale(segment);
  const head = locale && (await getSeriesTexts(slug));
  return locale && head ? seriesMetadata({ ...head, pieces: [] }, locale) : {};
}

export default async function SeriesPage({ params }: PageProps<'/[locale]/[series]'>) {
  const { locale: segment, series: slug } = await params;
  const locale = pageLocale(segment);
  const [series, head] = await Promise.all([getSeriesPage(slug, locale, 1), getSeriesTexts(slug)]);
  if (!series || !head) notFound();
  return (
    <SeriesListing series={series} locale={locale}>
      <JsonLd data={seriesJsonLd({ ...head, pieces: [] }, locale)} />
    </SeriesListing>
  );
}
