// The panel's top bar; links appear only for what the user's role may open.
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { toUrlLocale } from '@/i18n/locales';
import type { SessionUser } from '@/lib/users/queries';
import { can } from '@/lib/users/roles';
import { AccountControls } from './account-controls.client';

export async function AdminNav({ user }: { user: SessionUser }) {
  const t = await getTranslations({ locale: toUrlLocale(user.uiLocale), namespace: 'Admin' });
  return (
    <header className="admin-bar">
      <nav aria-label={t('titles.panel')}>
        <Link href="/admin" className="brand">
          Tandem
        </Link>
        <Link href="/admin">{t('nav.dashboard')}</Link>
        <Link href="/admin/figures">{t('nav.figures')}</Link>
        <Link href="/admin/charts">{t('nav.charts')}</Link>
        {can(user.role, 'media.describe') && <Link href="/admin/media">{t('media.nav')}</Link>}
        {can(user.role, 'audit.read') && <Link href="/admin/audit">{t('nav.audit')}</Link>}
        {can(user.role, 'user.manage') && <Link href="/admin/users">{t('nav.users')}</Link>}
        <a href={`/${toUrlLocale(user.uiLocale)}`}>{t('nav.site')}</a>
      </nav>
      <div className="account">
        <span>
          {user.name} · {t(`users.roles.${user.role}`)}
        </span>
        <AccountControls uiLocale={user.uiLocale} />
      </div>
    </header>
  );
}
