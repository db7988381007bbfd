'use client';
// What a save refused, at the top of the editor: one link per field, each to the field itself.
import { useTranslations } from 'next-intl';
import { useEffect, useRef } from 'react';
import { fieldId, type FieldErrors, type UiLocale } from './editor-types';

interface Props {
  errors: FieldErrors;
  blocks: number;
  localeName: (l: UiLocale) => string;
}

const BLOCK_FIELD = /^blocks\.(\d+)\.texts\.(zh-HK|en)\.(text|attribution)$/;
const HEAD_FIELD = /^texts\.(zh-HK|en)\.(title|standfirst|seoTitle|seoDescription)$/;

export function ErrorSummary({ errors, blocks, localeName }: Props) {
  const t = useTranslations('Admin.editor');
  const box = useRef<HTMLDivElement>(null);
  const entries = Object.entries(errors).flatMap(([path, message]) => {
    const b = BLOCK_FIELD.exec(path);
    if (b) {
      const index = Number(b[1]);
      if (index >= blocks) return [];
      const locale = b[2] as UiLocale;
      return [{ path, message, href: `#${fieldId(index, locale, b[3] as 'text' | 'attribution')}`, where: t('rich.errorAtBlock', { n: index + 1, locale: localeName(locale) }) }];
    }
    const h = HEAD_FIELD.exec(path);
    if (h) return [{ path, message, href: `#field-${h[1]}-${h[2]}`, where: `${t(h[2] === 'title' ? 'headline' : (h[2] as 'standfirst'))} · ${localeName(h[1] as UiLocale)}` }];
    if (path === 'slug') return [{ path, message, href: '#field-slug', where: t('slug') }];
    return [];
  });
  const count = entries.length;
  // A new set of problems takes the focus, so a screen reader hears it and the keyboard is there.
  useEffect(() => {
    if (count) box.current?.focus();
  }, [errors, count]);
  if (!count) return null;
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={box} data-testid="error-summary">
      <h2>{t('rich.errorSummary', { count })}</h2>
      <ul>
        {entries.map((e) => (
          <li key={e.path}>
            <a
              href={e.href}
              onClick={(ev) => {
                const target = document.querySelector<HTMLElement>(e.href);
                if (!target) return;
                ev.preventDefault();
                target.scrollIntoView({ block: 'center' });
                target.focus({ preventScroll: true });
              }}
            >
              {e.where}
            </a>
            : {e.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
