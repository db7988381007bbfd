// One figure's provenance and its public revisions: old value → new value, date, reason.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { SiteHeader } from '@/components/reader/site-header';
import { Link } from '@/i18n/navigation';
import { formatDate } from '@/i18n/format-date';
import { parseLocale, toUrlLocale } from '@/i18n/locales';
import { pageLocale } from '@/i18n/page-locale';
import { getProvenance, listFigureKeys } from '@/lib/data/queries';
import { figurePageMetadata } from '@/lib/seo/metadata/page-seo';

export const dynamicParams = true;

export async function generateStaticParams() {
  return (await listFigureKeys()).map((figure) => ({ figure }));
}

export async function generateMetadata({ params }: PageProps<'/[locale]/data/[figure]'>): Promise<Metadata> {
  const { locale: segment, figure } = await params;
  const locale = parseLocale(segment);
  const data = locale ? await getProvenance(figure, locale) : null;
  return locale && data ? figurePageMetadata(data.figure, data.display, locale) : {};
}

export default async function FigureDataPage({ params }: PageProps<'/[locale]/data/[figure]'>) {
  const { locale: segment, figure: key } = await params;
  const locale = pageLocale(segment);
  const data = await getProvenance(key, locale);
  if (!data) notFound();
  const t = await getTranslations({ locale: toUrlLocale(locale), namespace: 'Data' });
  const tp = await getTranslations({ locale: toUrlLocale(locale), namespace: 'Provenance' });
  const f = data.figure;
  return (
    <>
      <SiteHeader locale={locale} path={`/data/${f.key}`} />
      <main id="main" className="page">
        <p className="kicker">
          <Link href="/data">{t('back')}</Link>
        </p>
        <h1>{f.label}</h1>
        <dl className="facts">
          <dt>{t('value')}</dt>
          <dd className="num" data-testid="figure-value">
            {data.display}
          </dd>
          <dt>{t('unit')}</dt>
          <dd>{t(`units.${f.kind}`, { currency: f.currency ?? '' })}</dd>
          <dt>{t('source')}</dt>
          <dd>{f.sourceUrl ? <a href={f.sourceUrl}>{f.sourceName}</a> : f.sourceName}</dd>
          <dt>{t('asOf')}</dt>
          <dd>
            <time dateTime={f.asOf.toISOString().slice(0, 10)}>{formatDate(f.asOf, locale)}</time>
          </dd>
          {f.note && (
            <>
              <dt>{tp('note')}</dt>
              <dd data-testid="figure-note">{f.note}</dd>
            </>
          )}
          <dt>{t('usedIn')}</dt>
          <dd>
            {data.pieces.length === 0
              ? t('notUsed')
              : data.pieces.map((p) => (
                  <div key={p.slug}>
                    <Link href={`/${p.series}/${p.slug}`}>{p.title}</Link>
                  </div>
                ))}
          </dd>
        </dl>
        <h2>{t('history')}</h2>
        {data.revisions.length === 0 ? (
          <p>{t('noRevisions')}</p>
        ) : (
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('when')}</th>
                <th scope="col">{t('old')}</th>
                <th scope="col">{t('new')}</th>
                <th scope="col">{t('reason')}</th>
              </tr>
            </thead>
            <tbody>
              {data.revisions.map((r) => (
                <tr key={r.date.toISOString()}>
                  <td>
                    <time dateTime={r.date.toISOString()}>{formatDate(r.date, locale)}</time>
                  </td>
                  <td className="num">{r.oldValue}</td>
                  <td className="num">{r.newValue}</td>
                  <td>{r.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </main>
    </>
  );
}
