// About page: what Tandem is. Reads no data, so it is also the benchmarks' framework ceiling.
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { pageLocale } from '@/i18n/page-locale';
import { parseLocale, toUrlLocale } from '@/i18n/locales';
import { SiteHeader } from '@/components/reader/site-header';
import { pageMetadata } from '@/lib/seo/metadata/metadata';

export async function generateMetadata({ params }: PageProps<'/[locale]/about'>): Promise<Metadata> {
  const locale = parseLocale((await params).locale);
  if (!locale) return {};
  const t = await getTranslations({ locale: toUrlLocale(locale), namespace: 'About' });
  return pageMetadata({ locale, path: '/about', title: t('title'), description: t('description') });
}

export default async function AboutPage({ params }: PageProps<'/[locale]/about'>) {
  const locale = pageLocale((await params).locale);
  const t = await getTranslations({ locale: toUrlLocale(locale), namespace: 'About' });
  return (
    <>
      <SiteHeader locale={locale} path="/about" />
      <main id="main" className="page">
        <h1>{t('title')}</h1>
        <p className="lede">{t('lede')}</p>
        <h2>{t('figuresHeading')}</h2>
        <p>{t('figures')}</p>
        <h2>{t('languagesHeading')}</h2>
        <p>{t('languages')}</p>
      </main>
    </>
  );
}
