// Share image of an article in one locale: its headline in that locale's script.
import { parseLocale, toUrlLocale } from '@/i18n/locales';
import { getReaderSite, getPieceSeo } from '@/lib/seo/queries';
import { siteTranslator } from '@/lib/seo/messages';
import { renderShareCard, SHARE_IMAGE_SIZE } from '@/lib/seo/share-card';

export const size = SHARE_IMAGE_SIZE;
export const contentType = 'image/png';

// Drawn at build time and on revalidation (readerPathsFor lists it), not per request.
export async function generateStaticParams() {
  const { pieces } = await getReaderSite();
  return pieces.flatMap((p) => p.locales.map((l) => ({ locale: toUrlLocale(l), series: p.seriesSlug, piece: p.slug })));
}

export default async function Image({ params }: { params: Promise<{ locale: string; series: string; piece: string }> }) {
  const { locale: segment, series, piece } = await params;
  const locale = parseLocale(segment);
  const seo = locale && toUrlLocale(locale) === segment ? await getPieceSeo(series, piece) : null;
  const text = locale && seo?.texts[locale];
  if (!locale || !seo || !text || !seo.locales.includes(locale)) return new Response('Not found', { status: 404 });
  const t = siteTranslator(locale);
  return renderShareCard({ locale, headline: text.title, kicker: seo.seriesTitle[locale] ?? '', siteName: t('name'), tagline: t('tagline') });
}
