'use client';
// Above the blocks: how many blocks of each locale are stale or untranslated, and the
// "needs translation" filter that shows only those.
import { useTranslations } from 'next-intl';
import type { UiLocale } from './editor-types';

interface Props {
  counts: { locale: UiLocale; stale: number; missing: number }[];
  only: boolean;
  onToggle: (only: boolean) => void;
}

export function TranslationSummary({ counts, only, onToggle }: Props) {
  const t = useTranslations('Admin.translation');
  const any = counts.some((c) => c.stale + c.missing > 0);
  return (
    <div className="toolbar translation-summary" data-testid="translation-summary">
      {counts.map((c) => (
        <span key={c.locale} data-locale={c.locale} data-stale={c.stale} data-missing={c.missing}>
          <strong>{c.locale === 'zh-HK' ? t('zh') : t('en')}</strong>: {c.stale + c.missing === 0 ? t('upToDate') : t('counts', { stale: c.stale, missing: c.missing })}
        </span>
      ))}
      <label className="inline">
        <input type="checkbox" checked={only} onChange={(e) => onToggle(e.target.checked)} disabled={!any && !only} /> {t('onlyNeeding')}
      </label>
    </div>
  );
}
