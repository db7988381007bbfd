// The credit line under a photo: who took it and under what licence.
import { getTranslations } from 'next-intl/server';
import { toUrlLocale, type Locale } from '@/i18n/locales';
import type { MediaView } from '@/lib/media/types';

export async function MediaCredit({ media, locale }: { media: MediaView; locale: Locale }) {
  if (!media.credit && !media.licence) return null;
  const t = await getTranslations({ locale: toUrlLocale(locale), namespace: 'Reader.image' });
  return (
    <span className="credit">
      {media.credit && t('credit', { credit: media.credit })}
      {media.credit && media.licence && ' · '}
      {media.licence}
    </span>
  );
}
