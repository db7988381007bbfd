// Create a figure: key, kind, value or range, labels and sources in both languages, date.
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { FigureCreateForm } from '@/components/admin/figure-create-form.client';
import { Forbidden } from '@/components/admin/forbidden';
import { toUrlLocale } from '@/i18n/locales';
import { adminLocale } from '@/lib/admin/ui-locale';
import { requirePageUser } from '@/lib/auth/page-guard';
import { currentUser } from '@/lib/auth/session';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: toUrlLocale(await adminLocale(await currentUser())), namespace: 'Admin.figures.create' });
  return { title: t('title') };
}

export default async function NewFigurePage() {
  const access = await requirePageUser('figure.create');
  if (!access.allowed) return <Forbidden locale={access.user.uiLocale} />;
  const t = await getTranslations({ locale: toUrlLocale(access.user.uiLocale), namespace: 'Admin.figures.create' });
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <FigureCreateForm />
    </>
  );
}
