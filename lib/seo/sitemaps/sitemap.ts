// sitemap.xml: every published page of both locales with hreflang alternates (x-default
// included) and lastmod. Past SITEMAP_MAX_URLS it becomes an index of numbered child files.
import { LOCALES, type Locale } from '@/i18n/locales';
import { hreflangAlternates, type HreflangMap } from '../metadata/alternates';
import { seriesPagePath } from '@/lib/pieces/series-paths';
import { sitemapChunkPath } from '../feeds/feeds-paths';
import { newestModifiedOf } from '../dates';
import { absoluteUrl, pageUrl } from '../site';
import type { ReaderSite } from '../types';
import { escapeXml, w3cDate, XML_DECLARATION } from '../xml';

export const SITEMAP_MAX_URLS = 5000;

export interface SitemapUrl {
  loc: string;
  lastmod: Date | null;
  alternates: HreflangMap;
}

function entriesFor(path: string, locales: readonly Locale[], lastmod: Date | null): SitemapUrl[] {
  const alternates = hreflangAlternates(path, locales);
  return locales.map((locale) => ({ loc: pageUrl(locale, path), lastmod, alternates }));
}

/** Pages that exist in every locale and change only with a deploy. */
export const STATIC_PAGES = ['/about'] as const;

export interface SitemapOptions {
  locales?: readonly Locale[];
  /** Pieces per series page (lib/pieces/listings); later pages are listed when given. */
  seriesPageSize?: number;
}

/**
 * Front pages, series pages (and their later pages), article pages, the about page and the
 * open-data pages (the index and one per figure), each in every locale it exists in.
 */
export function sitemapUrls(site: ReaderSite, { locales = LOCALES, seriesPageSize }: SitemapOptions = {}): SitemapUrl[] {
  const urls = entriesFor('', locales, newestModifiedOf(site.pieces));
  for (const s of site.series) {
    if (!s.pieces.length) continue;
    const seriesLocales = locales.filter((l) => s.texts[l]?.title && s.pieces.some((p) => p.locales.includes(l)));
    urls.push(...entriesFor(`/${s.slug}`, seriesLocales, newestModifiedOf(s.pieces)));
    for (let page = 2; seriesPageSize && (page - 1) * seriesPageSize < s.pieces.length; page++) {
      const onPage = s.pieces.slice((page - 1) * seriesPageSize, page * seriesPageSize);
      urls.push(...entriesFor(seriesPagePath(s.slug, page), seriesLocales, newestModifiedOf(onPage)));
    }
  }
  for (const p of site.pieces) urls.push(...entriesFor(`/${p.seriesSlug}/${p.slug}`, p.locales, p.modifiedAt));
  for (const path of STATIC_PAGES) urls.push(...entriesFor(path, locales, null));
  const newestFigure = site.figures.reduce<Date | null>((max, f) => (!max || f.updatedAt > max ? f.updatedAt : max), null);
  urls.push(...entriesFor('/data', locales, newestFigure));
  for (const f of site.figures) urls.push(...entriesFor(`/data/${f.key}`, locales, f.updatedAt));
  return urls;
}

function urlElement(u: SitemapUrl): string {
  const links = Object.entries(u.alternates).map(([hreflang, href]) => `<xhtml:link rel="alternate" hreflang="${escapeXml(hreflang)}" href="${escapeXml(href)}"/>`);
  const lastmod = u.lastmod ? `<lastmod>${w3cDate(u.lastmod)}</lastmod>` : '';
  return `<url><loc>${escapeXml(u.loc)}</loc>${lastmod}${links.join('')}</url>`;
}

export function renderUrlset(urls: SitemapUrl[]): string {
  return [
    XML_DECLARATION,
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...urls.map(urlElement),
    '</urlset>',
    '',
  ].join('\n');
}

export function renderSitemapIndex(sitemaps: { loc: string; lastmod: Date | null }[]): string {
  return [
    XML_DECLARATION,
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...sitemaps.map((s) => `<sitemap><loc>${escapeXml(s.loc)}</loc>${s.lastmod ? `<lastmod>${w3cDate(s.lastmod)}</lastmod>` : ''}</sitemap>`),
    '</sitemapindex>',
    '',
  ].join('\n');
}

export function chunkCount(urls: SitemapUrl[], max = SITEMAP_MAX_URLS): number {
  return Math.max(1, Math.ceil(urls.length / max));
}

/** /sitemap.xml: the urlset itself, or an index of the child sitemaps once it is too long. */
export function renderRootSitemap(urls: SitemapUrl[], max = SITEMAP_MAX_URLS): string {
  if (urls.length <= max) return renderUrlset(urls);
  const chunks = Array.from({ length: chunkCount(urls, max) }, (_, i) => urls.slice(i * max, (i + 1) * max));
  return renderSitemapIndex(
    chunks.map((chunk, i) => ({
      loc: absoluteUrl(sitemapChunkPath(i + 1)),
      lastmod: chunk.reduce<Date | null>((max, u) => (u.lastmod && (!max || u.lastmod > max) ? u.lastmod : max), null),
    })),
  );
}

/** Child sitemap n (1-based); null when the site has no such chunk (or needs no index). */
export function renderChunkSitemap(urls: SitemapUrl[], n: number, max = SITEMAP_MAX_URLS): string | null {
  if (urls.length <= max || !Number.isInteger(n) || n < 1 || n > chunkCount(urls, max)) return null;
  return renderUrlset(urls.slice((n - 1) * max, n * max));
}
