// One figure: revise its value with a reason in both languages, see every revision, restore an old value.
import { adminMetadata } from '@/lib/admin/page-metadata';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { FigureRevisionForm } from '@/components/admin/figure-revision-form.client';
import { formatAdminDate, formatAdminDateTime } from '@/i18n/admin-date';
import { toUrlLocale } from '@/i18n/locales';
import { requirePageUser } from '@/lib/auth/page-guard';
import { getFigureForAdmin } from '@/lib/figures/admin-queries';
import { can } from '@/lib/users/roles';

export const generateMetadata = adminMetadata('figure');

export default async function FigurePage({ params }: PageProps<'/admin/figures/[key]'>) {
  const { user } = await requirePageUser();
  const locale = user.uiLocale;
  const { key } = await params;
  const [t, tp, data] = await Promise.all([
    getTranslations({ locale: toUrlLocale(locale), namespace: 'Admin.figures' }),
    getTranslations({ locale: toUrlLocale(locale), namespace: 'Provenance' }),
    getFigureForAdmin(key, locale),
  ]);
  if (!data) notFound();
  const { figure, version, display, revisions } = data;
  const editable = can(user.role, 'figure.revise');
  return (
    <>
      <h1>{figure.label}</h1>
      <p>
        {t('current')}: <strong data-testid="current-value">{display}</strong> · {t('source')}: {figure.sourceName} · {t('asOf')} {formatAdminDate(figure.asOf, locale)} ·{' '}
        <code>{figure.key}</code>
      </p>
      {figure.note && (
        <p className="muted-note" data-testid="figure-note">
          {tp('noteItem', { label: tp('note'), note: figure.note })}
        </p>
      )}
      {editable && (
        <section className="card" aria-labelledby="revise-heading" style={{ maxWidth: '40rem' }}>
          <h2 id="revise-heading" style={{ marginTop: 0 }}>
            {t('revise')}
          </h2>
          <FigureRevisionForm figureKey={figure.key} version={version} value={figure.value} valueHigh={figure.valueHigh ?? null} />
        </section>
      )}
      <h2>{t('history')}</h2>
      {revisions.length === 0 ? (
        <p>{t('noRevisions')}</p>
      ) : (
        <table className="data">
          <thead>
            <tr>
              <th scope="col">{t('when')}</th>
              <th scope="col">{t('old')}</th>
              <th scope="col">{t('new')}</th>
              <th scope="col">{t('reason')}</th>
              <th scope="col">{t('who')}</th>
              {editable && <th scope="col" />}
            </tr>
          </thead>
          <tbody>
            {revisions.map((r) => (
              <tr key={r.id}>
                <td>{formatAdminDateTime(r.createdAt, locale)}</td>
                <td>{r.oldDisplay}</td>
                <td>{r.newDisplay}</td>
                <td>
                  <div lang="zh-HK">{r.reasonZhHK}</div>
                  <div lang="en">{r.reasonEn}</div>
                </td>
                <td>{r.editorName}</td>
                {editable && (
                  <td>
                    <FigureRevisionForm figureKey={figure.key} version={version} restoreRevisionId={r.id} restoreLabel={r.oldDisplay} />
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
