// A piece's revisions: who saved what and when, a per-locale diff between any two, and restore.
import { adminMetadata } from '@/lib/admin/page-metadata';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { Forbidden } from '@/components/admin/forbidden';
import { RestoreRevisionButton } from '@/components/admin/restore-revision.client';
import { RevisionDiff } from '@/components/admin/revision-diff';
import { formatHkDateTime } from '@/i18n/hk-time';
import { toUrlLocale } from '@/i18n/locales';
import { requirePageUser } from '@/lib/auth/page-guard';
import { pieceForEditor, pieceRevisions, revisionContent } from '@/lib/pieces/admin-queries';

export const generateMetadata = adminMetadata('history');

export default async function HistoryPage({ params, searchParams }: PageProps<'/admin/pieces/[id]/history'>) {
  const access = await requirePageUser('piece.edit');
  if (!access.allowed) return <Forbidden locale={access.user.uiLocale} />;
  const locale = access.user.uiLocale;
  const { id } = await params;
  const piece = await pieceForEditor(id);
  if (!piece) notFound();
  const [t, tp, revisions] = await Promise.all([
    getTranslations({ locale: toUrlLocale(locale), namespace: 'Admin.history' }),
    getTranslations({ locale: toUrlLocale(locale), namespace: 'Admin.publish' }),
    pieceRevisions(id),
  ]);
  const only = piece.editions.length === 1 ? piece.editions[0]! : null;
  const q = await searchParams;
  const to = Number(q.to) || piece.version;
  const from = Number(q.from) || Math.max(1, to - 1);
  const [a, b] = await Promise.all([revisionContent(id, from), revisionContent(id, to)]);
  return (
    <>
      <h1>
        {t('title')}: <Link href={`/admin/pieces/${id}`}>{piece.content.texts[locale].title || piece.content.slug}</Link>
      </h1>
      <form className="toolbar" method="get">
        {(['from', 'to'] as const).map((name) => (
          <label key={name}>
            {t(name)}
            <select name={name} defaultValue={name === 'from' ? from : to}>
              {revisions.map((r) => (
                <option key={r.version} value={r.version}>
                  v{r.version}
                </option>
              ))}
            </select>
          </label>
        ))}
        <button type="submit">{t('compare')}</button>
      </form>
      {a && b && <RevisionDiff older={a} newer={b} uiLocale={locale} />}
      <table className="data" style={{ marginTop: '1rem' }}>
        <thead>
          <tr>
            <th scope="col">{t('version')}</th>
            <th scope="col">{t('when')}</th>
            <th scope="col">{t('who')}</th>
            <th scope="col">{t('summary')}</th>
            <th scope="col" />
          </tr>
        </thead>
        <tbody>
          {revisions.map((r) => (
            <tr key={r.version}>
              <td>
                v{r.version}{' '}
                {r.version === piece.liveVersion && piece.status !== 'draft' && (
                  <span className="status status-published" data-editions={piece.editions.join(',')}>
                    {only ? `${t('live')} · ${tp(`editionsOnly.${only}`)}` : t('live')}
                  </span>
                )}
              </td>
              <td>{formatHkDateTime(r.createdAt, locale)}</td>
              <td>{r.editorName}</td>
              <td>{r.summary}</td>
              <td>{r.version !== piece.version && <RestoreRevisionButton pieceId={id} version={r.version} baseVersion={piece.version} />}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
