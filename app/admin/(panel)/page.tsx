// Dashboard: each series' pieces (a page at a time) with their status per locale, last edit,
// and recent figure revisions.
import { adminMetadata } from '@/lib/admin/page-metadata';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { formatAdminDateTime } from '@/i18n/admin-date';
import { toUrlLocale, LOCALES } from '@/i18n/locales';
import { requirePageUser } from '@/lib/auth/page-guard';
import { recentFigureRevisions } from '@/lib/figures/admin-queries';
import { piecesNeedingImage } from '@/lib/media/queries';
import { dashboard, translationQueue } from '@/lib/pieces/admin-queries';
import { TranslationCell } from '@/components/admin/translation-cell';
import { TranslationQueue } from '@/components/admin/translation-queue';
import { can } from '@/lib/users/roles';

export const generateMetadata = adminMetadata('dashboard');

/** ?series=<slug>&page=<k> pages one series; the others show their last page. */
function requestedPages(params: Record<string, string | string[] | undefined>): Record<string, number> {
  const { series, page } = params;
  return typeof series === 'string' && typeof page === 'string' && /^\d{1,6}$/.test(page) ? { [series]: Number(page) } : {};
}

const pageHref = (series: string, page: number) => `/admin?series=${encodeURIComponent(series)}&page=${page}#series-${series}`;

export default async function DashboardPage({ searchParams }: PageProps<'/admin'>) {
  const { user } = await requirePageUser();
  const locale = user.uiLocale;
  const params = await searchParams;
  const pages = requestedPages(params);
  // "Needs translation" shows the queue alone; translators see it first in any case.
  const onlyQueue = params.filter === 'needs-translation';
  const withQueue = onlyQueue || user.role === 'translator';
  const [t, series, revisions, queue] = await Promise.all([
    getTranslations({ locale: toUrlLocale(locale), namespace: 'Admin' }),
    onlyQueue ? [] : dashboard(locale, pages),
    onlyQueue ? [] : recentFigureRevisions(locale),
    withQueue ? translationQueue(locale) : [],
  ]);
  const when = (d: Date) => formatAdminDateTime(d, locale);
  const needsImage = await piecesNeedingImage(series.flatMap((s) => s.pieces.map((p) => p.id)));
  return (
    <>
      <h1>{t('dashboard.title')}</h1>
      <nav className="toolbar" aria-label={t('translation.queueTitle')}>
        <Link href="/admin" aria-current={onlyQueue ? undefined : 'page'}>
          {t('translation.filterAll')}
        </Link>
        <Link href="/admin?filter=needs-translation" aria-current={onlyQueue ? 'page' : undefined}>
          {t('translation.filterNeeds')}
        </Link>
      </nav>
      {withQueue && <TranslationQueue pieces={queue} uiLocale={locale} />}
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
                  <td>{s.offset + i}</td>
                  <td>
                    <Link href={`/admin/pieces/${p.id}`}>{p.title}</Link>
                    <div className="muted">/{p.slug}</div>
                    {needsImage.has(p.id) && (
                      <div className="status status-draft" data-needs-image="">
                        {t('media.needsImage')}
                      </div>
                    )}
                    {p.editions.length === 1 && (
                      <div className="status" data-editions={p.editions[0]}>
                        {t(`publish.editionsOnly.${p.editions[0]!}`)}
                      </div>
                    )}
                  </td>
                  <td>{t(`kind.${p.kind}`)}</td>
                  {LOCALES.map((l) => (
                    <td key={l}>
                      <span className={`status status-${p.localeStatus[l]}`}>{t(`status.${p.localeStatus[l]}`)}</span>
                      {p.status === 'scheduled' && p.publishedAt && <div className="muted">{when(p.publishedAt)}</div>}
                      {p.unpublishedChanges && <div className="muted">{t('dashboard.unpublishedChanges')}</div>}
                      <TranslationCell counts={p.translation[l]} uiLocale={locale} locale={l} />
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
          {s.pageCount > 1 && (
            <nav className="pager" aria-label={t('dashboard.pages', { title: s.title })}>
              {s.page > 1 && (
                <Link href={pageHref(s.slug, s.page - 1)} rel="prev">
                  {t('dashboard.earlier')}
                </Link>
              )}{' '}
              <span className="muted">{t('dashboard.pageOf', { page: s.page, count: s.pageCount, pieces: s.pieceCount })}</span>{' '}
              {s.page < s.pageCount && (
                <Link href={pageHref(s.slug, s.page + 1)} rel="next">
                  {t('dashboard.later')}
                </Link>
              )}
            </nav>
          )}
        </section>
      ))}
      {!onlyQueue && (
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
      )}
    </>
  );
}
