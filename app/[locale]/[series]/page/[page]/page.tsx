// Later pages of a series (/<series>/page/2 …): 30 pieces each, self-canonical, rendered on
// first request and cached like every reader page.
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { pageLocale } from '@/i18n/page-locale';
import { parseLocale, toUrlLocale } from '@/i18n/locales';
import { JsonLd } from '@/components/reader/json-ld';
import { SeriesListing } from '@/components/reader/series-listing';
import { getSeriesPage, getSeriesTexts } from '@/lib/pieces/listings';
import { parsePageSegment, seriesPagePath } from '@/lib/pieces/series-paths';
import { pageMetadata } from '@/lib/seo/metadata/metadata';
import { seriesJsonLd, seriesLocales } from '@/lib/seo/metadata/page-seo';

export const dynamicParams = true;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<'/[locale]/[series]/page/[page]'>): Promise<Metadata> {
  const { locale: segment, series: slug, page: pageSegment } = await params;
  const locale = parseLocale(segment);
  const page = parsePageSegment(pageSegment);
  const head = locale && page && (await getSeriesTexts(slug));
  const text = locale && head ? head.texts[locale] : undefined;
  if (!locale || !page || !head || !text) return {};
  const t = await getTranslations({ locale: toUrlLocale(locale), namespace: 'Series' });
  return pageMetadata({
    locale,
    path: seriesPagePath(slug, page),
    locales: seriesLocales({ ...head, pieces: [] }),
    title: t('pageTitle', { title: text.title, page }),
    description: text.description,
  });
}

export default async function SeriesLaterPage({ params }: PageProps<'/[locale]/[series]/page/[page]'>) {
  const { locale: segment, series: slug, page: pageSegment } = await params;
  const locale = pageLocale(segment);
  const page = parsePageSegment(pageSegment);
  const [series, head] = await Promise.all([page ? getSeriesPage(slug, locale, page) : null, getSeriesTexts(slug)]);
  if (!series || !head) notFound();
  return (
    <SeriesListing series={series} locale={locale}>
      <JsonLd data={seriesJsonLd({ ...head, pieces: [] }, locale)} />
    </SeriesListing>
  );
}
