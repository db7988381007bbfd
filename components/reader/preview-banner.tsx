// Tells an editor that the page shows an unpublished version, with the one way back out.
import { getTranslations } from 'next-intl/server';
import { toUrlLocale, type Locale } from '@/i18n/locales';

/** `publicPath`: the page readers see at this address, where leaving preview leads. */
export async function PreviewBanner({ locale, publicPath }: { locale: Locale; publicPath: string }) {
  const t = await getTranslations({ locale: toUrlLocale(locale), namespace: 'Piece' });
  return (
    <p className="preview-banner" role="status">
      {t('previewBanner')} <a href={`/api/preview/exit?to=${encodeURIComponent(publicPath)}`}>{t('previewExit')}</a>
    </p>
  );
}
