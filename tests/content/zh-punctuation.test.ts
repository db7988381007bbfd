import { describe, expect, it } from 'vitest';
import { findHalfWidthMarks, fixHalfWidthMarks } from '@/lib/content/zh-punctuation';
import { feature } from '@/prisma/seed/content/feature';

describe('the Chinese punctuation check', () => {
  it('flags half-width marks beside Chinese characters and offers the full-width ones', () => {
    const marks = findHalfWidthMarks('成本下降,效能上升:為何?');
    expect(marks.map((m) => [m.mark, m.fix])).toEqual([
      [',', '，'],
      [':', '：'],
      ['?', '？'],
    ]);
    expect(fixHalfWidthMarks('成本下降,效能上升:為何?')).toBe('成本下降，效能上升：為何？');
  });

  it('fixes a bracket pair whole when one side touches Chinese', () => {
    expect(fixHalfWidthMarks('騰訊混元(Hunyuan-Large)模型')).toBe('騰訊混元（Hunyuan-Large）模型');
  });

  it('leaves English, numbers, figure references and link addresses alone', () => {
    const text = 'Prices fell (sharply), see 1,000: {{gpt-4o-input-price|value}}，[報告](https://example.org/a?x=1,2)。';
    expect(findHalfWidthMarks(text)).toEqual([]);
    expect(fixHalfWidthMarks(text)).toBe(text);
    expect(fixHalfWidthMarks('見[報告](/zh-hk/data)!')).toBe('見[報告](/zh-hk/data)！');
  });

  it('never changes an escaped mark or a text without marks', () => {
    expect(fixHalfWidthMarks('中文\\,中文')).toBe('中文\\,中文');
    expect(fixHalfWidthMarks('全形標點，已經正確。')).toBe('全形標點，已經正確。');
  });

  it('reports the seed headline’s half-width colon without changing the seed', () => {
    const title = feature.title['zh-HK'];
    expect(findHalfWidthMarks(title).map((m) => m.mark)).toEqual([':']);
    expect(feature.title['zh-HK']).toBe(title);
    expect(title).toContain('全球AI競賽:中國');
  });
});
