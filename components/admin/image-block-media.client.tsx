'use client';
// The photo of an image block: its thumbnail, and the picker to choose or change it. Choosing
// a photo fills the block's empty alt texts from the photo's own. The block saves as usual.
import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { mediaByIdAction } from '@/app/admin/actions/media';
import type { MediaView } from '@/lib/media/types';
import type { EditorBlock, UiLocale } from './editor-types';
import { MediaPicker } from './media-picker.client';
import { MediaThumb } from './media-thumb';

interface Props {
  n: number;
  block: EditorBlock;
  onChange: (block: EditorBlock) => void;
  uiLocale: UiLocale;
  /** Translators see the photo but do not change it. */
  textOnly: boolean;
}

export function ImageBlockMedia({ n, block, onChange, uiLocale, textOnly }: Props) {
  const t = useTranslations('Admin.media');
  const id = block.meta.mediaId;
  const [media, setMedia] = useState<MediaView | null>(null);
  useEffect(() => {
    if (!id || media?.id === id) return;
    let live = true;
    mediaByIdAction({ id })
      .then((r) => live && r.ok && setMedia(r.data))
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [id, media?.id]);
  const shown = id && media?.id === id ? media : null;

  return (
    <div className="image-block-media" data-testid={`block-photo-${n}`} data-media={id ?? ''} style={{ gridColumn: '1 / -1' }}>
      {shown ? <MediaThumb media={shown} alt={shown.alt[uiLocale]} size={200} /> : <span className="status status-draft">{t('noPhoto')}</span>}
      {!textOnly && (
        <span className="toolbar">
          <MediaPicker
            label={`${id ? t('change') : t('pick')} #${n}`}
            uiLocale={uiLocale}
            onPick={(m) => {
              setMedia(m);
              onChange({
                ...block,
                meta: { ...block.meta, mediaId: m.id },
                texts: {
                  'zh-HK': { ...block.texts['zh-HK'], attribution: block.texts['zh-HK'].attribution || m.alt['zh-HK'] },
                  en: { ...block.texts.en, attribution: block.texts.en.attribution || m.alt.en },
                },
              });
            }}
          />
          {id && (
            <button type="button" className="secondary" onClick={() => onChange({ ...block, meta: { ...block.meta, mediaId: undefined } })}>
              {t('remove')} #{n}
            </button>
          )}
        </span>
      )}
    </div>
  );
}
