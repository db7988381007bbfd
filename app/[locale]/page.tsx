// Front page: each series with its newest published pieces, linking to the series for the rest.
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { pageLocale } from '@/i18n/page-locale';
import { parseLocale, toUrlLocale } from '@/i18n/locales';
import { JsonLd } from '@/components/reader/json-ld';
import { PieceCard } from '@/components/reader/piece-card';
import { SiteHeader } from '@/components/reader/site-header';
import { Link } from '@/i18n/navigation';
import { listSeries } from '@/lib/pieces/listings';
import { frontJsonLd, frontMetadata } from '@/lib/seo/metadata/page-seo';

export async function generateMetadata({ params }: PageProps<'/[locale]'>): Promise<Metadata> {
  const { locale: segment } = await params;
  const locale = parseLocale(segment);
  return locale ? frontMetadata(locale) : {};
}

export default async function HomePage({ params }: PageProps<'/[locale]'>) {
  const { locale: segment } = await params;
  const locale = pageLocale(segment);
  const [t, series] = await Promise.all([getTranslations({ locale: toUrlLocale(locale), namespace: 'Home' }), listSeries(locale)]);
  return (
    <>
      <SiteHeader locale={locale} path="/" />
      <main id="main" className="page">
        <JsonLd data={frontJsonLd(locale)} />
        <h1>{t('title')}</h1>
        <p className="lede">{t('description')}</p>
        {series.length === 0 && <p>{t('empty')}</p>}
        {series.map((s) => (
          <section key={s.slug} className="series-block" aria-labelledby={`series-${s.slug}`}>
            <h2 id={`series-${s.slug}`}>{s.title}</h2>
            <p>{s.description}</p>
            <div className="piece-list">
              {s.pieces.map((p) => (
                <PieceCard key={p.slug} piece={p} locale={locale} />
              ))}
            </div>
            <p>
              <Link href={`/${s.slug}`}>{t('readSeries', { title: s.title })}</Link>
            </p>
          </section>
        ))}
      </main>
    </>
  );
}
