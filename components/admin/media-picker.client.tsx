'use client';
// The photo picker of image blocks and the lead-image slot: a dialog with the library,
// searchable, that hands back the chosen photo.
import { useTranslations } from 'next-intl';
import { useRef, useState } from 'react';
import { searchMediaAction } from '@/app/admin/actions/media';
import type { MediaLocale, MediaView } from '@/lib/media/types';
import { MediaThumb } from './media-thumb';
import './media.css';

export type PickedMedia = MediaView & { originalName: string };

interface Props {
  /** The button's accessible name, e.g. "Choose photo #3". */
  label: string;
  uiLocale: MediaLocale;
  onPick: (media: PickedMedia) => void;
}

export function MediaPicker({ label, uiLocale, onPick }: Props) {
  const t = useTranslations('Admin.media');
  const dialog = useRef<HTMLDialogElement>(null);
  const [q, setQ] = useState('');
  const [items, setItems] = useState<PickedMedia[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = async (query: string) => {
    try {
      const result = await searchMediaAction({ q: query });
      if (result.ok) {
        setItems(result.data);
        setError(null);
      } else setError(result.message);
    } catch {
      setError(t('errors.network'));
    }
  };

  return (
    <>
      <button
        type="button"
        className="secondary"
        onClick={() => {
          dialog.current?.showModal();
          void load(q);
        }}
      >
        {label}
      </button>
      <dialog ref={dialog} className="media-dialog" aria-label={t('pickerTitle')}>
        <form
          className="toolbar"
          role="search"
          onSubmit={(e) => {
            e.preventDefault();
            void load(q);
          }}
        >
          <strong>{t('pickerTitle')}</strong>
          <input type="search" aria-label={t('search')} placeholder={t('search')} value={q} onChange={(e) => setQ(e.target.value)} maxLength={100} />
          <button type="submit" className="secondary">
            {t('searchButton')}
          </button>
          <button type="button" className="secondary" onClick={() => dialog.current?.close()}>
            {t('close')}
          </button>
        </form>
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        {items && items.length === 0 && <p className="muted">{q ? t('noMatch') : t('empty')}</p>}
        <ul className="media-grid">
          {items?.map((m) => {
            const name = m.alt[uiLocale] || m.originalName;
            return (
              <li key={m.id}>
                <button
                  type="button"
                  className="media-choice"
                  data-media={m.id}
                  aria-label={`${t('select')}: ${name}`}
                  onClick={() => {
                    dialog.current?.close();
                    onPick(m);
                  }}
                >
                  <MediaThumb media={m} alt="" size={160} />
                  <span>{name}</span>
                </button>
              </li>
            );
          })}
        </ul>
      </dialog>
    </>
  );
}
