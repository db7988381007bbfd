// Every chart, how often it is placed, and a form to start a new one.
import { adminMetadata } from '@/lib/admin/page-metadata';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { ChartForm } from '@/components/admin/chart-form.client';
import { toUrlLocale } from '@/i18n/locales';
import { requirePageUser } from '@/lib/auth/page-guard';
import { chartsByKey, chartUsage, listChartKeys } from '@/lib/charts/queries';
import { figurePickerOptions } from '@/lib/figures/admin-queries';
import { can } from '@/lib/users/roles';

export const generateMetadata = adminMetadata('charts');

export default async function ChartsPage() {
  const { user } = await requirePageUser();
  const locale = user.uiLocale;
  const keys = await listChartKeys();
  const [t, charts, usage, figures] = await Promise.all([
    getTranslations({ locale: toUrlLocale(locale), namespace: 'Admin.charts' }),
    chartsByKey(keys, locale),
    chartUsage(),
    figurePickerOptions(),
  ]);
  return (
    <>
      <h1>{t('title')}</h1>
      <table className="data">
        <thead>
          <tr>
            <th scope="col">{t('chartTitle')}</th>
            <th scope="col">{t('kind')}</th>
            <th scope="col">{t('key')}</th>
            <th scope="col">{t('usedIn')}</th>
          </tr>
        </thead>
        <tbody>
          {keys.map((key) => (
            <tr key={key} data-chart={key}>
              <td>
                <Link href={`/admin/charts/${key}`}>{charts[key]?.title ?? key}</Link>
              </td>
              <td>{charts[key] ? t(`kinds.${charts[key].kind}`) : ''}</td>
              <td>
                <code>{key}</code>
              </td>
              <td>{usage[key] ?? 0}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {can(user.role, 'chart.edit') && (
        <section>
          <h2>{t('new')}</h2>
          <ChartForm figures={figures} uiLocale={locale} />
        </section>
      )}
    </>
  );
}
