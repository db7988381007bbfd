// What crawlers are told about the seeded site, read from a real SQLite file: sitemaps,
// feeds, metadata and JSON-LD, before and after a figure revision.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTempDatabase, type TempDatabase } from '../helpers/temp-db';
import { parseXml } from './helpers';

let temp: TempDatabase;
const FEATURE = ['global-ai-race', 'china-cost-revolution'] as const;
const editor = { id: 'u1', email: 'ed@example.org', name: 'Ed Itor' };

beforeAll(async () => {
  temp = await useTempDatabase();
  const { seed } = await import('@/prisma/seed/index');
  await seed(() => {});
});
afterAll(async () => {
  const { db } = await import('@/lib/db');
  await db.$disconnect();
  await temp.cleanup();
});

const seo = () => import('@/lib/seo/queries');

async function sitemapEntries() {
  const { sitemapUrls, renderRootSitemap } = await import('@/lib/seo/sitemaps/sitemap');
  const doc = parseXml(renderRootSitemap(sitemapUrls(await (await seo()).getReaderSite())));
  return new Map((doc.urlset.url as { loc: string; lastmod: string; 'xhtml:link': { '@hreflang': string; '@href': string }[] }[]).map((u) => [u.loc, u]));
}

async function featureLd(locale: 'zh-HK' | 'en') {
  const { articleJsonLd } = await import('@/lib/seo/metadata/page-seo');
  const { getArticle } = await import('@/lib/pieces/queries');
  const piece = (await (await seo()).getPieceSeo(...FEATURE))!;
  const article = (await getArticle(...FEATURE, locale))!;
  return articleJsonLd(piece, locale, article.corrections)[0]!;
}

describe('the crawler view of the seeded site', () => {
  it('lists the published pages of both locales in the sitemap, never the draft', async () => {
    const entries = await sitemapEntries();
    const figures = [...entries.keys()].filter((u) => /\/data\/[a-z0-9-]+$/.test(u));
    const { db } = await import('@/lib/db');
    expect(figures).toHaveLength(2 * (await db.figure.count()));
    expect(figures).toContain('http://localhost:3000/en/data/llama3-mmlu');
    expect([...entries.keys()].filter((u) => !figures.includes(u)).sort()).toEqual(
      [
        '/en',
        '/zh-hk',
        '/en/about',
        '/zh-hk/about',
        '/en/data',
        '/zh-hk/data',
        '/en/global-ai-race',
        '/zh-hk/global-ai-race',
        ...['en', 'zh-hk'].flatMap((l) => [`/${l}/global-ai-race/china-cost-revolution`, `/${l}/global-ai-race/who-defines-ai-future`]),
      ]
        .map((p) => `http://localhost:3000${p}`)
        .sort(),
    );
  });

  it('gives the article page a self-canonical, reciprocal hreflang, cards and lengths search results show', async () => {
    const { articleMetadata } = await import('@/lib/seo/metadata/page-seo');
    const { displayWidth } = await import('@/lib/seo/metadata/text-length');
    const piece = (await (await seo()).getPieceSeo(...FEATURE))!;
    for (const locale of ['zh-HK', 'en'] as const) {
      const m = articleMetadata(piece, locale);
      const url = `http://localhost:3000/${locale.toLowerCase()}/global-ai-race/china-cost-revolution`;
      expect(m.alternates?.canonical).toBe(url);
      expect(m.alternates?.languages).toEqual({
        'zh-HK': 'http://localhost:3000/zh-hk/global-ai-race/china-cost-revolution',
        en: 'http://localhost:3000/en/global-ai-race/china-cost-revolution',
        'x-default': 'http://localhost:3000/zh-hk/global-ai-race/china-cost-revolution',
      });
      expect(m.openGraph).toMatchObject({
        type: 'article',
        url,
        locale: locale === 'en' ? 'en_US' : 'zh_HK',
        alternateLocale: [locale === 'en' ? 'zh_HK' : 'en_US'],
        section: locale === 'en' ? 'The Global AI Race' : '全球AI競賽',
      });
      expect(m.openGraph?.images).toEqual([{ url: `${url}/opengraph-image`, width: 1200, height: 630, type: 'image/png' }]);
      expect(m.twitter).toMatchObject({ card: 'summary_large_image', images: m.openGraph?.images });
      const title = (m.title as { absolute: string }).absolute;
      expect(displayWidth(title)).toBeLessThanOrEqual(60);
      expect(displayWidth(String(m.description))).toBeLessThanOrEqual(160);
      expect(displayWidth(String(m.description))).toBeGreaterThan(50);
    }
  });

  it('has a NewsArticle without corrections before any revision', async () => {
    const ld = await featureLd('en');
    expect(ld).toMatchObject({ '@type': 'NewsArticle', inLanguage: 'en', datePublished: '2025-05-12T01:00:00.000Z', dateModified: '2025-05-12T01:00:00.000Z' });
    expect(ld).not.toHaveProperty('correction');
  });

  it('feeds carry every published piece in full, figures formatted for the locale', async () => {
    const { buildFeed } = await import('@/lib/seo/feed-data');
    const { renderRss } = await import('@/lib/seo/feeds/feeds');
    const doc = parseXml(renderRss(await buildFeed('zh-HK', 'rss')));
    const items = doc.rss.channel.item as { link: string; 'content:encoded': string }[];
    expect(items.map((i) => i.link)).toEqual([
      'http://localhost:3000/zh-hk/global-ai-race/who-defines-ai-future',
      'http://localhost:3000/zh-hk/global-ai-race/china-cost-revolution',
    ]);
    const html = items[1]!['content:encoded'];
    expect(html).toContain('人工智能革命,遠不止於更聰明的聊天機械人');
    expect(html).toContain('0.55美元');
    expect(html).not.toMatch(/\{\{|\}\}/);
    expect(html.match(/<p>/g)!.length).toBeGreaterThan(20);
    // Charts come as the site's SVG drawing plus a table of the same numbers.
    const charts = html.match(/<figure><figcaption><strong>/g) ?? [];
    expect(charts.length).toBeGreaterThan(0);
    expect(html.match(/<svg /g)?.length).toBe(charts.length);
    expect(html.match(/<table>/g)?.length).toBe(charts.length);
    expect(html).not.toContain('此處為互動圖表');
  });
});

describe('after a figure revision', () => {
  let before: { lastmod: Map<string, string>; published: string };

  beforeAll(async () => {
    const entries = await sitemapEntries();
    before = { lastmod: new Map([...entries].map(([k, v]) => [k, v.lastmod])), published: '2025-05-12T01:00:00.000Z' };
    const { reviseFigure } = await import('@/lib/figures/revise');
    await reviseFigure({ key: 'llama3-mmlu', expectedVersion: 1, value: 88.6, reasonZhHK: 'Meta更正基準分數', reasonEn: 'Meta corrected the benchmark score' }, editor);
  });

  it('moves dateModified and adds a CorrectionComment in both languages', async () => {
    const en = await featureLd('en');
    const zh = await featureLd('zh-HK');
    for (const ld of [en, zh]) {
      expect(ld.datePublished).toBe(before.published);
      expect(new Date(String(ld.dateModified)).getTime()).toBeGreaterThan(new Date(before.published).getTime());
      expect(ld.correction).toEqual([{ '@type': 'CorrectionComment', text: expect.any(String), datePublished: expect.any(String) }]);
    }
    expect((en.correction as { text: string }[])[0]!.text).toMatch(/revised from 88\.5% to 88\.6%\. Reason: Meta corrected the benchmark score/);
    expect((zh.correction as { text: string }[])[0]!.text).toMatch(/由88\.5%修訂為88\.6%。原因：Meta更正基準分數/);
  });

  it("moves lastmod of the article, its series, the front pages and the figure's data pages, nothing else", async () => {
    const entries = await sitemapEntries();
    const moved = [...entries].filter(([loc, e]) => e.lastmod !== before.lastmod.get(loc)).map(([loc]) => loc.replace('http://localhost:3000', ''));
    // The data index's lastmod is the newest figure change: the seed's own, in the same second.
    expect(moved.filter((p) => !p.endsWith('/data')).sort()).toEqual(
      ['', '/global-ai-race', '/global-ai-race/china-cost-revolution', '/data/llama3-mmlu'].flatMap((p) => [`/en${p}`, `/zh-hk${p}`]).sort(),
    );
    for (const l of ['en', 'zh-hk'])
      expect(entries.get(`http://localhost:3000/${l}/data`)!.lastmod >= entries.get(`http://localhost:3000/${l}/data/llama3-mmlu`)!.lastmod).toBe(true);
  });

  it('updates the feed entry and prints the correction in its full text', async () => {
    const { buildFeed } = await import('@/lib/seo/feed-data');
    const { renderAtom } = await import('@/lib/seo/feeds/feeds');
    const doc = parseXml(renderAtom(await buildFeed('en', 'atom')));
    const entry = (doc.feed.entry as { link: { '@href': string }[]; updated: string; content: { '#text': string } }[]).find((e) =>
      e.link[0]!['@href'].endsWith('/china-cost-revolution'),
    )!;
    expect(entry.updated > '2025-05-12T01:00:00Z').toBe(true);
    expect(doc.feed.updated).toBe(entry.updated);
    expect(entry.content['#text']).toContain('<h2>Updates and corrections</h2>');
    expect(entry.content['#text']).toContain('88.6%');
  });
});

describe('news sitemap and single-locale pieces', () => {
  const text = (zh: string, en: string) => ({ 'zh-HK': { text: zh, attribution: '' }, en: { text: en, attribution: '' } });
  const fields = (title: string) => ({ title, standfirst: title ? `${title} standfirst` : '', seoTitle: '', seoDescription: '' });

  it('lists a piece published today in both languages, but not the 2025 pieces', async () => {
    const { createPiece } = await import('@/lib/pieces/mutations');
    await createPiece({
      seriesSlug: 'global-ai-race',
      slug: 'fresh-news',
      kind: 'follow-up',
      status: 'published',
      publishedAt: new Date(Date.now() - 60_000),
      texts: { 'zh-HK': fields('最新消息 & 分析'), en: fields('Breaking: R&D <news>') },
      blocks: [{ type: 'paragraph', meta: {}, texts: text('內文', 'Body') }],
    });
    const { newsUrls, renderNewsSitemap } = await import('@/lib/seo/sitemaps/news-sitemap');
    const doc = parseXml(renderNewsSitemap(newsUrls((await (await seo()).getReaderSite()).pieces, new Date())));
    const urls = doc.urlset.url as { loc: string; 'news:news': { 'news:title': string; 'news:publication': { 'news:language': string } } }[];
    expect(urls.map((u) => [u.loc, u['news:news']['news:publication']['news:language'], u['news:news']['news:title']])).toEqual([
      ['http://localhost:3000/zh-hk/global-ai-race/fresh-news', 'zh-tw', '最新消息 & 分析'],
      ['http://localhost:3000/en/global-ai-race/fresh-news', 'en', 'Breaking: R&D <news>'],
    ]);
  });

  it('a piece published only in zh-HK lists only zh-HK, in <head>, the sitemap and the feeds', async () => {
    const { createPiece } = await import('@/lib/pieces/mutations');
    await createPiece({
      seriesSlug: 'global-ai-race',
      slug: 'zh-only',
      kind: 'follow-up',
      status: 'published',
      publishedAt: new Date('2025-06-01T00:00:00Z'),
      texts: { 'zh-HK': fields('只有中文'), en: fields('') },
      blocks: [{ type: 'paragraph', meta: {}, texts: text('內文', '') }],
    });
    const piece = (await (await seo()).getPieceSeo('global-ai-race', 'zh-only'))!;
    expect(piece.locales).toEqual(['zh-HK']);
    const { articleMetadata, articleJsonLd } = await import('@/lib/seo/metadata/page-seo');
    expect(articleMetadata(piece, 'zh-HK').alternates?.languages).toEqual({
      'zh-HK': 'http://localhost:3000/zh-hk/global-ai-race/zh-only',
      'x-default': 'http://localhost:3000/zh-hk/global-ai-race/zh-only',
    });
    expect(articleMetadata(piece, 'zh-HK').openGraph).toMatchObject({ alternateLocale: [] });
    expect(articleJsonLd(piece, 'zh-HK', [])[0]).not.toHaveProperty('workTranslation');
    const entries = await sitemapEntries();
    expect(entries.has('http://localhost:3000/zh-hk/global-ai-race/zh-only')).toBe(true);
    expect(entries.has('http://localhost:3000/en/global-ai-race/zh-only')).toBe(false);
    const { buildFeed } = await import('@/lib/seo/feed-data');
    expect((await buildFeed('en', 'rss')).entries.some((e) => e.url.endsWith('/zh-only'))).toBe(false);
    expect((await buildFeed('zh-HK', 'rss')).entries.some((e) => e.url.endsWith('/zh-only'))).toBe(true);
  });
});
