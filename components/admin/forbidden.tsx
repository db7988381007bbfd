// Shown when a signed-in user's role does not allow a page.
import { getTranslations } from 'next-intl/server';
import { toUrlLocale } from '@/i18n/locales';

export async function Forbidden({ locale }: { locale: 'zh-HK' | 'en' }) {
  const t = await getTranslations({ locale: toUrlLocale(locale), namespace: 'Admin.errors' });
  return (
    <p role="alert" className="error" data-testid="forbidden">
      {t('forbidden')}
    </p>
  );
}
