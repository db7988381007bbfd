// Front page: each series with its published pieces in order.
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { pageLocale } from '@/i18n/page-locale';
import { parseLocale } from '@/i18n/locales';
import { PieceCard } from '@/components/reader/piece-card';
import { SiteHeader } from '@/components/reader/site-header';
import { Link } from '@/i18n/navigation';
import { listSeries } from '@/lib/pieces/queries';

export async function generateMetadata({ params }: PageProps<'/[locale]'>): Promise<Metadata> {
  const { locale: segment } = await params;
  const locale = parseLocale(segment);
  if (!locale) return {};
  const t = await getTranslations({ locale, namespace: 'Home' });
  return { title: t('title'), description: t('description') };
}

export default async function HomePage({ params }: PageProps<'/[locale]'>) {
  const { locale: segment } = await params;
  const locale = pageLocale(segment);
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
