// One figure: what a revision would change, revise its value with a reason in both languages,
// edit its labels, source and date without a correction, confirm it against its source, and
// see its whole history.
import { adminMetadata } from '@/lib/admin/page-metadata';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { FigureCheckButton } from '@/components/admin/figure-check-button.client';
import { FigureHistory } from '@/components/admin/figure-history';
import { FigureImpact } from '@/components/admin/figure-impact';
import { FigureMetaForm } from '@/components/admin/figure-meta-form.client';
import { FigureRevisionForm } from '@/components/admin/figure-revision-form.client';
import { formatAdminDate } from '@/i18n/admin-date';
import { toUrlLocale } from '@/i18n/locales';
import { requirePageUser } from '@/lib/auth/page-guard';
import { getFigureForAdmin } from '@/lib/figures/admin-queries';
import { revisionImpact } from '@/lib/figures/impact';
import { can } from '@/lib/users/roles';

export const generateMetadata = adminMetadata('figure');

export default async function FigurePage({ params }: PageProps<'/admin/figures/[key]'>) {
  const { user } = await requirePageUser();
  const locale = user.uiLocale;
  const { key } = await params;
  const [t, tp, data, impact] = await Promise.all([
    getTranslations({ locale: toUrlLocale(locale), namespace: 'Admin.figures' }),
    getTranslations({ locale: toUrlLocale(locale), namespace: 'Provenance' }),
    getFigureForAdmin(key, locale),
    revisionImpact(key, locale),
  ]);
  if (!data) notFound();
  const { figure, version, display, history, meta, check } = data;
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
      <p data-testid="figure-check">
        {check.needsChecking && <span className="status status-incomplete">{t('needsChecking')}</span>}{' '}
        {check.checkedAt && check.checkedByName ? t('check.by', { name: check.checkedByName, date: formatAdminDate(check.checkedAt, locale) }) : t('check.never')}{' '}
        {editable && <FigureCheckButton figureKey={figure.key} />}
      </p>
      {editable && (
        <div className="editor-grid">
          {!data.derived && (
            <section className="card" aria-labelledby="revise-heading">
              <h2 id="revise-heading" style={{ marginTop: 0 }}>
                {t('revise')}
              </h2>
              <FigureRevisionForm figureKey={figure.key} version={version} value={figure.value} valueHigh={figure.valueHigh ?? null} />
            </section>
          )}
          <FigureImpact impact={impact} locale={locale} />
          <section className="card" aria-labelledby="meta-heading">
            <h2 id="meta-heading" style={{ marginTop: 0 }}>
              {t('meta.title')}
            </h2>
            <p className="muted">{t('meta.intro')}</p>
            <FigureMetaForm figureKey={figure.key} version={version} meta={meta} />
          </section>
        </div>
      )}
      <h2>{t('history')}</h2>
      <FigureHistory history={history} figureKey={figure.key} version={version} locale={locale} editable={editable} />
    </>
  );
}
