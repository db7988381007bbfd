// Front page: each series with its published pieces in order.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PieceCard } from '@/components/reader/piece-card';
import { SiteHeader } from '@/components/reader/site-header';
import { Link } from '@/i18n/navigation';
import { routing } from '@/i18n/routing';
import { listSeries } from '@/lib/pieces/queries';

export async function generateMetadata({ params }: PageProps<'/[locale]'>): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: 'Home' });
  return { title: t('title'), description: t('description') };
}

export default async function HomePage({ params }: PageProps<'/[locale]'>) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const [t, series] = await Promise.all([getTranslations({ locale, namespace: 'Home' }), listSeries(locale)]);
  return (
    <>
      <SiteHeader locale={locale} path="/" />
      <main id="main" className="page">
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
