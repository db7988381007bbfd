// JSON-LD: NewsArticle links its translation, carries corrections, and can never close its
// <script> element early.
import { describe, expect, it } from 'vitest';
import { breadcrumbLd, frontPageLd, newsArticleLd, serializeJsonLd, type NewsArticleInput } from '@/lib/seo/metadata/json-ld';

const base: NewsArticleInput = {
  locale: 'zh-HK',
  seriesSlug: 'global-ai-race',
  pieceSlug: 'china-cost-revolution',
  locales: ['zh-HK', 'en'],
  headline: '全球AI競賽',
  description: '描述',
  publishedAt: new Date('2025-05-12T01:00:00Z'),
  modifiedAt: new Date('2025-06-01T08:00:00Z'),
  authorName: 'Tandem 編輯部',
  imageUrl: 'http://localhost:3000/zh-hk/global-ai-race/china-cost-revolution/opengraph-image',
  seriesTitle: '全球AI競賽',
  corrections: [],
};

describe('newsArticleLd', () => {
  it('has every property crawlers need, with absolute URLs from SITE_URL', () => {
    const ld = newsArticleLd(base);
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: '全球AI競賽',
      description: '描述',
      inLanguage: 'zh-HK',
      datePublished: '2025-05-12T01:00:00.000Z',
      dateModified: '2025-06-01T08:00:00.000Z',
      mainEntityOfPage: { '@type': 'WebPage', '@id': 'http://localhost:3000/zh-hk/global-ai-race/china-cost-revolution' },
      image: [base.imageUrl],
      isPartOf: { '@type': 'CreativeWorkSeries', name: '全球AI競賽', url: 'http://localhost:3000/zh-hk/global-ai-race' },
      author: [{ '@type': 'Organization', name: 'Tandem 編輯部' }],
      publisher: { name: 'Tandem', logo: { '@type': 'ImageObject', url: 'http://localhost:3000/brand/logo.png' } },
    });
    expect(ld).not.toHaveProperty('correction');
  });

  it('links the original to its translation and back', () => {
    expect(newsArticleLd(base).workTranslation).toEqual([
      expect.objectContaining({ '@id': 'http://localhost:3000/en/global-ai-race/china-cost-revolution#article', inLanguage: 'en' }),
    ]);
    const en = newsArticleLd({ ...base, locale: 'en' });
    expect(en.translationOfWork).toEqual(expect.objectContaining({ '@id': 'http://localhost:3000/zh-hk/global-ai-race/china-cost-revolution#article', inLanguage: 'zh-HK' }));
    expect(en).not.toHaveProperty('workTranslation');
  });

  it('links no translation when the piece exists in one locale only', () => {
    const ld = newsArticleLd({ ...base, locales: ['zh-HK'] });
    expect(ld).not.toHaveProperty('workTranslation');
    expect(ld).not.toHaveProperty('translationOfWork');
  });

  it('carries each correction as a CorrectionComment with text and date', () => {
    const ld = newsArticleLd({ ...base, corrections: [{ text: '更正', date: new Date('2025-06-01T08:00:00Z') }] });
    expect(ld.correction).toEqual([{ '@type': 'CorrectionComment', text: '更正', datePublished: '2025-06-01T08:00:00.000Z' }]);
  });

  it('clips a headline to the 110 characters Google shows', () => {
    expect(String(newsArticleLd({ ...base, headline: 'word '.repeat(40) }).headline).length).toBeLessThanOrEqual(110);
  });
});

describe('other JSON-LD', () => {
  it('front page: WebSite and publishing Organization', () => {
    const graph = frontPageLd('en', 'desc')['@graph'] as { '@type': string }[];
    expect(graph.map((n) => n['@type'])).toEqual(['WebSite', 'NewsMediaOrganization']);
  });

  it('breadcrumbs are numbered from 1', () => {
    const ld = breadcrumbLd([
      { name: 'Home', url: 'http://x/en' },
      { name: 'Series', url: 'http://x/en/s' },
    ]);
    expect(ld.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: 'http://x/en' },
      { '@type': 'ListItem', position: 2, name: 'Series', item: 'http://x/en/s' },
    ]);
  });
});

describe('serializeJsonLd', () => {
  it('escapes "<" so text cannot end the script element, and stays parseable', () => {
    const data = { headline: '</script><script>alert(1)</script> <!-- x', sep: 'a\u2028b' };
    const out = serializeJsonLd(data);
    expect(out).not.toContain('<');
    expect(out).not.toContain('\u2028');
    expect(JSON.parse(out)).toEqual(data);
  });
});
