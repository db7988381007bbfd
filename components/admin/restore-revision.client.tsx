'use client';
// Restores an old revision as a new one.
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { restorePieceRevisionAction } from '@/app/admin/actions/pieces';

export function RestoreRevisionButton({ pieceId, version, baseVersion }: { pieceId: string; version: number; baseVersion: number }) {
  const t = useTranslations('Admin.history');
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        className="secondary"
        disabled={pending}
        onClick={() =>
          start(async () => {
            const r = await restorePieceRevisionAction({ pieceId, version, baseVersion });
            if (r.ok) router.refresh();
            else setError(r.message);
          })
        }
      >
        {t('restore')} (v{version})
      </button>
      {error && (
        <span role="alert" className="field-error">
          {error}
        </span>
      )}
    </>
  );
}
