// Sign-in for editors. Already signed in: straight to the panel.
import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { SignInForm } from '@/components/admin/sign-in-form.client';
import { adminLocale } from '@/lib/admin/ui-locale';
import { currentUser } from '@/lib/auth/session';
import { toUrlLocale } from '@/i18n/locales';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: toUrlLocale(await adminLocale(null)), namespace: 'Admin.signIn' });
  return { title: t('title') };
}

function safeNext(next: unknown): string {
  return typeof next === 'string' && next.startsWith('/admin') && !next.startsWith('//') ? next : '/admin';
}

export default async function SignInPage({ searchParams }: PageProps<'/admin/sign-in'>) {
  const next = safeNext((await searchParams).next);
  if (await currentUser()) redirect(next);
  const t = await getTranslations({ locale: toUrlLocale(await adminLocale(null)), namespace: 'Admin.signIn' });
  return (
    <main id="main" className="sign-in">
      <h1>{t('title')}</h1>
      <SignInForm next={next} />
    </main>
  );
}
