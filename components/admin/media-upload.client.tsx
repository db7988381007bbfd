'use client';
// Upload by drag and drop or a file picker. Each file goes to /api/media, which judges it by
// its content; the answer, good or bad, is shown in the editor's language.
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useRef, useState } from 'react';

type Line = { name: string; ok: boolean; text: string };

export function MediaUpload() {
  const t = useTranslations('Admin.media');
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [lines, setLines] = useState<Line[]>([]);
  const [over, setOver] = useState(false);

  const send = async (files: File[]) => {
    const done: Line[] = [];
    for (const file of files) {
      setBusy(file.name);
      const body = new FormData();
      body.set('file', file);
      try {
        const res = await fetch('/api/media', { method: 'POST', body });
        const answer = (await res.json()) as { ok: boolean; message: string };
        done.push({ name: file.name, ok: answer.ok, text: answer.message });
      } catch {
        done.push({ name: file.name, ok: false, text: t('errors.network') });
      }
    }
    setBusy(null);
    setLines(done);
    if (input.current) input.current.value = '';
    if (done.some((l) => l.ok)) router.refresh();
  };

  return (
    <div
      className={`card media-drop${over ? ' over' : ''}`}
      data-testid="media-upload"
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        void send([...e.dataTransfer.files]);
      }}
    >
      <p>
        <strong>{t('dropHere')}</strong>
      </p>
      <label>
        {t('choose')}
        <input
          ref={input}
          type="file"
          accept="image/jpeg,image/png,image/webp,image/avif"
          multiple
          disabled={busy !== null}
          onChange={(e) => void send([...(e.target.files ?? [])])}
        />
      </label>
      <p className="muted">{t('accepted')}</p>
      <div role="status" aria-live="polite">
        {busy && t('uploading', { name: busy })}
      </div>
      {lines.map((l, i) => (
        <p key={i} role={l.ok ? undefined : 'alert'} className={l.ok ? 'notice' : 'error'} data-upload-result={l.ok ? 'ok' : 'refused'}>
          {l.text}
        </p>
      ))}
    </div>
  );
}
