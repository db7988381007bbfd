// Share image of an article in one locale: its headline in that locale's script.
import { parseLocale, toUrlLocale } from '@/i18n/locales';
import { shareBackground } from '@/lib/media/share';
import { getLiveArticle } from '@/lib/pieces/queries';
import { getPieceSeo } from '@/lib/seo/queries';
import { siteTranslator } from '@/lib/seo/messages';
import { renderShareCard, SHARE_IMAGE_SIZE } from '@/lib/seo/share/share-card';

export const size = SHARE_IMAGE_SIZE;
export const contentType = 'image/png';
// Redrawn when the data it read is expired (its cache tags), and at the latest hourly, so a
// changed headline reaches the card even through a write that did not expire it.
export const revalidate = 3600;

// Drawn on the first request and cached like a page, not all at build time: an archive of
// thousands of pieces would otherwise spend minutes of every build drawing cards.
export function generateStaticParams() {
  return [];
}

export default async function Image({ params }: { params: Promise<{ locale: string; series: string; piece: string }> }) {
  const { locale: segment, series, piece } = await params;
  const locale = parseLocale(segment);
  const seo = locale && toUrlLocale(locale) === segment ? await getPieceSeo(series, piece) : null;
  const text = locale && seo?.texts[locale];
  if (!locale || !seo || !text || !seo.locales.includes(locale)) return new Response('Not found', { status: 404 });
  const t = siteTranslator(locale);
  const background = await shareBackground((await getLiveArticle(series, piece))?.leadImageId);
  return renderShareCard({ locale, headline: text.title, kicker: seo.seriesTitle[locale] ?? '', siteName: t('name'), tagline: t('tagline'), background });
}
