// Share image of a series page in one locale.
import { parseLocale, toUrlLocale } from '@/i18n/locales';
import { siteTranslator } from '@/lib/seo/messages';
import { seriesLocales } from '@/lib/seo/metadata/page-seo';
import { getReaderSite, getSeriesSeo } from '@/lib/seo/queries';
import { renderShareCard, SHARE_IMAGE_SIZE } from '@/lib/seo/share/share-card';

export const size = SHARE_IMAGE_SIZE;
export const contentType = 'image/png';
// Redrawn when the data it read is expired (its cache tags), and at the latest hourly, so a
// changed headline reaches the card even through a write that did not expire it.
export const revalidate = 3600;

export async function generateStaticParams() {
  const { series } = await getReaderSite();
  return series.flatMap((s) => seriesLocales(s).map((l) => ({ locale: toUrlLocale(l), series: s.slug })));
}

export default async function Image({ params }: { params: Promise<{ locale: string; series: string }> }) {
  const { locale: segment, series } = await params;
  const locale = parseLocale(segment);
  const seo = locale && toUrlLocale(locale) === segment ? await getSeriesSeo(series) : null;
  const text = locale && seo?.texts[locale];
  if (!locale || !text) return new Response('Not found', { status: 404 });
  const t = siteTranslator(locale);
  return renderShareCard({ locale, headline: text.title, kicker: t('tagline'), siteName: t('name'), tagline: '' });
}
