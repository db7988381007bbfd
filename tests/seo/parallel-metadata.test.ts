// The side-by-side view tells search engines it is the article: same canonical and versions,
// a title of its own that still names the view when the headline is long.
import { describe, expect, it } from 'vitest';
import { articleMetadata, parallelMetadata } from '@/lib/seo/metadata/page-seo';
import { displayWidth } from '@/lib/seo/metadata/text-length';
import { piece } from './helpers';

const named = (title: string) => `${title}(中英對照)`;

describe('parallelMetadata', () => {
  it('points search engines at the article in the page’s language', () => {
    const p = piece('alpha');
    const meta = parallelMetadata(p, 'zh-HK', named);
    const article = articleMetadata(p, 'zh-HK');
    expect(meta.alternates?.canonical).toBe('http://localhost:3000/zh-hk/series-one/alpha');
    expect(meta.alternates).toEqual(article.alternates);
    expect(meta.openGraph).toEqual(article.openGraph);
    expect(meta.title).toEqual({ absolute: '標題 alpha(中英對照) | Tandem' });
  });

  it('clips a long headline, not the name of the view', () => {
    const long = '全球AI競賽:中國「成本革命」挑戰美國主導地位,歐洲在這場高科技競賽中有淪為旁觀者的風險';
    const p = piece('alpha', { texts: { 'zh-HK': { title: long, standfirst: '導語', seoTitle: '', seoDescription: '' } } });
    const { absolute } = parallelMetadata(p, 'zh-HK', named).title as { absolute: string };
    expect(absolute.endsWith('…(中英對照)')).toBe(true);
    expect(absolute.startsWith('全球AI競賽')).toBe(true);
    expect(displayWidth(absolute)).toBeLessThanOrEqual(60);
  });

  it('has nothing to say of a locale the piece is not published in', () => {
    expect(parallelMetadata(piece('alpha', { texts: {} }), 'en', named)).toEqual({});
  });
});
