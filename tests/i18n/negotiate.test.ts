import { describe, expect, it } from 'vitest';
import { localeFromAcceptLanguage, negotiateLocale } from '@/i18n/negotiate';

describe('locale negotiation for /', () => {
  it.each([
    ['zh-HK,zh;q=0.9', 'zh-HK'],
    ['zh-CN', 'zh-HK'],
    ['zh-TW;q=0.8, en;q=0.5', 'zh-HK'],
    ['zh', 'zh-HK'],
    ['en-GB,en;q=0.9', 'en'],
    ['fr-FR', 'en'],
    ['en;q=0.4, zh-HK;q=0.9', 'zh-HK'],
    ['', 'zh-HK'],
    [null, 'zh-HK'],
    ['!!!garbage;;', 'zh-HK'],
    ['en;q=abc', 'zh-HK'],
    ['*', 'zh-HK'],
  ])('Accept-Language %j goes to %s', (header, locale) => {
    expect(localeFromAcceptLanguage(header)).toBe(locale);
  });

  it('prefers the NEXT_LOCALE cookie over the header', () => {
    expect(negotiateLocale('en', 'zh-HK')).toBe('en');
    expect(negotiateLocale('zh-HK', 'en-US')).toBe('zh-HK');
    expect(negotiateLocale('klingon', 'en-US')).toBe('en');
  });
});
