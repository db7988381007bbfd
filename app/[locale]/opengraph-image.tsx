// Share image of the front page in one locale.
import { parseLocale, toUrlLocale, URL_LOCALES } from '@/i18n/locales';
import { homeTranslator, siteTranslator } from '@/lib/seo/messages';
import { renderShareCard, SHARE_IMAGE_SIZE } from '@/lib/seo/share/share-card';

export const size = SHARE_IMAGE_SIZE;
export const contentType = 'image/png';

export function generateStaticParams() {
  return URL_LOCALES.map((locale) => ({ locale }));
}

export default async function Image({ params }: { params: Promise<{ locale: string }> }) {
  const { locale: segment } = await params;
  const locale = parseLocale(segment);
  if (!locale || toUrlLocale(locale) !== segment) return new Response('Not found', { status: 404 });
  const t = siteTranslator(locale);
  return renderShareCard({ locale, headline: homeTranslator(locale)('title'), kicker: t('tagline'), siteName: t('name'), tagline: '' });
}
