// /<locale>/feed.xml: RSS 2.0 with the full text of the newest pieces in that locale.
import { parseLocale, URL_LOCALES } from '@/i18n/locales';
import { buildFeed } from '@/lib/seo/feed-data';
import { renderRss } from '@/lib/seo/feeds/feeds';
import { xmlResponse } from '@/lib/seo/xml-response';

export const revalidate = 60;
export const dynamicParams = false;

export function generateStaticParams() {
  return URL_LOCALES.map((locale) => ({ locale }));
}

export async function GET(_request: Request, { params }: RouteContext<'/[locale]/feed.xml'>) {
  const locale = parseLocale((await params).locale)!;
  return xmlResponse(renderRss(await buildFeed(locale, 'rss')), 'rss');
}
