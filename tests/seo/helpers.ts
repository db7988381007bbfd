// Shared by the SEO tests: a strict XML parser and a synthetic site.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { PieceSeo, ReaderSite } from '@/lib/seo/types';

/** Parses XML after checking it is well-formed; arrays for repeatable elements. */
export function parseXml(xml: string): Record<string, any> {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`Invalid XML: ${valid.err.msg} (line ${valid.err.line})`);
  return new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    isArray: (name, jpath) => ['url', 'xhtml:link', 'sitemap', 'item', 'entry'].includes(name) || (String(jpath).startsWith('feed.') && name === 'link'),
    // Keep text as written (no number parsing), and decode entities once.
    parseTagValue: false,
    processEntities: true,
    htmlEntities: false,
  }).parse(xml);
}

export function piece(slug: string, overrides: Partial<PieceSeo> = {}): PieceSeo {
  return {
    id: `id-${slug}`,
    slug,
    seriesSlug: 'series-one',
    kind: 'feature',
    publishedAt: new Date('2026-01-01T00:00:00Z'),
    modifiedAt: new Date('2026-01-02T00:00:00Z'),
    locales: ['zh-HK', 'en'],
    texts: {
      'zh-HK': { title: `標題 ${slug}`, standfirst: '導語', seoTitle: '', seoDescription: '' },
      en: { title: `Title ${slug}`, standfirst: 'Standfirst', seoTitle: '', seoDescription: '' },
    },
    seriesTitle: { 'zh-HK': '系列', en: 'Series' },
    ...overrides,
  };
}

export function site(pieces: PieceSeo[]): ReaderSite {
  return {
    series: [
      { slug: 'series-one', createdAt: new Date('2025-01-01'), texts: { 'zh-HK': { title: '系列', description: '描述' }, en: { title: 'Series', description: 'About' } }, pieces },
    ],
    pieces: [...pieces].sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime()),
    figures: [],
  };
}
