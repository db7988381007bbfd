'use client';
// Whether readers of a locale whose translation lags are told it is being updated.
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { setTranslationNoteAction } from '@/app/admin/actions/pieces';

export function TranslationNoteToggle({ pieceId, initial }: { pieceId: string; initial: boolean }) {
  const t = useTranslations('Admin.translation');
  const te = useTranslations('Admin.errors');
  const [on, setOn] = useState(initial);
  const [pending, start] = useTransition();
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  // Shown at once, put back if the server refuses, so the box never lies for long.
  const change = (next: boolean) => {
    setOn(next);
    start(async () => {
      const r = await setTranslationNoteAction({ pieceId, on: next }).catch(() => ({ ok: false as const, message: te('failed') }));
      if (!r.ok) setOn(!next);
      setResult({ ok: r.ok, text: r.message ?? '' });
    });
  };
  return (
    <div className="card">
      <label className="inline">
        <input type="checkbox" checked={on} disabled={pending} onChange={(e) => change(e.target.checked)} /> {t('noteSetting')}
      </label>
      {result && (
        <p role={result.ok ? 'status' : 'alert'} className={result.ok ? 'success' : 'error'}>
          {result.text}
        </p>
      )}
    </div>
  );
}
