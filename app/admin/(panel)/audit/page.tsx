// The audit log (admins only): sentences in the editor's language with names and links to what
// changed, 50 a page (newer and older links), filterable by action and actor.
import { adminMetadata } from '@/lib/admin/page-metadata';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Forbidden } from '@/components/admin/forbidden';
import { formatAdminDateTime } from '@/i18n/admin-date';
import { toUrlLocale } from '@/i18n/locales';
import { requirePageUser } from '@/lib/auth/page-guard';
import { auditPage, auditQuerySchema } from '@/lib/audit/queries';
import { auditSentence, type AuditEntryView } from '@/lib/audit/sentences';

export const generateMetadata = adminMetadata('audit');

const FILTERS = ['sign-in', 'sign-in-failed', 'sign-in-throttled', 'piece.*', 'piece.save', 'piece.publish', 'piece.unpublish', 'piece.schedule', 'chart.*', 'figure.*', 'user.*'];

export default async function AuditPage({ searchParams }: PageProps<'/admin/audit'>) {
  const access = await requirePageUser('audit.read');
  if (!access.allowed) return <Forbidden locale={access.user.uiLocale} />;
  const locale = access.user.uiLocale;
  const q = auditQuerySchema.parse(await searchParams);
  const action = q.action && FILTERS.includes(q.action) ? q.action : undefined;
  const actor = q.actor?.trim() || undefined;
  const [t, result] = await Promise.all([getTranslations({ locale: toUrlLocale(locale), namespace: 'Admin.audit' }), auditPage({ action, actor, page: q.page }, locale)]);
  const pageHref = (page: number) => {
    const params = new URLSearchParams({ ...(action ? { action } : {}), ...(actor ? { actor } : {}), ...(page > 1 ? { page: String(page) } : {}) });
    const s = params.toString();
    return s ? `/admin/audit?${s}` : '/admin/audit';
  };
  const sentence = (e: AuditEntryView) => {
    const { key, values } = auditSentence(e, t('system'));
    return t.rich(key, {
      ...values,
      actor: (chunks) => <strong className="audit-actor">{chunks}</strong>,
      target: (chunks) => (e.target?.href ? <Link href={e.target.href}>{chunks}</Link> : <span>{chunks}</span>),
    });
  };
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
      {result.entries.length === 0 ? (
        <p>{t('none')}</p>
      ) : (
        <table className="data">
          <thead>
            <tr>
              <th scope="col">{t('when')}</th>
              <th scope="col">{t('what')}</th>
              <th scope="col">{t('summary')}</th>
              <th scope="col">{t('ip')}</th>
            </tr>
          </thead>
          <tbody>
            {result.entries.map((e) => (
              <tr key={e.id} data-action={e.action}>
                <td>{formatAdminDateTime(e.createdAt, locale)}</td>
                <td data-testid="audit-sentence">{sentence(e)}</td>
                <td className="muted">{e.summary}</td>
                <td>{e.ip ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {(result.hasNewer || result.hasOlder) && (
        <nav className="toolbar" aria-label={t('pages')}>
          {result.hasNewer && (
            <Link href={pageHref(result.page - 1)} rel="prev">
              {t('newer')}
            </Link>
          )}
          <span className="muted">{t('pageNumber', { page: result.page })}</span>
          {result.hasOlder && (
            <Link href={pageHref(result.page + 1)} rel="next">
              {t('older')}
            </Link>
          )}
        </nav>
      )}
    </>
  );
}
