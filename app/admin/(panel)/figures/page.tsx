// Every figure: value, unit, labels, source, as-of date, where it is used, and whether it is due a check.
import { adminMetadata } from '@/lib/admin/page-metadata';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { formatAdminDate } from '@/i18n/admin-date';
import { toUrlLocale } from '@/i18n/locales';
import { requirePageUser } from '@/lib/auth/page-guard';
import { listFiguresForAdmin } from '@/lib/figures/admin-queries';

export const generateMetadata = adminMetadata('figures');

export default async function FiguresPage() {
  const { user } = await requirePageUser();
  const locale = user.uiLocale;
  const [t, figures] = await Promise.all([getTranslations({ locale: toUrlLocale(locale), namespace: 'Admin.figures' }), listFiguresForAdmin(locale)]);
  return (
    <>
      <h1>{t('title')}</h1>
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
                {f.kind}
                {f.currency ? ` (${f.currency})` : ''}
              </td>
              <td>{f.sourceUrl ? <a href={f.sourceUrl}>{f.sourceName}</a> : f.sourceName}</td>
              <td>
                {formatAdminDate(f.asOf, locale)}
                {f.needsChecking && <div className="status status-incomplete">{t('needsChecking')}</div>}
              </td>
              <td>
                {f.usedIn.length === 0
                  ? t('notUsed')
                  : f.usedIn.map((p) => (
                      <div key={p.pieceId}>
                        <Link href={`/admin/pieces/${p.pieceId}`}>{p.title}</Link>
                      </div>
                    ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
