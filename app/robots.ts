// /robots.txt: the reader site (feeds included: they live under /zh-hk and /en) is open;
// the editors' panel and the API are not. Points to both sitemaps.
import type { MetadataRoute } from 'next';
import { NEWS_SITEMAP_PATH, SITEMAP_PATH } from '@/lib/seo/feeds/feeds-paths';
import { absoluteUrl } from '@/lib/seo/site';

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: ['/admin', '/api/'] }],
    sitemap: [absoluteUrl(SITEMAP_PATH), absoluteUrl(NEWS_SITEMAP_PATH)],
  };
}
