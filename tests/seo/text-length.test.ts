// Titles and descriptions stay within what search results show, counting CJK as double width.
import { describe, expect, it } from 'vitest';
import { clip, DESCRIPTION_MAX_WIDTH, displayWidth, TITLE_MAX_WIDTH, titleWithSite } from '@/lib/seo/metadata/text-length';

describe('displayWidth', () => {
  it('counts Han characters and fullwidth punctuation double, Latin single', () => {
    expect(displayWidth('Tandem')).toBe(6);
    expect(displayWidth('全球AI競賽')).toBe(10);
    expect(displayWidth('「成本革命」\uff0c')).toBe(14);
    expect(displayWidth('a,b')).toBe(3);
  });
});

describe('clip', () => {
  it('leaves short text alone and normalises whitespace', () => {
    expect(clip('  The  Global\nAI Race ', 60)).toBe('The Global AI Race');
  });

  it('cuts English at a word boundary with an ellipsis, within the budget', () => {
    const long =
      'How China’s state-led, low-cost AI strategy challenges US dominance, why Europe risks lagging behind, and how chips, energy and talent could decide the race for good.';
    const out = clip(long, DESCRIPTION_MAX_WIDTH);
    expect(displayWidth(out)).toBeLessThanOrEqual(DESCRIPTION_MAX_WIDTH);
    expect(out.endsWith('…')).toBe(true);
    expect(long.startsWith(out.slice(0, -1))).toBe(true);
    expect(long[out.length - 1]).toBe(' ');
  });

  it('cuts Chinese by width, anywhere, without trailing punctuation', () => {
    const long = '中國以國家主導策略和成本創新挑戰美國AI主導地位,歐洲恐淪旁觀者。芯片、能源、人才和價格,誰能勝出?'.repeat(3);
    const out = clip(long, TITLE_MAX_WIDTH);
    expect(displayWidth(out)).toBeLessThanOrEqual(TITLE_MAX_WIDTH);
    expect(out).toMatch(/[^,。、]…$/);
  });
});

describe('titleWithSite', () => {
  it('adds the site name only when it fits', () => {
    expect(titleWithSite('全球AI競賽', 'Tandem')).toBe('全球AI競賽 | Tandem');
    const long = 'China’s AI ‘Cost Revolution’ Challenges US Dominance';
    expect(titleWithSite(long, 'Tandem')).toBe(long);
  });
});
