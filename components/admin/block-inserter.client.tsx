'use client';
// "+" between two blocks: opens the block types, and adds the chosen one at that place.
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { BLOCK_KINDS, type EditorBlock } from './editor-types';

export function BlockInserter({ after, onInsert }: { after: number; onInsert: (type: EditorBlock['type']) => void }) {
  const t = useTranslations('Admin.editor');
  const [open, setOpen] = useState(false);
  const where = after === 0 ? t('rich.insertFirst') : t('rich.insertAfter', { n: after });
  return (
    <div className="block-inserter" data-open={open || undefined}>
      <button type="button" className="inserter-plus" aria-expanded={open} aria-label={where} title={where} onClick={() => setOpen((o) => !o)}>
        +
      </button>
      {open && (
        <span role="group" aria-label={where}>
          {BLOCK_KINDS.map((k) => (
            <button
              key={k}
              type="button"
              className="secondary"
              onClick={() => {
                setOpen(false);
                onInsert(k);
              }}
            >
              {t(`type.${k}`)}
            </button>
          ))}
        </span>
      )}
    </div>
  );
}
