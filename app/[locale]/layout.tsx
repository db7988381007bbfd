// Reader site shell: <html lang>, messages and styles for one locale.
import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { toUrlLocale } from '@/i18n/locales';
import { pageLocale } from '@/i18n/page-locale';
import { routing } from '@/i18n/routing';
import { siteUrl, SITE_NAME } from '@/lib/seo/site';
import '../globals.css';

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

// Relative URLs in metadata (share images) resolve against SITE_URL, never the request's host.
export function generateMetadata(): Metadata {
  return { metadataBase: new URL(siteUrl()), applicationName: SITE_NAME };
}

export default async function LocaleLayout({ children, params }: LayoutProps<'/[locale]'>) {
  const { locale: segment } = await params;
  const locale = pageLocale(segment);
  const urlLocale = toUrlLocale(locale);
  const [t, ta] = await Promise.all([getTranslations({ locale: urlLocale, namespace: 'Site' }), getTranslations({ locale: urlLocale, namespace: 'About' })]);
  return (
    <html lang={locale}>
      <body>
        {/* Client leaves (next-intl's Link) need only the locale, so no messages are shipped. */}
        <NextIntlClientProvider locale={urlLocale} messages={{}}>
          {children}
          <footer className="site-footer">
            <p>{t('footer')}</p>
            <p>
              <Link href="/about">{ta('link')}</Link>
            </p>
          </footer>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
