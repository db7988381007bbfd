// Localised 404 page, in the language of the URL.
import { getLocale, getTranslations } from 'next-intl/server';
import { SiteHeader } from '@/components/reader/site-header';
import { Link } from '@/i18n/navigation';
import { DEFAULT_LOCALE, parseLocale, toUrlLocale } from '@/i18n/locales';

export default async function NotFound() {
  const locale = parseLocale(await getLocale()) ?? DEFAULT_LOCALE;
  const t = await getTranslations({ locale: toUrlLocale(locale), namespace: 'NotFound' });
  return (
    <>
      <SiteHeader locale={locale} path="/" />
      <main id="main" className="page">
        <h1>{t('title')}</h1>
        <p>{t('body')}</p>
        <p>
          <Link href="/">{t('home')}</Link>
        </p>
      </main>
    </>
  );
}
