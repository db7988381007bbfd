// The benchmark harness's pure parts: statistics, number formatting, tables, page parsing.
import { describe, expect, it } from 'vitest';
import { figureValueIn } from '@/scripts/bench/editor';
import { bytes, markdownTable, num, pct, range, textTable } from '@/scripts/bench/format';
import { growth, median, percentile, ratioSummary, summarize } from '@/scripts/bench/stats';
import { scriptUrls } from '@/scripts/bench/weight';

describe('statistics', () => {
  it('takes medians of odd and even counts without mutating the input', () => {
    const values = [5, 1, 3];
    expect(median(values)).toBe(3);
    expect(values).toEqual([5, 1, 3]);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('interpolates percentiles and answers NaN for no data', () => {
    const hundred = Array.from({ length: 101 }, (_, i) => i);
    expect(percentile(hundred, 99)).toBe(99);
    expect(percentile([10, 20], 50)).toBe(15);
    expect(percentile([], 50)).toBeNaN();
  });

  it('summarises rounds as median, min and max, ignoring failed (non-finite) rounds', () => {
    expect(summarize([3, NaN, 1, 2])).toEqual({ median: 2, min: 1, max: 3, n: 3 });
    expect(summarize([]).n).toBe(0);
  });

  it('takes ratios within each round, so drift between rounds cancels', () => {
    // The machine was twice as fast in round 2, for both pages alike.
    expect(ratioSummary([90, 180], [100, 200])).toEqual({ median: 0.9, min: 0.9, max: 0.9, n: 2 });
    expect(ratioSummary([1, 2], [0, 4]).n).toBe(1);
  });

  it('gives growth factors', () => {
    expect(growth(10, 25)).toBe(2.5);
    expect(growth(0, 5)).toBeNaN();
  });
});

describe('formatting', () => {
  it('formats numbers, bytes, percentages and ranges', () => {
    expect(num(1234.5)).toBe('1,235');
    expect(num(12.345)).toBe('12.3');
    expect(num(1.234)).toBe('1.23');
    expect(num(NaN)).toBe('–');
    expect(bytes(512)).toBe('512 B');
    expect(bytes(10 * 1024)).toBe('10.0 KB');
    expect(pct(0.934)).toBe('93%');
    expect(pct(0.005)).toBe('0.5%');
    expect(range({ median: 2, min: 1, max: 3, n: 3 })).toBe('2.00 (1.00–3.00)');
    expect(range({ median: 2, min: 2, max: 2, n: 1 })).toBe('2.00');
  });

  it('aligns text tables and escapes Markdown cells', () => {
    const text = textTable(
      ['page', 'req/s'],
      [
        ['about', '900'],
        ['article zh-HK', '850'],
      ],
    );
    expect(text.split('\n')).toEqual(['page           req/s', '-------------  -----', 'about            900', 'article zh-HK    850']);
    expect(markdownTable(['a', 'b'], [['x|y', '1']])).toBe('| a | b |\n| --- | ---: |\n| x\\|y | 1 |');
  });
});

describe('page parsing', () => {
  it('finds the same-origin scripts a page loads, once each', () => {
    const html =
      '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/a.js"/>' +
      '<script src="/_next/static/chunks/a.js" async=""></script><script src="/_next/static/chunks/b.js?v=1&amp;x=2"></script>' +
      '<script src="https://cdn.example/x.js"></script><script>self.__next_f.push([])</script>';
    expect(scriptUrls(html)).toEqual(['/_next/static/chunks/a.js', '/_next/static/chunks/b.js?v=1&x=2']);
  });

  it('reads the value a page shows for a figure from its data element', () => {
    const html = '<p>Price <data value="0.56" class="figure" data-figure="deepseek-r1-input-price">$0.56</data> and <data value="3" data-figure="other">3</data></p>';
    expect(figureValueIn(html, 'deepseek-r1-input-price')).toBe('0.56');
    expect(figureValueIn(html, 'other')).toBe('3');
    expect(figureValueIn(html, 'missing')).toBeNull();
  });
});
