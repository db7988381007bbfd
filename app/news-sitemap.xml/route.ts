// /news-sitemap.xml: Google News sitemap of the pieces published in the last two days.
import { getReaderSite } from '@/lib/seo/queries';
import { newsUrls, renderNewsSitemap } from '@/lib/seo/sitemaps/news-sitemap';
import { xmlResponse } from '@/lib/seo/xml-response';

// The two-day window moves with the clock, so this regenerates at least once a minute.
export const revalidate = 60;

export async function GET() {
  const site = await getReaderSite();
  return xmlResponse(renderNewsSitemap(newsUrls(site.pieces, new Date())));
}
