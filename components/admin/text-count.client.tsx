'use client';
// How long a text is as its readers count: characters in Chinese, words in English.
import { useTranslations } from 'next-intl';
import { parseInline } from '@/lib/content/inline';
import { countInline, type ReadingCount } from '@/lib/content/reading-time';
import type { UiLocale } from './editor-types';

/** Counts a text's markup; markup that does not parse counts as its plain characters. */
export function countMarkup(markup: string): ReadingCount {
  try {
    return countInline(parseInline(markup));
  } catch {
    return countInline([{ type: 'text', text: markup }]);
  }
}

export function TextCount({ markup, locale }: { markup: string; locale: UiLocale }) {
  const t = useTranslations('Admin.editor.rich');
  const c = countMarkup(markup);
  return <span className="muted text-count">{locale === 'zh-HK' ? t('characters', { count: c.characters + c.words }) : t('words', { count: c.words })}</span>;
}
