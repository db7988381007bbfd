'use client';
// A piece's lead image in the editor's side panel: chosen from the library and saved at once
// by its own action (it is not part of the text a save carries).
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { setLeadImageAction } from '@/app/admin/actions/media';
import type { MediaLocale, MediaView } from '@/lib/media/types';
import { MediaPicker } from './media-picker.client';
import { MediaThumb } from './media-thumb';

export function LeadImageSlot({ pieceId, initial, uiLocale }: { pieceId: string; initial: MediaView | null; uiLocale: MediaLocale }) {
  const t = useTranslations('Admin.media');
  const [media, setMedia] = useState(initial);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const save = async (next: MediaView | null) => {
    try {
      const result = await setLeadImageAction({ pieceId, mediaId: next?.id ?? null });
      if (result.ok) setMedia(next);
      setMessage({ ok: result.ok, text: result.ok ? (result.message ?? '') : result.message });
    } catch {
      setMessage({ ok: false, text: t('errors.network') });
    }
  };

  return (
    <section className="card" data-testid="lead-image" data-media={media?.id ?? ''} aria-labelledby="lead-image-title">
      <strong id="lead-image-title">{t('leadImage')}</strong>
      <div>{media ? <MediaThumb media={media} alt={media.alt[uiLocale]} size={240} /> : <p className="muted">{t('leadNone')}</p>}</div>
      <div className="toolbar">
        <MediaPicker label={`${media ? t('change') : t('pick')} · ${t('leadImage')}`} uiLocale={uiLocale} onPick={(m) => void save(m)} />
        {media && (
          <button type="button" className="secondary" onClick={() => void save(null)}>
            {t('remove')} · {t('leadImage')}
          </button>
        )}
      </div>
      <span role="status" aria-live="polite" className={message && !message.ok ? 'field-error' : 'muted'}>
        {message?.text}
      </span>
    </section>
  );
}
