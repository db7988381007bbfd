'use client';
// Chooses a figure and inserts it as a chip where the editor's cursor last was. Typing
// "{{" in a text does the same without leaving the keyboard.
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { FigureOption, UiLocale } from './editor-types';
import { matchFigures } from './figure-suggestions.client';

export function FigurePicker({ figures, uiLocale, onInsert }: { figures: FigureOption[]; uiLocale: UiLocale; onInsert: (key: string) => void }) {
  const t = useTranslations('Admin.editor');
  const [query, setQuery] = useState('');
  const shown = query ? matchFigures(figures, query) : figures;
  const [key, setKey] = useState(figures[0]?.key ?? '');
  const chosen = shown.some((f) => f.key === key) ? key : (shown[0]?.key ?? '');
  return (
    <div className="figure-picker" role="group" aria-label={t('figurePicker')}>
      <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder={t('rich.searchFigures')} aria-label={t('rich.searchFigures')} />
      <label className="sr-only" htmlFor="figure-picker">
        {t('figurePicker')}
      </label>
      <select id="figure-picker" value={chosen} onChange={(e) => setKey(e.target.value)}>
        {shown.map((f) => (
          <option key={f.key} value={f.key}>
            {uiLocale === 'zh-HK' ? f.labelZhHK : f.labelEn} — {f.display.full['zh-HK']} / {f.display.full.en}
          </option>
        ))}
      </select>
      {/* Keeps the text's selection: the chip goes where the cursor was. */}
      <button type="button" className="secondary" onMouseDown={(e) => e.preventDefault()} onClick={() => chosen && onInsert(chosen)} disabled={!chosen}>
        {t('insertFigure')}
      </button>
    </div>
  );
}
