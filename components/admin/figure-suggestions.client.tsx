'use client';
// The figures offered while "{{" is being typed: filtered by key and label, chosen by click or Enter.
import { useTranslations } from 'next-intl';
import type { FigureOption, UiLocale } from './editor-types';

const MAX = 8;

export function matchFigures(figures: FigureOption[], query: string): FigureOption[] {
  const q = query.toLowerCase();
  return figures.filter((f) => !q || f.key.includes(q) || f.labelEn.toLowerCase().includes(q) || f.labelZhHK.includes(query)).slice(0, MAX);
}

export function FigureSuggestions({
  figures,
  query,
  active,
  locale,
  onChoose,
}: {
  figures: FigureOption[];
  query: string;
  active: number;
  locale: UiLocale;
  onChoose: (key: string) => void;
}) {
  const t = useTranslations('Admin.editor.rich');
  const matches = matchFigures(figures, query);
  return (
    <ul className="figure-suggestions" role="listbox" aria-label={t('suggestions')}>
      {matches.length === 0 && <li className="muted">{t('noFigure', { query })}</li>}
      {matches.map((f, i) => (
        <li key={f.key} role="option" aria-selected={i === active}>
          <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={() => onChoose(f.key)}>
            <strong>{f.display.full[locale]}</strong> <span className="muted">{locale === 'zh-HK' ? f.labelZhHK : f.labelEn}</span> <code>{f.key}</code>
          </button>
        </li>
      ))}
    </ul>
  );
}
