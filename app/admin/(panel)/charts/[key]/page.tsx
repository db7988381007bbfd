// Edit one chart, with a preview of the saved chart in both locales drawn by the public renderer.
import { adminMetadata } from '@/lib/admin/page-metadata';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ChartFigure } from '@/components/charts/chart-figure';
import { ChartForm } from '@/components/admin/chart-form.client';
import { LOCALES, toUrlLocale } from '@/i18n/locales';
import { requirePageUser } from '@/lib/auth/page-guard';
import { chartForEditor, getChart } from '@/lib/charts/queries';
import { figurePickerOptions } from '@/lib/figures/admin-queries';
import { can } from '@/lib/users/roles';

export const generateMetadata = adminMetadata('chart');

export default async function ChartPage({ params }: PageProps<'/admin/charts/[key]'>) {
  const { user } = await requirePageUser();
  const { key } = await params;
  const [chart, figures, t] = await Promise.all([chartForEditor(key), figurePickerOptions(), getTranslations({ locale: toUrlLocale(user.uiLocale), namespace: 'Admin.charts' })]);
  if (!chart) notFound();
  const previews = await Promise.all(LOCALES.map((l) => getChart(key, l)));
  return (
    <>
      <h1>{chart.texts[user.uiLocale].title}</h1>
      <div className="editor-layout">
        <div>{can(user.role, 'chart.edit') ? <ChartForm figures={figures} uiLocale={user.uiLocale} initial={chart} /> : null}</div>
        <aside className="side-panel">
          <h2>{t('preview')}</h2>
          {previews.map((p, i) =>
            p ? (
              <div key={LOCALES[i]} className="card chart-preview" lang={LOCALES[i]}>
                <ChartFigure chart={p} locale={LOCALES[i]!} />
              </div>
            ) : null,
          )}
        </aside>
      </div>
    </>
  );
}
