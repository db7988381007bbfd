// Every figure of the series with its provenance, and downloads of the whole dataset.
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { SiteHeader } from '@/components/reader/site-header';
import { Link } from '@/i18n/navigation';
import { formatDate } from '@/i18n/format-date';
import { parseLocale, toUrlLocale } from '@/i18n/locales';
import { pageLocale } from '@/i18n/page-locale';
import { listProvenance } from '@/lib/data/queries';
import { pageMetadata } from '@/lib/seo/metadata/metadata';

export async function generateMetadata({ params }: PageProps<'/[locale]/data'>): Promise<Metadata> {
  const locale = parseLocale((await params).locale);
  if (!locale) return {};
  const t = await getTranslations({ locale: toUrlLocale(locale), namespace: 'Data' });
  return pageMetadata({ locale, path: '/data', title: t('title'), description: t('description') });
}

export default async function DataPage({ params }: PageProps<'/[locale]/data'>) {
  const locale = pageLocale((await params).locale);
  const [t, figures] = await Promise.all([getTranslations({ locale: toUrlLocale(locale), namespace: 'Data' }), listProvenance(locale)]);
  return (
    <>
      <SiteHeader locale={locale} path="/data" />
      <main id="main" className="page page-wide">
        <h1>{t('title')}</h1>
        <p className="lede">{t('description')}</p>
        <p>
          {t('downloads')} <a href="/api/figures.csv">{t('csv')}</a> · <a href="/api/figures.json">{t('json')}</a>
        </p>
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('label')}</th>
                <th scope="col">{t('value')}</th>
                <th scope="col">{t('unit')}</th>
                <th scope="col">{t('source')}</th>
                <th scope="col">{t('asOf')}</th>
                <th scope="col">{t('usedIn')}</th>
                <th scope="col">{t('revisions')}</th>
              </tr>
            </thead>
            <tbody>
              {figures.map(({ figure: f, display, derived, pieces, revisions }) => (
                <tr key={f.key} id={f.key} data-figure={f.key}>
                  <th scope="row">
                    <Link href={`/data/${f.key}`}>{f.label}</Link>
                    {derived && <span className="muted-note"> · {t('derived')}</span>}
                    {f.note && <span className="source-note muted-note">{f.note}</span>}
                  </th>
                  <td className="num">{display}</td>
                  <td>{t(`units.${f.kind}`, { currency: f.currency ?? '' })}</td>
                  <td>{f.sourceUrl ? <a href={f.sourceUrl}>{f.sourceName}</a> : f.sourceName}</td>
                  <td>
                    <time dateTime={f.asOf.toISOString().slice(0, 10)}>{formatDate(f.asOf, locale)}</time>
                  </td>
                  <td>
                    {pieces.length === 0
                      ? t('notUsed')
                      : pieces.map((p) => (
                          <div key={p.slug}>
                            <Link href={`/${p.series}/${p.slug}`}>{p.title}</Link>
                          </div>
                        ))}
                  </td>
                  <td>
                    {revisions.length === 0 ? (
                      t('noRevisions')
                    ) : (
                      <Link href={`/data/${f.key}`}>
                        {t('revisionCount', { count: revisions.length })}: {revisions[0]!.oldValue} → {revisions[0]!.newValue}
                      </Link>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </main>
    </>
  );
}
