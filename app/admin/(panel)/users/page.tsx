// User management (admins only): add users, change roles, disable accounts, reset passwords.
import { adminMetadata } from '@/lib/admin/page-metadata';
import { getTranslations } from 'next-intl/server';
import { Forbidden } from '@/components/admin/forbidden';
import { UserControls, NewUserForm } from '@/components/admin/user-forms.client';
import { formatAdminDateTime } from '@/i18n/admin-date';
import { toUrlLocale } from '@/i18n/locales';
import { requirePageUser } from '@/lib/auth/page-guard';
import { listUsers } from '@/lib/users/queries';

export const generateMetadata = adminMetadata('users');

export default async function UsersPage() {
  const access = await requirePageUser('user.manage');
  if (!access.allowed) return <Forbidden locale={access.user.uiLocale} />;
  const locale = access.user.uiLocale;
  const [t, users] = await Promise.all([getTranslations({ locale: toUrlLocale(locale), namespace: 'Admin.users' }), listUsers()]);
  return (
    <>
      <h1>{t('title')}</h1>
      <table className="data">
        <thead>
          <tr>
            <th scope="col">{t('name')}</th>
            <th scope="col">{t('email')}</th>
            <th scope="col">{t('role')}</th>
            <th scope="col">{t('status')}</th>
            <th scope="col">{t('lastLogin')}</th>
            <th scope="col" />
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id} data-user={u.email}>
              <td>{u.name}</td>
              <td>{u.email}</td>
              <td>{t(`roles.${u.role as 'admin'}`)}</td>
              <td>{u.disabled ? t('disabled') : t('active')}</td>
              <td>{u.lastLoginAt ? formatAdminDateTime(u.lastLoginAt, locale) : '—'}</td>
              <td>{u.email !== access.user.email && <UserControls email={u.email} role={u.role} disabled={u.disabled} />}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t('create')}</h2>
      <NewUserForm />
    </>
  );
}
