// Tells an editor that the page shows an unpublished version.
import { getTranslations } from 'next-intl/server';
import { toUrlLocale, type Locale } from '@/i18n/locales';

export async function PreviewBanner({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale: toUrlLocale(locale), namespace: 'Piece' });
  return (
    <p className="preview-banner" role="status">
      {t('previewBanner')}
    </p>
  );
}
