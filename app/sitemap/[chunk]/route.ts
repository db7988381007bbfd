// /sitemap/<n>.xml: the n-th child of the sitemap index, once the site has over 5,000 URLs.
import { SERIES_PAGE_SIZE } from '@/lib/pieces/listings';
import { getReaderSite } from '@/lib/seo/queries';
import { renderChunkSitemap, sitemapUrls } from '@/lib/seo/sitemaps/sitemap';
import { xmlResponse } from '@/lib/seo/xml-response';

export const revalidate = 60;

export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: RouteContext<'/sitemap/[chunk]'>) {
  const { chunk } = await params;
  const match = /^([1-9]\d{0,4})\.xml$/.exec(chunk);
  const xml = match ? renderChunkSitemap(sitemapUrls(await getReaderSite(), { seriesPageSize: SERIES_PAGE_SIZE }), Number(match[1])) : null;
  return xml ? xmlResponse(xml) : new Response('Not found', { status: 404 });
}
