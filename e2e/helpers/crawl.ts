// A search engine's walk of the site: robots.txt, the sitemaps it names, then every page
// they list, read as a browser renders it. The walk is split into tests by kind of page, each
// with a budget that grows with its number of pages (crawlTests).
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { displayWidth } from '../../lib/seo/metadata/text-length';

export function parseXml(xml: string): Record<string, any> {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`Invalid XML: ${valid.err.msg} (line ${valid.err.line})`);
  return new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    parseTagValue: false,
    isArray: (name, jpath) => ['url', 'xhtml:link', 'sitemap', 'item', 'entry'].includes(name) || (String(jpath).startsWith('feed.') && name === 'link'),
  }).parse(xml);
}

export type Hreflang = Record<string, string>;

export interface SitemapEntry {
  loc: string;
  lastmod: string;
  alternates: Hreflang;
}

export interface Sitemaps {
  robots: string;
  entries: Map<string, SitemapEntry>;
  news: string[];
}

/** robots.txt → its Sitemap lines → every URL, following a sitemap index. */
export async function readSitemaps(request: APIRequestContext): Promise<Sitemaps> {
  const robots = await request.get('/robots.txt');
  expect(robots.status()).toBe(200);
  const robotsText = await robots.text();
  const sitemapUrls = [...robotsText.matchAll(/^Sitemap:\s*(\S+)/gim)].map((m) => m[1]!);
  expect(sitemapUrls.length).toBeGreaterThan(0);
  const entries = new Map<string, SitemapEntry>();
  const news: string[] = [];
  const queue = [...sitemapUrls];
  while (queue.length) {
    const url = queue.shift()!;
    const res = await request.get(url);
    expect(res.status(), url).toBe(200);
    expect(res.headers()['content-type']).toMatch(/xml/);
    const doc = parseXml(await res.text());
    if (doc.sitemapindex) {
      queue.push(...(doc.sitemapindex.sitemap as { loc: string }[]).map((s) => s.loc));
      continue;
    }
    for (const u of (doc.urlset.url ?? []) as Record<string, any>[]) {
      if (u['news:news']) {
        news.push(u.loc);
        continue;
      }
      const alternates = Object.fromEntries((u['xhtml:link'] as { '@hreflang': string; '@href': string }[]).map((l) => [l['@hreflang'], l['@href']]));
      entries.set(u.loc, { loc: u.loc, lastmod: u.lastmod, alternates });
    }
  }
  return { robots: robotsText, entries, news };
}

export interface PageFacts {
  lang: string;
  title: string;
  description: string;
  canonical: string[];
  hreflang: Hreflang;
  og: Record<string, string[]>;
  feeds: { type: string; href: string }[];
  jsonLd: Record<string, any>[];
  h1: number;
  articles: number;
  datedTimes: number;
}

/** What a crawler reads from a rendered page. */
export async function pageFacts(page: Page): Promise<PageFacts> {
  return page.evaluate(() => {
    const attr = (sel: string, name: string) => [...document.querySelectorAll(sel)].map((e) => e.getAttribute(name) ?? '');
    const og: Record<string, string[]> = {};
    for (const m of document.querySelectorAll('meta[property]')) (og[m.getAttribute('property')!] ??= []).push(m.getAttribute('content') ?? '');
    return {
      lang: document.documentElement.lang,
      title: document.title,
      description: document.querySelector('meta[name="description"]')?.getAttribute('content') ?? '',
      canonical: attr('link[rel="canonical"]', 'href'),
      hreflang: Object.fromEntries([...document.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => [l.getAttribute('hreflang')!, l.getAttribute('href')!])),
      og,
      feeds: [...document.querySelectorAll('link[rel="alternate"][type$="+xml"]')].map((l) => ({ type: l.getAttribute('type')!, href: l.getAttribute('href')! })),
      jsonLd: [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent ?? 'null')),
      h1: document.querySelectorAll('h1').length,
      articles: document.querySelectorAll('article').length,
      datedTimes: document.querySelectorAll('article time[datetime]').length,
    };
  });
}

/** JSON-LD nodes, with @graph flattened. */
export function ldNodes(facts: PageFacts): Record<string, any>[] {
  return facts.jsonLd.flatMap((d) => (Array.isArray(d['@graph']) ? d['@graph'] : [d]));
}

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const LOCALE_OF: Record<string, string> = { 'zh-hk': 'zh-HK', en: 'en' };
export const localeOf = (url: string) => LOCALE_OF[new URL(url).pathname.split('/')[1]!]!;
/** Site pages (about, open data) have no structured data of their own. */
const SITE_PAGES = ['about', 'data'];
function kindOf(url: string): 'front' | 'series' | 'article' | 'page' {
  const [first, ...rest] = new URL(url).pathname.split('/').slice(2);
  if (!first) return 'front';
  if (SITE_PAGES.includes(first)) return 'page';
  return rest.length && rest[0] !== 'page' ? 'article' : 'series';
}
export const PUBLIC_CACHE = /^public, .*s-maxage=\d+/;

export async function visit(page: Page, url: string): Promise<PageFacts> {
  const response = await page.goto(url);
  expect(response?.status(), url).toBe(200);
  return pageFacts(page);
}

async function expectPng1200x630(request: APIRequestContext, url: string) {
  const res = await request.get(url);
  expect(res.status(), url).toBe(200);
  expect(res.headers()['content-type']).toBe('image/png');
  expect(pngSize(await res.body()), url).toEqual({ width: 1200, height: 630 });
}

export function newsArticle(facts: PageFacts): Record<string, any> {
  const found = ldNodes(facts).filter((n) => n['@type'] === 'NewsArticle');
  expect(found).toHaveLength(1);
  return found[0]!;
}

/** A walk's test budget: a slow machine takes longer per page, and must not fail a correct crawl. */
export const walkTimeout = (pages: number) => 30_000 + 3_000 * pages;

export interface Crawl {
  site: Sitemaps;
  urls: string[];
  facts: Map<string, PageFacts>;
  checkedImages: Set<string>;
}

/** robots.txt and the sitemaps it names; every page of the news sitemap is in the main one. */
export async function readCrawl(request: APIRequestContext, baseURL: string): Promise<Crawl> {
  const site: Sitemaps = await readSitemaps(request);
  expect(site.robots).toMatch(/^Allow: \/$/m);
  expect(site.robots).toMatch(/^Disallow: \/admin$/m);
  expect(site.robots).toMatch(/^Disallow: \/api\/$/m);
  expect(site.robots).toMatch(new RegExp(`^Sitemap: ${baseURL}/sitemap.xml$`, 'm'));
  expect(site.robots).toMatch(new RegExp(`^Sitemap: ${baseURL}/news-sitemap.xml$`, 'm'));
  const urls = [...site.entries.keys()];
  for (const url of site.news) expect(urls).toContain(url);
  return { site, urls, facts: new Map(), checkedImages: new Set() };
}

/**
 * One page, with every check a crawler's view needs: status, caching and HEAD; self
 * canonical; hreflang equal to the sitemap's; titles and descriptions within what results
 * show; social cards and a 1200×630 PNG share image; JSON-LD by page kind; one h1. Upper
 * length limits always hold (the code clips); the lower ones are editorial, so
 * `minLengths: false` only asks for text.
 */
export async function checkPage(
  page: Page,
  request: APIRequestContext,
  baseURL: string,
  crawl: Crawl,
  url: string,
  { minLengths = true }: { minLengths?: boolean } = {},
): Promise<void> {
  const entry = crawl.site.entries.get(url)!;
  // Status, caching and HEAD, as a crawler's fetcher sees them.
  const get = await request.get(url, { maxRedirects: 0 });
  expect(get.status(), url).toBe(200);
  expect(get.headers()['cache-control'], url).toMatch(PUBLIC_CACHE);
  expect(get.headers()['set-cookie'], url).toBeUndefined();
  expect(get.headers()['x-robots-tag'], url).toBeUndefined();
  const head = await request.head(url, { maxRedirects: 0 });
  expect(head.status(), url).toBe(200);
  expect(head.headers()['cache-control']).toBe(get.headers()['cache-control']);
  expect((await head.body()).length).toBe(0);
  // next-intl's alternate Link headers are off; if they ever come back they must agree.
  for (const [, href, lang] of (get.headers()['link'] ?? '').matchAll(/<([^>]+)>;\s*rel="alternate";\s*hreflang="([^"]+)"/g)) expect(entry.alternates[lang!], url).toBe(href);

  const f = await visit(page, url);
  crawl.facts.set(url, f);
  const locale = localeOf(url);
  expect(f.lang).toBe(locale);
  expect(f.canonical, url).toEqual([url]);
  expect(f.hreflang, url).toEqual(entry.alternates);
  expect(f.hreflang[locale]).toBe(url);
  expect(f.hreflang['x-default'], url).toBe(f.hreflang['zh-HK'] ?? url);
  expect(f.h1, url).toBe(1);
  expect(displayWidth(f.title), `${url} title "${f.title}"`).toBeGreaterThanOrEqual(minLengths ? 10 : 1);
  expect(displayWidth(f.title), `${url} title "${f.title}"`).toBeLessThanOrEqual(60);
  expect(displayWidth(f.description), `${url} description`).toBeGreaterThanOrEqual(minLengths ? 50 : 1);
  expect(displayWidth(f.description), `${url} description`).toBeLessThanOrEqual(160);
  expect(f.og['og:url']).toEqual([url]);
  expect(f.og['og:locale']).toEqual([locale === 'en' ? 'en_US' : 'zh_HK']);
  expect(f.og['og:locale:alternate'] ?? []).toEqual(
    Object.keys(entry.alternates)
      .filter((l) => l !== 'x-default' && l !== locale)
      .map((l) => (l === 'en' ? 'en_US' : 'zh_HK')),
  );
  expect(f.feeds.map((l) => l.type).sort()).toEqual(['application/atom+xml', 'application/rss+xml']);
  const [image] = f.og['og:image'] ?? [];
  expect(image, url).toMatch(new RegExp(`^${baseURL}/`));
  if (!crawl.checkedImages.has(image!)) await expectPng1200x630(request, image!);
  crawl.checkedImages.add(image!);

  const nodes = ldNodes(f);
  const kind = kindOf(url);
  if (kind === 'front') {
    expect(nodes.map((n) => n['@type']).sort()).toEqual(['NewsMediaOrganization', 'WebSite']);
    expect(nodes.find((n) => n['@type'] === 'WebSite')).toMatchObject({ url, inLanguage: locale });
  } else if (kind !== 'page') {
    const crumbs = nodes.find((n) => n['@type'] === 'BreadcrumbList');
    // A series' later pages (/<series>/page/<k>) sit under the series itself.
    expect(crumbs?.itemListElement.at(-1).item, url).toBe(url.replace(/\/page\/\d+$/, ''));
    expect(crumbs?.itemListElement[0].item).toBe(`${baseURL}/${new URL(url).pathname.split('/')[1]}`);
  }
  if (kind === 'article') {
    expect(f.articles).toBeGreaterThanOrEqual(1);
    expect(f.datedTimes).toBeGreaterThanOrEqual(1);
    expect(f.og['og:type']).toEqual(['article']);
    expect(f.og['article:published_time']).toHaveLength(1);
    expect(f.og['article:section']).toHaveLength(1);
    const ld = newsArticle(f);
    for (const key of ['headline', 'description', 'datePublished', 'dateModified', 'image', 'author', 'publisher', 'isPartOf', 'mainEntityOfPage'])
      expect(ld, `${url} NewsArticle.${key}`).toHaveProperty(key);
    expect(ld.inLanguage).toBe(locale);
    expect(ld.mainEntityOfPage['@id']).toBe(url);
    expect(ld.isPartOf['@type']).toBe('CreativeWorkSeries');
    expect(ld.publisher.name).toBe('Tandem');
    expect(ld.author[0].name).toBeTruthy();
    expect(new Date(ld.dateModified).getTime()).toBeGreaterThanOrEqual(new Date(ld.datePublished).getTime());
    expect(f.og['article:modified_time']).toEqual([ld.dateModified]);
    // The sitemap's lastmod is the page's dateModified (to the second).
    expect(new Date(entry.lastmod).getTime()).toBe(Math.floor(new Date(ld.dateModified).getTime() / 1000) * 1000);
    expect(ld.image[0].split('?')[0]).toBe(image!.split('?')[0]);
    const other = Object.entries(entry.alternates).find(([l]) => l !== locale && l !== 'x-default')?.[1];
    if (other) {
      const link = locale === 'zh-HK' ? ld.workTranslation?.[0] : ld.translationOfWork;
      expect(link?.url, `${url} links its translation`).toBe(other);
    }
    const logo = await request.get(ld.publisher.logo.url);
    expect(logo.headers()['content-type']).toBe('image/png');
  }
}

/** Every version of a page lists the same set of versions (needs every page visited). */
export function checkReciprocity(crawl: Crawl): void {
  expect(crawl.facts.size, 'every page of the sitemap was visited').toBe(crawl.urls.length);
  for (const [url, f] of crawl.facts)
    for (const [lang, href] of Object.entries(f.hreflang)) if (lang !== 'x-default') expect(crawl.facts.get(href)?.hreflang, `${href} ↔ ${url}`).toEqual(f.hreflang);
}

/** Feeds, found the way a feed reader finds them: from the front page's <head>; parsed, linking only pages of the sitemap. */
export async function checkFeeds(request: APIRequestContext, baseURL: string, crawl: Crawl): Promise<void> {
  for (const locale of ['zh-hk', 'en']) {
    const front = crawl.facts.get(`${baseURL}/${locale}`)!;
    for (const { type, href } of front.feeds) {
      const res = await request.get(href);
      expect(res.status(), href).toBe(200);
      expect(res.headers()['content-type']).toContain(type);
      const doc = parseXml(await res.text());
      const items: { link: string; html: string }[] =
        type === 'application/rss+xml'
          ? doc.rss.channel.item.map((i: Record<string, any>) => ({ link: i.link, html: i['content:encoded'] }))
          : doc.feed.entry.map((e: Record<string, any>) => ({ link: e.link[0]['@href'], html: e.content['#text'] }));
      expect(items.length, href).toBeGreaterThanOrEqual(2);
      for (const item of items) {
        expect(crawl.urls, `${href} links a page in the sitemap`).toContain(item.link);
        expect(new URL(item.link).pathname.startsWith(`/${locale}/`)).toBe(true);
        // The whole body, not a summary: editors' one-paragraph pieces (with a photo) count too.
        expect((item.html.match(/<p>/g) ?? []).length).toBeGreaterThan(0);
        expect(item.html).not.toMatch(/\{\{|<script/i);
      }
    }
  }
}

/** The walk's parts, each a test of its own with a budget for its number of pages. */
const PARTS = [
  { name: 'the front and series pages', kinds: ['front', 'series'] },
  { name: 'the articles', kinds: ['article'] },
  { name: 'the about and open-data pages', kinds: ['page'] },
] as const;

/**
 * The whole walk as serial tests in the calling spec (which must be serial): robots.txt and
 * the sitemaps, then each kind of page, then hreflang reciprocity and the feeds. `onSitemaps`
 * adds the spec's own checks of what the sitemaps list.
 */
export function crawlTests(label: string, opts: { minLengths?: boolean; onSitemaps?: (crawl: Crawl, baseURL: string) => void } = {}): void {
  let crawl: Crawl | undefined;
  const walked = () => {
    if (!crawl) throw new Error('the sitemaps were not read (an earlier test failed)');
    return crawl;
  };
  test(`${label}: robots.txt names the sitemaps, which list every page`, async ({ request, baseURL }) => {
    crawl = await readCrawl(request, baseURL!);
    opts.onSitemaps?.(crawl, baseURL!);
  });
  for (const part of PARTS) {
    test(`${label}: ${part.name} are complete and consistent with the sitemap`, async ({ page, request, baseURL }) => {
      const c = walked();
      const urls = c.urls.filter((u) => (part.kinds as readonly string[]).includes(kindOf(u)));
      test.setTimeout(walkTimeout(urls.length));
      for (const url of urls) await checkPage(page, request, baseURL!, c, url, opts);
    });
  }
  test(`${label}: every version of a page lists the same versions, and the feeds link only pages of the sitemap`, async ({ request, baseURL }) => {
    const c = walked();
    checkReciprocity(c);
    await checkFeeds(request, baseURL!, c);
  });
}
