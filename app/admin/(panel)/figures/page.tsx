// Every figure: value, unit, labels, source, as-of date, where it is used, and whether it is
// due a check; searchable and filtered by kind and use through the address (?q=&kind=&use=).
import { adminMetadata } from '@/lib/admin/page-metadata';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { FigureFilter } from '@/components/admin/figure-filter';
import { formatAdminDate } from '@/i18n/admin-date';
import { toUrlLocale } from '@/i18n/locales';
import { requirePageUser } from '@/lib/auth/page-guard';
import { listFiguresForAdmin } from '@/lib/figures/admin-queries';
import { figureListQuerySchema } from '@/lib/figures/schemas';
import { can } from '@/lib/users/roles';

export const generateMetadata = adminMetadata('figures');

export default async function FiguresPage({ searchParams }: PageProps<'/admin/figures'>) {
  const { user } = await requirePageUser();
  const locale = user.uiLocale;
  const query = figureListQuerySchema.parse(await searchParams);
  const [t, figures] = await Promise.all([getTranslations({ locale: toUrlLocale(locale), namespace: 'Admin.figures' }), listFiguresForAdmin(locale, query)]);
  return (
    <>
      <h1>{t('title')}</h1>
      {can(user.role, 'figure.create') && (
        <p>
          <Link href="/admin/figures/new" className="button">
            {t('newLink')}
          </Link>
        </p>
      )}
      <FigureFilter query={query} locale={locale} count={figures.length} />
      {figures.length === 0 ? (
        <p>{t('filter.noMatch')}</p>
      ) : (
        <table className="data">
          <thead>
            <tr>
              <th scope="col">{t('label')}</th>
              <th scope="col">{t('value')}</th>
              <th scope="col">{t('unit')}</th>
              <th scope="col">{t('source')}</th>
              <th scope="col">{t('asOf')}</th>
              <th scope="col">{t('usedIn')}</th>
            </tr>
          </thead>
          <tbody>
            {figures.map((f) => (
              <tr key={f.key} data-figure={f.key}>
                <td>
                  <Link href={`/admin/figures/${f.key}`}>{f.label}</Link>
                  <div className="muted" lang={locale === 'zh-HK' ? 'en' : 'zh-HK'}>
                    {f.otherLabel}
                  </div>
                  <code className="muted">{f.key}</code>
                </td>
                <td className="value">{f.display}</td>
                <td>
                  {t(`kinds.${f.kind}`)}
                  {f.currency ? ` (${f.currency})` : ''}
                </td>
                <td>{f.sourceUrl ? <a href={f.sourceUrl}>{f.sourceName}</a> : f.sourceName}</td>
                <td>
                  {formatAdminDate(f.asOf, locale)}
                  {f.needsChecking && <div className="status status-incomplete">{t('needsChecking')}</div>}
                  {f.checkedAt && f.checkedByName && <div className="muted">{t('check.by', { name: f.checkedByName, date: formatAdminDate(f.checkedAt, locale) })}</div>}
                </td>
                <td>
                  {f.usedIn.length === 0 && f.charts.length === 0 && t('notUsed')}
                  {f.usedIn.map((p) => (
                    <div key={p.pieceId}>
                      <Link href={`/admin/pieces/${p.pieceId}`}>{p.title}</Link>
                    </div>
                  ))}
                  {f.charts.map((c) => (
                    <div key={c.key}>
                      {t('charts')}: <Link href={`/admin/charts/${c.key}`}>{c.title}</Link>
                    </div>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
