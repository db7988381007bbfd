// /sitemap.xml: every published page in both locales, or an index once past 5,000 URLs.
import { SERIES_PAGE_SIZE } from '@/lib/pieces/listings';
import { getReaderSite } from '@/lib/seo/queries';
import { renderRootSitemap, sitemapUrls } from '@/lib/seo/sitemaps/sitemap';
import { xmlResponse } from '@/lib/seo/xml-response';

// Regenerated when the listings or figures are expired (cache tags) and at least once a minute.
export const revalidate = 60;

export async function GET() {
  return xmlResponse(renderRootSitemap(sitemapUrls(await getReaderSite(), { seriesPageSize: SERIES_PAGE_SIZE })));
}
