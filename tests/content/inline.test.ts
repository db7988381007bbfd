import { describe, expect, it } from 'vitest';
import { figureKeysOf, InlineSyntaxError, isSafeHref, parseInline, serializeInline, type InlineNode } from '@/lib/content/inline';

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

  it('names what is wrong with a code the admin can say in words', () => {
    const code = (source: string) => {
      try {
        parseInline(source);
      } catch (e) {
        return (e as InlineSyntaxError).code;
      }
    };
    expect(code('*oops')).toBe('unclosedEmphasis');
    expect(code('{{key|bold}}')).toBe('unknownStyle');
    expect(code('[x](//evil.example)')).toBe('unsafeHref');
  });

  it('accepts only links that are http(s) or stay on the site', () => {
    expect(isSafeHref('https://hai.stanford.edu/ai-index/2025-ai-index-report')).toBe(true);
    expect(isSafeHref('/en/data')).toBe(true);
    for (const bad of ['//evil.example', '/\\evil.example', 'javascript:alert(1)', 'data:text/html,x', 'https://a.example/x y', 'ftp://a.example'])
      expect(isSafeHref(bad), bad).toBe(false);
  });
});

describe('serializeInline', () => {
  const roundTrip = (nodes: InlineNode[]) => parseInline(serializeInline(nodes));

  it('writes what an editor typed back as markup that reads the same', () => {
    const nodes: InlineNode[] = [
      { type: 'text', text: '價格 *僅* [見] {{不是數據}} \\ ' },
      { type: 'em', children: [{ type: 'text', text: 'only' }] },
      { type: 'figure', key: 'deepseek-r1-input-price', style: 'value' },
      { type: 'link', href: 'https://example.org/a', children: [{ type: 'text', text: 'a ] b' }] },
    ];
    expect(roundTrip(nodes)).toEqual(nodes);
  });

  it('keeps existing markup unchanged', () => {
    for (const source of ['價格*僅*{{deepseek-r1-input-price}},見[來源](https://example.org/a)', '{{a-b|words}} and *x [y](/z)*'])
      expect(serializeInline(parseInline(source))).toBe(source);
  });

  it('flattens emphasis in emphasis and drops empty marks', () => {
    const nested: InlineNode[] = [
      {
        type: 'em',
        children: [
          { type: 'text', text: 'a' },
          { type: 'em', children: [{ type: 'text', text: 'b' }] },
        ],
      },
      { type: 'em', children: [] },
    ];
    expect(serializeInline(nested)).toBe('*ab*');
  });
});
