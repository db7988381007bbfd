// Reader site shell: <html lang>, messages and styles for one locale.
import { notFound } from 'next/navigation';
import { hasLocale, NextIntlClientProvider } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { routing } from '@/i18n/routing';
import '../globals.css';

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export default async function LocaleLayout({ children, params }: LayoutProps<'/[locale]'>) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Site' });
  return (
    <html lang={locale}>
      <body>
        {/* Client leaves (next-intl's Link) need only the locale, so no messages are shipped. */}
        <NextIntlClientProvider locale={locale} messages={{}}>
          {children}
        </NextIntlClientProvider>
        <footer className="site-footer">
          <p>{t('footer')}</p>
        </footer>
      </body>
    </html>
  );
}
