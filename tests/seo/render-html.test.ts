// The feed renderer escapes every text and only ever emits http(s) links.
import { describe, expect, it } from 'vitest';
import type { ReaderBlock } from '@/lib/content/blocks';
import { parseInline } from '@/lib/content/inline';
import type { Figure } from '@/lib/figures/types';
import { renderBlocksHtml, renderInlineHtml } from '@/lib/seo/feeds/render-html';

const figures: Record<string, Figure> = {
  price: { key: 'price', kind: 'currency', currency: 'USD', value: 0.55, label: 'Price', sourceName: 'S', sourceUrl: null, note: '', asOf: new Date('2025-01-01') },
};
const options = { quoteBy: (n: string) => `— ${n}`, chartOmitted: '(chart)' };
const block = (type: ReaderBlock['type'], text: string, extra: Partial<ReaderBlock> = {}): ReaderBlock => ({
  id: type,
  type,
  meta: {},
  content: parseInline(text),
  attribution: '',
  ...extra,
});

describe('renderInlineHtml', () => {
  it('escapes text, renders emphasis, links and figures in the locale', () => {
    const html = renderInlineHtml(parseInline('<b>&</b> *now* [site](/en/x) {{price}}'), figures, 'zh-HK');
    expect(html).toBe('&lt;b&gt;&amp;&lt;/b&gt; <em>now</em> <a href="http://localhost:3000/en/x">site</a> 0.55美元');
  });

  it('drops a link it cannot make safe, keeping its text', () => {
    const html = renderInlineHtml([{ type: 'link', href: 'javascript:alert(1)', children: [{ type: 'text', text: 'x' }] }], figures, 'en');
    expect(html).toBe('x');
  });
});

describe('renderBlocksHtml', () => {
  it('renders each block type, escaping attributions and alt text', () => {
    const html = renderBlocksHtml(
      [
        block('heading', 'Head', { meta: { level: 3 } }),
        block('quote', 'Q', { attribution: 'A "B" <C>' }),
        block('image', 'Caption', { meta: { mediaId: 'mphoto12345', src: '/img.png' }, attribution: 'alt "x"' }),
        block('image', 'No photo yet', { meta: { src: 'https://elsewhere.example/x.png' } }),
        block('chart', ''),
      ],
      figures,
      'en',
      { ...options, image: (id) => (id === 'mphoto12345' ? { src: 'http://localhost:3000/media/mphoto12345/abc/960.jpg', width: 960, height: 600, alt: 'own alt' } : null) },
    );
    expect(html).toContain('<h3>Head</h3>');
    expect(html).toContain('<footer>— A &quot;B&quot; &lt;C&gt;</footer>');
    // Only library photos: an image block's old `src` is never shown.
    expect(html).toContain('<img src="http://localhost:3000/media/mphoto12345/abc/960.jpg" width="960" height="600" alt="alt &quot;x&quot;">');
    expect(html).not.toContain('img.png');
    expect(html).not.toContain('elsewhere.example');
    expect(html).toContain('<figure><figcaption>No photo yet</figcaption></figure>');
    expect(html).toContain('<p><em>(chart)</em></p>');
  });

  it('draws a chart block with the chart renderer, and stands in for a chart it cannot draw', () => {
    const chart = block('chart', '', { meta: { chartId: 'mmlu' } });
    expect(renderBlocksHtml([chart], figures, 'en', { ...options, chart: (key) => `<figure>${key}</figure>` })).toBe('<figure>mmlu</figure>');
    expect(renderBlocksHtml([chart], figures, 'en', { ...options, chart: () => null })).toBe('<p><em>(chart)</em></p>');
  });

  it('adds a teaser link when its target is public', () => {
    const teaser = block('paragraph', 'More soon.', { meta: { teaser: 'next-piece' } });
    expect(renderBlocksHtml([teaser], figures, 'en', { ...options, teaser: () => ({ url: 'http://localhost:3000/en/s/next-piece', text: 'Read it' }) })).toBe(
      '<p>More soon. <a href="http://localhost:3000/en/s/next-piece">Read it</a></p>',
    );
    expect(renderBlocksHtml([teaser], figures, 'en', { ...options, teaser: () => null })).toBe('<p>More soon.</p>');
  });
});
