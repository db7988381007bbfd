'use client';
// One photo's description: alt text and caption per locale (translators too); credit,
// licence and focal point for editors, the focal point set by a click on the photo.
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { describeMediaAction } from '@/app/admin/actions/media';
import type { MediaItem, MediaLocale } from '@/lib/media/types';
import { MediaThumb } from './media-thumb';
import './media.css';

const LOCALES: MediaLocale[] = ['zh-HK', 'en'];

export function MediaDescribeForm({ item, manage, uiLocale }: { item: MediaItem; manage: boolean; uiLocale: MediaLocale }) {
  const t = useTranslations('Admin.media');
  const [texts, setTexts] = useState(
    () => Object.fromEntries(LOCALES.map((l) => [l, { alt: item.alt[l], caption: item.caption[l] }])) as Record<MediaLocale, { alt: string; caption: string }>,
  );
  const [credit, setCredit] = useState(item.credit);
  const [licence, setLicence] = useState(item.licence);
  const [focal, setFocal] = useState({ x: item.focalX, y: item.focalY });
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const label = (l: MediaLocale) => (l === 'zh-HK' ? t('zh') : t('en'));
  const set = (l: MediaLocale, field: 'alt' | 'caption', value: string) => setTexts((s) => ({ ...s, [l]: { ...s[l], [field]: value } }));

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setBusy(true);
    try {
      const result = await describeMediaAction({ id: item.id, texts, ...(manage ? { credit, licence, focal } : {}) });
      setMessage({ ok: result.ok, text: result.ok ? (result.message ?? '') : result.message });
    } catch {
      setMessage({ ok: false, text: t('errors.network') });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="card media-item" data-media={item.id} onSubmit={(e) => void submit(e)}>
      <div className="media-preview">
        {manage ? (
          <button
            type="button"
            className="focal-picker"
            aria-label={t('focal')}
            title={t('focalHelp')}
            onClick={(e) => {
              const box = e.currentTarget.getBoundingClientRect();
              const round = (v: number) => Math.min(1, Math.max(0, Math.round(v * 100) / 100));
              setFocal({ x: round((e.clientX - box.left) / box.width), y: round((e.clientY - box.top) / box.height) });
            }}
          >
            <MediaThumb media={{ ...item, focalX: focal.x, focalY: focal.y }} alt={item.alt[uiLocale]} size={240} />
            <span className="focal-dot" aria-hidden="true" style={{ left: `${focal.x * 100}%`, top: `${focal.y * 100}%` }} />
          </button>
        ) : (
          <MediaThumb media={item} alt={item.alt[uiLocale]} size={240} />
        )}
        <p className="muted">
          {item.originalName}
          <br />
          {t('size', { width: item.width, height: item.height, kb: Math.round(item.bytes / 1024) })} · {t('usedBy', { count: item.usedBy })}
        </p>
      </div>
      <div className="stack">
        {LOCALES.map((l) => (
          <fieldset key={l} lang={l}>
            <legend>{label(l)}</legend>
            <label>
              {t('alt')}
              <input aria-label={`${t('alt')} · ${label(l)}`} value={texts[l].alt} onChange={(e) => set(l, 'alt', e.target.value)} maxLength={500} />
            </label>
            <label>
              {t('caption')}
              <textarea aria-label={`${t('caption')} · ${label(l)}`} value={texts[l].caption} onChange={(e) => set(l, 'caption', e.target.value)} maxLength={1000} rows={2} />
            </label>
          </fieldset>
        ))}
        {manage && (
          <fieldset>
            <label>
              {t('credit')}
              <input value={credit} onChange={(e) => setCredit(e.target.value)} maxLength={200} />
            </label>
            <label>
              {t('licence')}
              <input value={licence} onChange={(e) => setLicence(e.target.value)} maxLength={200} />
            </label>
            <div className="toolbar">
              <label>
                {t('focalX')}
                <input type="number" min={0} max={1} step={0.01} value={focal.x} onChange={(e) => setFocal((f) => ({ ...f, x: Number(e.target.value) }))} />
              </label>
              <label>
                {t('focalY')}
                <input type="number" min={0} max={1} step={0.01} value={focal.y} onChange={(e) => setFocal((f) => ({ ...f, y: Number(e.target.value) }))} />
              </label>
            </div>
          </fieldset>
        )}
        <div className="toolbar">
          <button type="submit" disabled={busy}>
            {t('save')}
          </button>
          <span role="status" aria-live="polite" className={message && !message.ok ? 'field-error' : 'muted'} data-testid="describe-result">
            {message?.text}
          </span>
        </div>
      </div>
    </form>
  );
}
