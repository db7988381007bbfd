'use client';
// Switch the panel's language and sign out.
import { signOut } from 'next-auth/react';
import { useTranslations } from 'next-intl';
import { useTransition } from 'react';
import { setUiLocaleAction } from '@/app/admin/actions/users';

export function AccountControls({ uiLocale }: { uiLocale: 'zh-HK' | 'en' }) {
  const t = useTranslations('Admin.nav');
  const [pending, start] = useTransition();
  return (
    <>
      <button
        type="button"
        className="link-button"
        lang={uiLocale === 'zh-HK' ? 'en' : 'zh-HK'}
        disabled={pending}
        onClick={() =>
          start(async () => {
            await setUiLocaleAction({ uiLocale: uiLocale === 'zh-HK' ? 'en' : 'zh-HK' });
            window.location.reload();
          })
        }
      >
        {t('switchLanguage')}
      </button>
      <button type="button" className="link-button" onClick={() => signOut({ callbackUrl: '/admin/sign-in' })}>
        {t('signOut')}
      </button>
    </>
  );
}
