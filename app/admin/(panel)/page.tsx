// Dashboard: every series' pieces with their status per locale, last edit, and recent figure revisions.
import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { formatHkDateTime } from '@/i18n/hk-time';
import { toUrlLocale, LOCALES } from '@/i18n/locales';
import { requirePageUser } from '@/lib/auth/page-guard';
import { recentFigureRevisions } from '@/lib/figures/admin-queries';
import { dashboard } from '@/lib/pieces/admin-queries';
import { can } from '@/lib/users/roles';

export const metadata: Metadata = { title: 'Dashboard' };

export default async function DashboardPage() {
  const { user } = await requirePageUser();
  const locale = user.uiLocale;
  const [t, series, revisions] = await Promise.all([getTranslations({ locale: toUrlLocale(locale), namespace: 'Admin' }), dashboard(locale), recentFigureRevisions(locale)]);
  const when = (d: Date) => formatHkDateTime(d, locale);
  return (
    <>
      <h1>{t('dashboard.title')}</h1>
      {series.map((s) => (
        <section key={s.slug} aria-labelledby={`series-${s.slug}`}>
          <div className="section-head">
            <h2 id={`series-${s.slug}`}>{s.title}</h2>
            {can(user.role, 'piece.create') && (
              <Link className="button" href={`/admin/pieces/new?series=${s.slug}`}>
                {t('dashboard.newPiece')}
              </Link>
            )}
          </div>
          <table className="data">
            <thead>
              <tr>
                <th scope="col">{t('dashboard.position')}</th>
                <th scope="col">{t('dashboard.piece')}</th>
                <th scope="col">{t('dashboard.kind')}</th>
                {LOCALES.map((l) => (
                  <th scope="col" key={l}>
                    {l === 'zh-HK' ? t('dashboard.statusZh') : t('dashboard.statusEn')}
                  </th>
                ))}
                <th scope="col">{t('dashboard.lastEdit')}</th>
              </tr>
            </thead>
            <tbody>
              {s.pieces.map((p, i) => (
                <tr key={p.id} data-piece={p.slug}>
                  <td>{i + 1}</td>
                  <td>
                    <Link href={`/admin/pieces/${p.id}`}>{p.title}</Link>
                    <div className="muted">/{p.slug}</div>
                  </td>
                  <td>{t(`kind.${p.kind}`)}</td>
                  {LOCALES.map((l) => (
                    <td key={l}>
                      <span className={`status status-${p.localeStatus[l]}`}>{t(`status.${p.localeStatus[l]}`)}</span>
                      {p.status === 'scheduled' && p.publishedAt && <div className="muted">{when(p.publishedAt)}</div>}
                      {p.unpublishedChanges && <div className="muted">{t('dashboard.unpublishedChanges')}</div>}
                    </td>
                  ))}
                  <td>
                    {when(p.lastEditAt)}
                    <div className="muted">{p.lastEditor}</div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
      <section aria-labelledby="recent-revisions">
        <h2 id="recent-revisions">{t('dashboard.recentRevisions')}</h2>
        {revisions.length === 0 ? (
          <p>{t('dashboard.noRevisions')}</p>
        ) : (
          <ul className="plain">
            {revisions.map((r) => (
              <li key={`${r.key}-${r.createdAt.toISOString()}`}>
                <Link href={`/admin/figures/${r.key}`}>{r.label}</Link>: {r.oldDisplay} → {r.newDisplay}{' '}
                <span className="muted">
                  {when(r.createdAt)} · {r.editorName}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
