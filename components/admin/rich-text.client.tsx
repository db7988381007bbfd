'use client';
// One locale's text of a block, edited as text with emphasis, links and figure chips, and
// saved as Tandem's inline markup. The DOM is the editor's while it types; a new value from
// outside (a punctuation fix, an undo, a reload) redraws it.
import { useTranslations } from 'next-intl';
import { useCallback, useImperativeHandle, useLayoutEffect, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import { isSafeHref } from '@/lib/content/inline';
import type { FigureStyle } from '@/lib/figures/types';
import type { FigureOption, UiLocale } from './editor-types';
import { FigureSuggestions, matchFigures } from './figure-suggestions.client';
import { CHIP_CLASS, chipTypedRefs, fillChip, insertAt, makeChip, placeCaretAfter, readMarkup, renderMarkup, takeTrigger, textBeforeCaret, type ChipText } from './rich-text-dom';

export interface RichTextHandle {
  insertFigure: (key: string) => void;
  focus: () => void;
}

interface Props {
  id: string;
  label: string;
  locale: UiLocale;
  value: string;
  onChange: (markup: string) => void;
  onFocus: (handle: RichTextHandle) => void;
  figures: FigureOption[];
  invalid: boolean;
  describedBy?: string;
  /** Headings and captions: short; Enter never makes a new line in any block. */
  compact?: boolean;
  readOnly?: boolean;
  handleRef?: Ref<RichTextHandle>;
}

const TRIGGER = /\{\{([a-z0-9-]*)$/;

export function RichText({ id, label, locale, value, onChange, onFocus, figures, invalid, describedBy, compact, readOnly, handleRef }: Props) {
  const t = useTranslations('Admin.editor.rich');
  const el = useRef<HTMLDivElement>(null);
  const lastValue = useRef<string | null>(null);
  const savedRange = useRef<Range | null>(null);
  const [broken, setBroken] = useState(false);
  const [query, setQuery] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const chip = useRef<HTMLElement | null>(null);
  const [chipInfo, setChipInfo] = useState<{ key: string; style: string } | null>(null);
  const [link, setLink] = useState<{ href: string; range: Range | null } | null>(null);

  // Chips read the figures through refs: the DOM outlives renders, and event handlers need the latest list.
  const chipTextRef = useRef<ChipText>(() => undefined);
  const knownRef = useRef<(key: string) => boolean>(() => false);
  useLayoutEffect(() => {
    const byKey = new Map(figures.map((f) => [f.key, f]));
    chipTextRef.current = (key, style) => byKey.get(key)?.display[style][locale];
    knownRef.current = (key) => byKey.has(key);
  }, [figures, locale]);

  // Redraw only when the value is not what the surface already holds.
  useLayoutEffect(() => {
    const node = el.current;
    if (!node || value === lastValue.current) return;
    if (broken || readMarkup(node) !== value || node.childNodes.length === 0) {
      const ok = renderMarkup(node, value, (k, s) => chipTextRef.current(k, s));
      setBroken(!ok);
    }
    lastValue.current = value;
  }, [value, broken]);

  const emit = useCallback(() => {
    const node = el.current;
    if (!node) return;
    const markup = readMarkup(node);
    if (markup !== lastValue.current) {
      lastValue.current = markup;
      onChange(markup);
    }
  }, [onChange]);

  const rememberCaret = () => {
    const sel = window.getSelection();
    if (sel && sel.rangeCount && el.current?.contains(sel.getRangeAt(0).startContainer)) savedRange.current = sel.getRangeAt(0).cloneRange();
  };

  const insertFigure = useCallback(
    (key: string, range: Range | null = savedRange.current) => {
      const node = el.current;
      if (!node) return;
      node.focus();
      insertAt(
        node,
        range,
        makeChip(key, 'full', (k, s) => chipTextRef.current(k, s)),
      );
      rememberCaret();
      emit();
    },
    [emit],
  );
  const handle: RichTextHandle = { insertFigure: (key) => insertFigure(key), focus: () => el.current?.focus() };
  useImperativeHandle(handleRef, () => handle);

  const onInput = () => {
    const node = el.current;
    if (!node) return;
    if (chip.current && !chip.current.isConnected) {
      chip.current = null;
      setChipInfo(null);
    }
    const made = chipTypedRefs(
      node,
      (k) => knownRef.current(k),
      (k, s) => chipTextRef.current(k, s),
    );
    if (made) placeCaretAfter(made);
    const typed = TRIGGER.exec(textBeforeCaret(node));
    setQuery(typed ? typed[1]! : null);
    setActive(0);
    rememberCaret();
    emit();
  };

  const choose = (key: string) => {
    const node = el.current;
    if (!node || query === null) return;
    const range = takeTrigger(node, query.length + 2);
    setQuery(null);
    insertFigure(key, range);
  };

  const openLink = () => {
    rememberCaret();
    const a = window.getSelection()?.anchorNode?.parentElement?.closest('a');
    setLink({ href: a && el.current?.contains(a) ? (a.getAttribute('href') ?? '') : 'https://', range: savedRange.current });
  };
  const applyLink = () => {
    if (!link || !isSafeHref(link.href.trim())) return;
    const node = el.current!;
    node.focus();
    const sel = window.getSelection();
    if (sel && link.range) {
      sel.removeAllRanges();
      sel.addRange(link.range);
    }
    const href = link.href.trim();
    if (sel && !sel.isCollapsed) document.execCommand('createLink', false, href);
    else {
      const a = document.createElement('a');
      a.setAttribute('href', href);
      a.textContent = href;
      insertAt(node, link.range, a);
    }
    setLink(null);
    emit();
  };
  const emphasis = () => {
    el.current?.focus();
    document.execCommand('italic');
    emit();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const mod = e.metaKey || e.ctrlKey;
    if (query !== null) {
      const matches = matchFigures(figures, query);
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        setActive((i) => (matches.length ? (i + (e.key === 'ArrowDown' ? 1 : matches.length - 1)) % matches.length : 0));
        return;
      }
      if ((e.key === 'Enter' || e.key === 'Tab') && matches[active]) {
        e.preventDefault();
        choose(matches[active]!.key);
        return;
      }
      if (e.key === 'Escape') {
        e.preventDefault();
        setQuery(null);
        return;
      }
    }
    if (mod && e.key.toLowerCase() === 'b') {
      e.preventDefault();
      emphasis();
    } else if (mod && e.key.toLowerCase() === 'k') {
      e.preventDefault();
      openLink();
    } else if (e.key === 'Enter') e.preventDefault();
  };

  const setChipStyle = (style: FigureStyle) => {
    const node = chip.current;
    if (!node) return;
    node.dataset.style = style;
    fillChip(node, (k, s) => chipTextRef.current(k, s));
    setChipInfo({ key: node.dataset.figure ?? '', style });
    emit();
  };
  const removeChip = () => {
    chip.current?.remove();
    chip.current = null;
    setChipInfo(null);
    emit();
  };

  const linkOk = link ? isSafeHref(link.href.trim()) : true;
  const keep = (e: React.MouseEvent) => e.preventDefault();

  return (
    <div className="rich" data-broken={broken || undefined}>
      {!readOnly && (
        <div className="rich-tools" role="toolbar" aria-label={t('toolbar')} aria-controls={id}>
          <button type="button" className="secondary" onMouseDown={keep} onClick={emphasis} title={t('emphasisKey')} aria-label={t('emphasis')}>
            <em>I</em>
          </button>
          <button type="button" className="secondary" onMouseDown={keep} onClick={openLink} title={t('linkKey')} aria-label={t('link')}>
            🔗
          </button>
          {chipInfo && (
            <span className="chip-tools" role="group" aria-label={t('chipStyle', { key: chipInfo.key })}>
              {(['full', 'value', 'words'] as const).map((s) => (
                <button
                  key={s}
                  type="button"
                  className={chipInfo.style === s ? '' : 'secondary'}
                  aria-pressed={chipInfo.style === s}
                  onMouseDown={keep}
                  onClick={() => setChipStyle(s)}
                >
                  {t(`style.${s}`)}
                </button>
              ))}
              <button type="button" className="secondary" onMouseDown={keep} onClick={removeChip}>
                {t('removeFigure')}
              </button>
            </span>
          )}
        </div>
      )}
      <div
        ref={el}
        id={id}
        hidden={broken}
        role="textbox"
        aria-multiline={!compact}
        aria-label={label}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        aria-readonly={readOnly || undefined}
        lang={locale}
        className={`rich-surface${compact ? ' compact' : ''}`}
        contentEditable={!readOnly && !broken}
        suppressContentEditableWarning
        spellCheck
        onInput={onInput}
        onKeyDown={onKeyDown}
        onKeyUp={rememberCaret}
        onMouseUp={rememberCaret}
        onFocus={() => onFocus(handle)}
        onBlur={() => setTimeout(() => setQuery(null), 150)}
        onClick={(e) => {
          const hit = (e.target as HTMLElement).closest(`.${CHIP_CLASS}`);
          chip.current = hit instanceof HTMLElement ? hit : null;
          setChipInfo(chip.current ? { key: chip.current.dataset.figure ?? '', style: chip.current.dataset.style ?? 'full' } : null);
        }}
        onPaste={(e) => {
          // Only text comes in: pasted HTML would bring styles and scripts along.
          e.preventDefault();
          document.execCommand('insertText', false, e.clipboardData.getData('text/plain').replace(/[\r\n]+/g, ' '));
        }}
        onDrop={(e) => e.preventDefault()}
      />
      {broken && <textarea aria-label={label} value={value} onChange={(e) => onChange(e.target.value)} aria-invalid rows={4} lang={locale} readOnly={readOnly} />}
      {query !== null && <FigureSuggestions figures={figures} query={query} active={active} locale={locale} onChoose={choose} />}
      {link && (
        <div className="link-form" role="group" aria-label={t('link')}>
          <label>
            {t('linkAddress')}
            <input
              autoFocus
              value={link.href}
              aria-invalid={!linkOk}
              aria-describedby={`${id}-link-error`}
              onChange={(e) => setLink({ ...link, href: e.target.value })}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  applyLink();
                } else if (e.key === 'Escape') setLink(null);
              }}
            />
          </label>
          <span id={`${id}-link-error`} className="field-error" aria-live="polite">
            {linkOk ? '' : t('linkInvalid')}
          </span>
          <button type="button" onClick={applyLink} disabled={!linkOk}>
            {t('linkApply')}
          </button>
          <button type="button" className="secondary" onClick={() => setLink(null)}>
            {t('cancel')}
          </button>
        </div>
      )}
    </div>
  );
}
