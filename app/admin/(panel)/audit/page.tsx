// The audit log (admins only): sign-ins, publishing, figure revisions and user changes, filterable.
import { adminMetadata } from '@/lib/admin/page-metadata';
import { getTranslations } from 'next-intl/server';
import { Forbidden } from '@/components/admin/forbidden';
import { formatHkDateTime } from '@/i18n/hk-time';
import { toUrlLocale } from '@/i18n/locales';
import { requirePageUser } from '@/lib/auth/page-guard';
import { listAudit } from '@/lib/audit/queries';

export const generateMetadata = adminMetadata('audit');

const FILTERS = ['sign-in', 'sign-in-failed', 'sign-in-throttled', 'piece.*', 'piece.publish', 'piece.unpublish', 'piece.schedule', 'figure.*', 'user.*'];

export default async function AuditPage({ searchParams }: PageProps<'/admin/audit'>) {
  const access = await requirePageUser('audit.read');
  if (!access.allowed) return <Forbidden locale={access.user.uiLocale} />;
  const locale = access.user.uiLocale;
  const q = await searchParams;
  const action = typeof q.action === 'string' && FILTERS.includes(q.action) ? q.action : undefined;
  const actor = typeof q.actor === 'string' ? q.actor.slice(0, 200) : undefined;
  const [t, entries] = await Promise.all([getTranslations({ locale: toUrlLocale(locale), namespace: 'Admin.audit' }), listAudit({ action, actor })]);
  return (
    <>
      <h1>{t('title')}</h1>
      <form method="get" className="toolbar">
        <label>
          {t('action')}
          <select name="action" defaultValue={action ?? ''}>
            <option value="">{t('all')}</option>
            {FILTERS.map((f) => (
              <option key={f} value={f}>
                {f}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('actor')}
          <input name="actor" defaultValue={actor ?? ''} maxLength={200} />
        </label>
        <button type="submit">{t('apply')}</button>
      </form>
      {entries.length === 0 ? (
        <p>{t('none')}</p>
      ) : (
        <table className="data">
          <thead>
            <tr>
              <th scope="col">{t('when')}</th>
              <th scope="col">{t('action')}</th>
              <th scope="col">{t('actor')}</th>
              <th scope="col">{t('target')}</th>
              <th scope="col">{t('summary')}</th>
              <th scope="col">{t('ip')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.id} data-action={e.action}>
                <td>{formatHkDateTime(e.createdAt, locale)}</td>
                <td>
                  <code>{e.action}</code>
                </td>
                <td>{e.actorEmail ?? '—'}</td>
                <td>{e.target ?? '—'}</td>
                <td>{e.summary}</td>
                <td>{e.ip ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
