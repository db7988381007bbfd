// Panel chrome for signed-in users: navigation, language, sign-out. Pages check access too.
import { getTranslations } from 'next-intl/server';
import { AdminNav } from '@/components/admin/admin-nav';
import { requirePageUser } from '@/lib/auth/page-guard';
import { toUrlLocale } from '@/i18n/locales';

export default async function PanelLayout({ children }: { children: React.ReactNode }) {
  const { user } = await requirePageUser();
  const t = await getTranslations({ locale: toUrlLocale(user.uiLocale), namespace: 'Admin.nav' });
  return (
    <>
      <a className="skip-link" href="#main">
        {t('skip')}
      </a>
      <AdminNav user={user} />
      <main id="main" className="admin-main">
        {children}
      </main>
    </>
  );
}
