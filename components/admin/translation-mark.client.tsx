'use client';
// One locale of one block as a translator sees it: up to date, missing, or stale, with the
// source's change since the translation last agreed with it and a way to confirm it still does.
import { useTranslations } from 'next-intl';
import type { TranslationState } from '@/lib/pieces/provenance';
import type { SourceChange } from '@/lib/pieces/translation-sources';
import type { UiLocale } from './editor-types';
import { WordDiff } from './word-diff';

interface Props {
  locale: UiLocale;
  /** The locale whose text is the source of this one. */
  source: UiLocale;
  n: number;
  state: TranslationState;
  change: SourceChange | undefined;
  busy: boolean;
  onConfirm: () => void;
}

export function TranslationMark({ locale, source, n, state, change, busy, onConfirm }: Props) {
  const t = useTranslations('Admin.translation');
  if (state === 'fresh') return null;
  const lang = (l: UiLocale) => (l === 'zh-HK' ? t('zh') : t('en'));
  if (state === 'missing') {
    return (
      <p className="translation-mark" data-translation="missing">
        <span className="status status-incomplete">{t('missing')}</span>
      </p>
    );
  }
  return (
    <div className="translation-mark" data-translation="stale" role="group" aria-label={t('staleLabel', { block: n, locale: lang(locale) })}>
      <p>
        <span className="status status-stale">{t('stale')}</span> <span className="muted">{t('sourceChanged', { source: lang(source) })}</span>
      </p>
      {change &&
        (change.before === null ? (
          <p className="muted">{t('earlierUnavailable')}</p>
        ) : (
          <WordDiff before={change.before} after={change.after} locale={source} label={t('sourceDiff', { source: lang(source) })} testId={`source-diff-${locale}`} />
        ))}
      <button type="button" className="secondary" disabled={busy} onClick={onConfirm} aria-label={t('confirmLabel', { block: n, locale: lang(locale) })}>
        {t('confirm')}
      </button>
    </div>
  );
}
