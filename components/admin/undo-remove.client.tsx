'use client';
// After a block is deleted: says so, and brings it back on one click until the next deletion.
import { useTranslations } from 'next-intl';

export function UndoRemove({ n, onUndo, onDismiss }: { n: number; onUndo: () => void; onDismiss: () => void }) {
  const t = useTranslations('Admin.editor.rich');
  return (
    <div className="notice undo-remove" role="status">
      {t('removed', { n })}{' '}
      <button type="button" onClick={onUndo}>
        {t('undo')}
      </button>{' '}
      <button type="button" className="secondary" onClick={onDismiss} aria-label={t('dismiss')}>
        ×
      </button>
    </div>
  );
}
