import { describe, expect, it } from 'vitest';
import type { ReaderBlock } from '@/lib/content/blocks';
import { parseInline } from '@/lib/content/inline';
import { countInline, countText, readingMinutes } from '@/lib/content/reading-time';

const block = (text: string, type: ReaderBlock['type'] = 'paragraph', attribution = ''): Pick<ReaderBlock, 'type' | 'content' | 'attribution'> => ({
  type,
  content: parseInline(text),
  attribution,
});
const article = (...blocks: Pick<ReaderBlock, 'type' | 'content' | 'attribution'>[]) => ({ title: '', standfirst: '', blocks });

describe('countText', () => {
  it('counts Chinese in characters, not punctuation', () => {
    expect(countText('人工智能革命,遠不止於更聰明的聊天機械人。「這」')).toEqual({ characters: 20, words: 0 });
  });

  it('counts Han from the extensions and compatibility block, and kana, as characters', () => {
    // U+3400 (extension A), U+20000 (extension B), U+F900 (compatibility), hiragana and katakana.
    expect(countText('\u3400\u{20000}\uF900ひらカタ')).toEqual({ characters: 7, words: 0 });
  });

  it('counts English in words, numbers and contractions included', () => {
    expect(countText('China’s cost revolution: 90.8% of $109.1 billion, 1–3 points — state-of-the-art.')).toEqual({ characters: 0, words: 10 });
  });

  it('counts Latin words inside Chinese text as words', () => {
    expect(countText('DeepSeek R1的價格比OpenAI o1低')).toEqual({ characters: 5, words: 4 });
  });
});

describe('countInline', () => {
  it('does not count markup or link addresses', () => {
    expect(countInline(parseInline('見*報告*與[歐洲審計院](https://www.eca.europa.eu/en/publications)'))).toEqual({ characters: 9, words: 0 });
    expect(countInline(parseInline('see *the* [report](https://example.org/a-long-address)'))).toEqual({ characters: 0, words: 3 });
  });

  it('reads a figure reference as one word, whatever its style', () => {
    expect(countInline(parseInline('投資達{{us-private-ai-investment-2024}},佔{{share|words}}'))).toEqual({ characters: 4, words: 2 });
    expect(countInline(parseInline('about{{a}}people'))).toEqual({ characters: 0, words: 3 });
  });
});

describe('readingMinutes', () => {
  it('reads Chinese at about 400 characters a minute, rounding up', () => {
    expect(readingMinutes(article(block('字'.repeat(400))))).toBe(1);
    expect(readingMinutes(article(block('字'.repeat(401))))).toBe(2);
    expect(readingMinutes(article(block('字'.repeat(3200))))).toBe(8);
  });

  it('reads English at about 230 words a minute, rounding up', () => {
    expect(readingMinutes(article(block(Array(230).fill('word').join(' '))))).toBe(1);
    expect(readingMinutes(article(block(Array(231).fill('word').join(' '))))).toBe(2);
    expect(readingMinutes(article(block(Array(1840).fill('word').join(' '))))).toBe(8);
  });

  it('adds Chinese characters and the Latin words among them', () => {
    // 200 characters (half a minute) and 115 words (half a minute) make one minute.
    expect(readingMinutes(article(block(`${'字'.repeat(200)}${' AI'.repeat(115)}`)))).toBe(1);
    expect(readingMinutes(article(block(`${'字'.repeat(200)}${' AI'.repeat(116)}`)))).toBe(2);
  });

  it('allows 20 seconds for each chart', () => {
    const text = '字'.repeat(340); // 51 seconds
    expect(readingMinutes(article(block(text)))).toBe(1);
    expect(readingMinutes(article(block(text), block('', 'chart')))).toBe(2);
    expect(readingMinutes(article(block('', 'chart'), block('', 'chart'), block('', 'chart'), block('', 'chart')))).toBe(2);
  });

  it('counts the headline, the standfirst and a quote’s speaker, but not an image’s alt text', () => {
    const base = readingMinutes({ title: '字'.repeat(200), standfirst: '字'.repeat(200), blocks: [] });
    expect(base).toBe(1);
    expect(readingMinutes({ title: '字'.repeat(200), standfirst: '字'.repeat(200), blocks: [block('', 'quote', '李')] })).toBe(2);
    expect(readingMinutes({ title: '字'.repeat(200), standfirst: '字'.repeat(200), blocks: [block('', 'image', '字'.repeat(100))] })).toBe(1);
  });

  it('is at least one minute, even for an empty article', () => {
    expect(readingMinutes(article())).toBe(1);
    expect(readingMinutes(article(block('短')))).toBe(1);
  });
});
