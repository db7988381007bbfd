'use client';
// Chooses a figure and inserts its reference where the editor's cursor last was.
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { FigureOption, UiLocale } from './editor-types';

export function FigurePicker({ figures, uiLocale, onInsert }: { figures: FigureOption[]; uiLocale: UiLocale; onInsert: (key: string) => void }) {
  const t = useTranslations('Admin.editor');
  const [key, setKey] = useState(figures[0]?.key ?? '');
  return (
    <div className="toolbar" role="group" aria-label={t('figurePicker')}>
      <label className="sr-only" htmlFor="figure-picker">
        {t('figurePicker')}
      </label>
      <select id="figure-picker" value={key} onChange={(e) => setKey(e.target.value)} style={{ maxWidth: '22rem' }}>
        {figures.map((f) => (
          <option key={f.key} value={f.key}>
            {uiLocale === 'zh-HK' ? f.labelZhHK : f.labelEn} — {f.zh} / {f.en}
          </option>
        ))}
      </select>
      <button type="button" className="secondary" onClick={() => key && onInsert(key)}>
        {t('insertFigure')}
      </button>
    </div>
  );
}
