// Addresses of the feeds and sitemaps, shared by routes, <head> links, robots.txt and revalidation.
import type { Locale } from '@/i18n/locales';
import { localePath } from '../site';

export const SITEMAP_PATH = '/sitemap.xml';
export const NEWS_SITEMAP_PATH = '/news-sitemap.xml';
/** Child sitemaps when the site outgrows one file: /sitemap/1.xml, /sitemap/2.xml, … */
export const sitemapChunkPath = (n: number) => `/sitemap/${n}.xml`;

export const rssPath = (locale: Locale) => localePath(locale, '/feed.xml');
export const atomPath = (locale: Locale) => localePath(locale, '/atom.xml');
