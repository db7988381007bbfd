'use client';
// Points out half-width , : ; ? ! ( ) beside Chinese characters in one block, and fixes
// them on one click. It never changes the text without that click.
import { useTranslations } from 'next-intl';
import { findHalfWidthMarks, fixHalfWidthMarks } from '@/lib/content/zh-punctuation';

interface Props {
  n: number;
  texts: { text: string; attribution: string };
  onFix: (fixed: { text: string; attribution: string }) => void;
}

export function PunctuationCheck({ n, texts, onFix }: Props) {
  const t = useTranslations('Admin.editor.rich');
  const marks = [...findHalfWidthMarks(texts.text), ...findHalfWidthMarks(texts.attribution)];
  if (marks.length === 0) return null;
  return (
    <span className="punctuation-check" data-punctuation={marks.length}>
      <span title={marks.map((m) => `…${m.context}…`).join('\n')}>{t('halfWidth', { count: marks.length, marks: [...new Set(marks.map((m) => m.mark))].join(' ') })}</span>{' '}
      <button
        type="button"
        className="link-button"
        aria-label={t('fixPunctuationLabel', { n })}
        onClick={() => onFix({ text: fixHalfWidthMarks(texts.text), attribution: fixHalfWidthMarks(texts.attribution) })}
      >
        {t('fixPunctuation')}
      </button>
    </span>
  );
}
