import { describe, expect, it } from 'vitest';
import { figureKeysOf, InlineSyntaxError, parseInline } from '@/lib/content/inline';

describe('parseInline', () => {
  it('reads emphasis, links and figure references', () => {
    expect(parseInline('價格*僅*{{deepseek-r1-input-price}},見[來源](https://example.org/a)')).toEqual([
      { type: 'text', text: '價格' },
      { type: 'em', children: [{ type: 'text', text: '僅' }] },
      { type: 'figure', key: 'deepseek-r1-input-price', style: 'full' },
      { type: 'text', text: ',見' },
      { type: 'link', href: 'https://example.org/a', children: [{ type: 'text', text: '來源' }] },
    ]);
  });

  it('keeps HTML as plain text', () => {
    expect(parseInline('<script>alert(1)</script>')).toEqual([{ type: 'text', text: '<script>alert(1)</script>' }]);
  });

  it('reads figure styles and escapes', () => {
    expect(parseInline('{{a-b|value}}\\*')).toEqual([
      { type: 'figure', key: 'a-b', style: 'value' },
      { type: 'text', text: '*' },
    ]);
  });

  it.each([
    ['unclosed emphasis', '*oops'],
    ['unclosed figure', '{{key'],
    ['unknown style', '{{key|bold}}'],
    ['javascript link', '[x](javascript:alert(1))'],
    ['malformed key', '{{Bad Key}}'],
  ])('rejects %s with an offset', (_, source) => {
    expect(() => parseInline(source)).toThrow(InlineSyntaxError);
  });

  it('lists the figure keys a text uses, once each', () => {
    expect(figureKeysOf(parseInline('{{a}} *{{b}}* [x {{a}}](/y)'))).toEqual(['a', 'b']);
  });
});
