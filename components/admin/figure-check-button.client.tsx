'use client';
// "Checked against source": records who confirmed the figure and when, clearing "needs checking".
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { confirmFigureCheckedAction } from '@/app/admin/actions/figures';

export function FigureCheckButton({ figureKey }: { figureKey: string }) {
  const t = useTranslations('Admin.figures');
  const router = useRouter();
  const [pending, start] = useTransition();
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const onClick = () =>
    start(async () => {
      const r = await confirmFigureCheckedAction({ key: figureKey });
      setResult({ ok: r.ok, text: r.message ?? '' });
      if (r.ok) router.refresh();
    });
  return (
    <>
      <button type="button" className="secondary" onClick={onClick} disabled={pending}>
        {t('check.button')}
      </button>
      {result && (
        <span role={result.ok ? 'status' : 'alert'} className={result.ok ? 'success' : 'error'}>
          {' '}
          {result.text}
        </span>
      )}
    </>
  );
}
