// A refused body names each problem at its block's field, in the editor's interface language.
import { createTranslator } from 'use-intl/core';
import { describe, expect, it } from 'vitest';
import en from '@/messages/en.json';
import zh from '@/messages/zh-HK.json';
import { blockFieldErrors, type AdminTranslator } from '@/lib/admin/validation-messages';
import type { BlockDraft } from '@/lib/content/blocks';
import { BodyValidationError, checkBody } from '@/lib/content/check-refs';

const block = (zhText: string, enText: string, attribution = ''): BlockDraft => ({
  type: 'quote',
  meta: {},
  texts: { 'zh-HK': { text: zhText, attribution }, en: { text: enText, attribution: '' } },
});

function problems(blocks: BlockDraft[]) {
  try {
    checkBody('p', blocks, new Set(['known']));
  } catch (e) {
    if (e instanceof BodyValidationError) return e.problems;
    throw e;
  }
  return [];
}

const t = (locale: 'en' | 'zh-HK') =>
  createTranslator({ locale: locale === 'en' ? 'en' : 'zh-hk', messages: locale === 'en' ? en : zh, namespace: 'Admin' }) as unknown as AdminTranslator;

describe('errors at their block', () => {
  const found = problems([block('好', 'fine'), block('{{gone}}', '[x](javascript:alert(1))', '*open')]);

  it('keys each problem by block, locale and field', () => {
    expect(Object.keys(blockFieldErrors(t('en'), found)).sort()).toEqual(['blocks.1.texts.en.text', 'blocks.1.texts.zh-HK.attribution', 'blocks.1.texts.zh-HK.text']);
  });

  it('says what is wrong in English and in Chinese, naming the missing figure', () => {
    const inEnglish = blockFieldErrors(t('en'), found);
    expect(inEnglish['blocks.1.texts.zh-HK.text']).toBe('No figure has the key “gone”.');
    expect(inEnglish['blocks.1.texts.en.text']).toMatch(/^Links must start with https:\/\//);
    expect(inEnglish['blocks.1.texts.zh-HK.attribution']).toBe('An emphasis mark “*” has no partner.');
    const inChinese = blockFieldErrors(t('zh-HK'), found);
    expect(inChinese['blocks.1.texts.zh-HK.text']).toBe('沒有數據使用代號「gone」。');
    expect(inChinese['blocks.1.texts.en.text']).toMatch(/^連結必須以/);
  });

  it('has a message for every problem the markup can have', () => {
    for (const code of [
      'unclosedEmphasis',
      'unclosedFigure',
      'malformedFigure',
      'unknownStyle',
      'linkForm',
      'unclosedLink',
      'unsafeHref',
      'unknownFigure',
      'unknownChart',
      'unknownPhoto',
    ]) {
      for (const locale of ['en', 'zh-HK'] as const) {
        const msg = blockFieldErrors(t(locale), [{ piece: 'p', block: 1, locale: 'en', field: 'text', code, message: '', key: 'k' }])['blocks.0.texts.en.text'];
        expect(msg, `${locale} ${code}`).not.toBe(t(locale)('validation.generic'));
      }
    }
  });
});
