'use client';
// The length of the whole piece in each language: Chinese characters, English words.
import { useTranslations } from 'next-intl';
import type { EditorContent } from './editor-types';
import { countMarkup } from './text-count.client';

export function PieceCounts({ content }: { content: EditorContent }) {
  const t = useTranslations('Admin.editor.rich');
  let zh = 0;
  let en = 0;
  for (const b of content.blocks) {
    const z = countMarkup(b.texts['zh-HK'].text);
    zh += z.characters + z.words;
    en += countMarkup(b.texts.en.text).words;
  }
  return (
    <span className="muted piece-counts" data-testid="piece-counts">
      <span lang="zh-HK">{t('characters', { count: zh })}</span> · <span lang="en">{t('words', { count: en })}</span>
    </span>
  );
}
