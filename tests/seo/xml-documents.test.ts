// Sitemaps and feeds are well-formed XML, escaped correctly, with reciprocal hreflang and an
// index once the site passes 5,000 URLs.
import { describe, expect, it } from 'vitest';
import { newsUrls, renderNewsSitemap } from '@/lib/seo/sitemaps/news-sitemap';
import { renderAtom, renderRss, type Feed } from '@/lib/seo/feeds/feeds';
import { renderChunkSitemap, renderRootSitemap, sitemapUrls, SITEMAP_MAX_URLS } from '@/lib/seo/sitemaps/sitemap';
import { escapeXml } from '@/lib/seo/xml';
import { parseXml, piece, site } from './helpers';

describe('escapeXml', () => {
  it('escapes markup characters and drops characters XML forbids', () => {
    expect(escapeXml(`<a href="x">'&'</a>\u0000\u0008\u000b`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
    expect(escapeXml('tab\tnewline\n')).toBe('tab\tnewline\n');
  });
});

describe('sitemap.xml', () => {
  const pieces = [piece('alpha'), piece('beta', { locales: ['zh-HK'], modifiedAt: new Date('2026-03-01T12:00:00Z') })];
  const urls = sitemapUrls(site(pieces));

  it('lists front, series and article pages in every locale they exist in', () => {
    expect(urls.map((u) => u.loc)).toEqual([
      'http://localhost:3000/zh-hk',
      'http://localhost:3000/en',
      'http://localhost:3000/zh-hk/series-one',
      'http://localhost:3000/en/series-one',
      'http://localhost:3000/zh-hk/series-one/alpha',
      'http://localhost:3000/en/series-one/alpha',
      'http://localhost:3000/zh-hk/series-one/beta',
      'http://localhost:3000/zh-hk/about',
      'http://localhost:3000/en/about',
      'http://localhost:3000/zh-hk/data',
      'http://localhost:3000/en/data',
    ]);
  });

  it("lists each figure's open-data page, with the figure's last change as lastmod", () => {
    const withFigures = { ...site([]), figures: [{ key: 'gpt-4o-input-price', updatedAt: new Date('2026-04-01T00:00:00Z') }] };
    const entries = sitemapUrls(withFigures).filter((u) => u.loc.includes('/data'));
    expect(entries.map((u) => [u.loc, u.lastmod?.toISOString()])).toEqual([
      ['http://localhost:3000/zh-hk/data', '2026-04-01T00:00:00.000Z'],
      ['http://localhost:3000/en/data', '2026-04-01T00:00:00.000Z'],
      ['http://localhost:3000/zh-hk/data/gpt-4o-input-price', '2026-04-01T00:00:00.000Z'],
      ['http://localhost:3000/en/data/gpt-4o-input-price', '2026-04-01T00:00:00.000Z'],
    ]);
  });

  it('gives each URL reciprocal alternates with x-default, and the newest edit as lastmod', () => {
    const doc = parseXml(renderRootSitemap(urls));
    const entries = doc.urlset.url as { loc: string; lastmod: string; 'xhtml:link': { '@hreflang': string; '@href': string }[] }[];
    const alternates = new Map(entries.map((e) => [e.loc, Object.fromEntries(e['xhtml:link'].map((l) => [l['@hreflang'], l['@href']]))]));
    for (const [loc, links] of alternates) {
      expect(Object.values(links)).toContain(loc);
      for (const [lang, href] of Object.entries(links)) if (lang !== 'x-default') expect(alternates.get(href)).toEqual(links);
    }
    expect(alternates.get('http://localhost:3000/en/series-one/alpha')).toEqual({
      'zh-HK': 'http://localhost:3000/zh-hk/series-one/alpha',
      en: 'http://localhost:3000/en/series-one/alpha',
      'x-default': 'http://localhost:3000/zh-hk/series-one/alpha',
    });
    // A piece in one locale lists only that locale.
    expect(alternates.get('http://localhost:3000/zh-hk/series-one/beta')).toEqual({
      'zh-HK': 'http://localhost:3000/zh-hk/series-one/beta',
      'x-default': 'http://localhost:3000/zh-hk/series-one/beta',
    });
    expect(entries.find((e) => e.loc.endsWith('/zh-hk'))?.lastmod).toBe('2026-03-01T12:00:00Z');
    expect(entries.find((e) => e.loc.endsWith('/en/series-one/alpha'))?.lastmod).toBe('2026-01-02T00:00:00Z');
  });

  it('lists the later pages of a long series, each with the newest edit on it', () => {
    const many = Array.from({ length: 65 }, (_, i) => piece(`p-${i}`, { modifiedAt: new Date(Date.UTC(2026, 0, 1 + i)) }));
    const pages = sitemapUrls(site(many), { seriesPageSize: 30 }).filter((u) => u.loc.includes('/page/'));
    expect(pages.map((u) => [u.loc.replace('http://localhost:3000', ''), u.lastmod?.toISOString().slice(0, 10)])).toEqual([
      ['/zh-hk/series-one/page/2', '2026-03-01'],
      ['/en/series-one/page/2', '2026-03-01'],
      ['/zh-hk/series-one/page/3', '2026-03-06'],
      ['/en/series-one/page/3', '2026-03-06'],
    ]);
    expect(pages[0]!.alternates).toEqual({
      'zh-HK': 'http://localhost:3000/zh-hk/series-one/page/2',
      en: 'http://localhost:3000/en/series-one/page/2',
      'x-default': 'http://localhost:3000/zh-hk/series-one/page/2',
    });
    expect(sitemapUrls(site(many)).some((u) => u.loc.includes('/page/'))).toBe(false);
  });

  it(`becomes an index of child sitemaps past ${SITEMAP_MAX_URLS} URLs`, () => {
    const many = Array.from({ length: 6000 }, (_, i) => piece(`piece-${i}`));
    const big = sitemapUrls(site(many));
    expect(big).toHaveLength(4 + 12_000 + 4);
    const index = parseXml(renderRootSitemap(big));
    expect(index.urlset).toBeUndefined();
    expect(index.sitemapindex.sitemap.map((s: { loc: string }) => s.loc)).toEqual([1, 2, 3].map((n) => `http://localhost:3000/sitemap/${n}.xml`));
    const chunks = [1, 2, 3].map((n) => parseXml(renderChunkSitemap(big, n)!).urlset.url);
    expect(chunks.map((c) => c.length)).toEqual([5000, 5000, 2008]);
    // Every URL appears exactly once across the children.
    expect(new Set(chunks.flat().map((u: { loc: string }) => u.loc)).size).toBe(big.length);
    expect(renderChunkSitemap(big, 4)).toBeNull();
    expect(renderChunkSitemap(big, 0)).toBeNull();
    expect(renderChunkSitemap(urls, 1)).toBeNull();
  });
});

describe('news sitemap', () => {
  const now = new Date('2026-05-10T12:00:00Z');
  it('lists pieces of the last two days, each version, with publication name, language and title', () => {
    const fresh = piece('fresh', {
      publishedAt: new Date('2026-05-09T13:00:00Z'),
      texts: { ...piece('x').texts, en: { title: 'R&D <spending> "soars"', standfirst: '', seoTitle: '', seoDescription: '' } },
    });
    const old = piece('old', { publishedAt: new Date('2026-05-08T11:00:00Z') });
    const future = piece('future', { publishedAt: new Date('2026-05-11T00:00:00Z') });
    const doc = parseXml(renderNewsSitemap(newsUrls([fresh, old, future], now)));
    const urls = doc.urlset.url as Record<string, any>[];
    expect(urls.map((u) => u.loc)).toEqual(['http://localhost:3000/zh-hk/series-one/fresh', 'http://localhost:3000/en/series-one/fresh']);
    expect(urls[0]!['news:news']).toEqual({
      'news:publication': { 'news:name': 'Tandem', 'news:language': 'zh-tw' },
      'news:publication_date': '2026-05-09T13:00:00Z',
      'news:title': '標題 x',
    });
    expect(urls[1]!['news:news']['news:publication']['news:language']).toBe('en');
    expect(urls[1]!['news:news']['news:title']).toBe('R&D <spending> "soars"');
  });
});

describe('feeds', () => {
  const feed: Feed = {
    locale: 'en',
    title: 'Tandem & friends',
    description: 'All <the> news',
    homeUrl: 'http://localhost:3000/en',
    selfPath: '/en/feed.xml',
    authorName: 'Tandem newsroom',
    entries: [
      {
        id: 'tag:localhost,2026-01-01:piece/p1/en',
        url: 'http://localhost:3000/en/s/p1',
        title: 'Cats & <dogs>',
        summary: 'A "summary" ]]> with CDATA end',
        html: '<p>Body with <em>markup</em> &amp; an entity]]></p>',
        publishedAt: new Date('2026-01-01T00:00:00Z'),
        updatedAt: new Date('2026-02-01T00:00:00Z'),
        category: 'Series',
      },
    ],
  };

  it('RSS 2.0 round-trips every text through an XML parser, full text in content:encoded', () => {
    const doc = parseXml(renderRss(feed));
    expect(doc.rss['@version']).toBe('2.0');
    const channel = doc.rss.channel;
    expect(channel.title).toBe('Tandem & friends');
    expect(channel.language).toBe('en');
    expect(channel['atom:link']['@href']).toBe('http://localhost:3000/en/feed.xml');
    const [item] = channel.item;
    expect(item.title).toBe('Cats & <dogs>');
    expect(item.description).toBe('A "summary" ]]> with CDATA end');
    expect(item['content:encoded']).toBe(feed.entries[0]!.html);
    expect(item.guid['#text']).toBe('tag:localhost,2026-01-01:piece/p1/en');
    expect(item.pubDate).toBe('Thu, 01 Jan 2026 00:00:00 +0000');
  });

  it('Atom 1.0 has ids, dates, self link and escaped HTML content', () => {
    const doc = parseXml(renderAtom(feed));
    expect(doc.feed['@xml:lang']).toBe('en');
    expect(doc.feed.updated).toBe('2026-02-01T00:00:00Z');
    const [entry] = doc.feed.entry;
    expect(entry.id).toBe('tag:localhost,2026-01-01:piece/p1/en');
    expect(entry.published).toBe('2026-01-01T00:00:00Z');
    expect(entry.updated).toBe('2026-02-01T00:00:00Z');
    expect(entry.link[0]['@href']).toBe('http://localhost:3000/en/s/p1');
    expect(entry.content['@type']).toBe('html');
    expect(entry.content['#text']).toBe(feed.entries[0]!.html);
  });
});
