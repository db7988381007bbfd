// A piece's translation work in one locale, as the dashboard shows it beside its status.
import { getTranslations } from 'next-intl/server';
import { toUrlLocale, type Locale } from '@/i18n/locales';

export async function TranslationCell({ counts, uiLocale, locale }: { counts: { stale: number; missing: number }; uiLocale: Locale; locale: Locale }) {
  if (!counts.stale && !counts.missing) return null;
  const t = await getTranslations({ locale: toUrlLocale(uiLocale), namespace: 'Admin.translation' });
  return (
    <div className="translation-counts" data-translation-locale={locale} data-stale={counts.stale} data-missing={counts.missing}>
      {counts.stale > 0 && <span className="status status-stale">{t('cellStale', { count: counts.stale })}</span>}
      {counts.missing > 0 && <span className="status status-incomplete">{t('cellMissing', { count: counts.missing })}</span>}
    </div>
  );
}
