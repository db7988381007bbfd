// A piece's revisions: who saved what and when, a per-locale diff between any two (changed
// blocks only, each version named with its time and author), and restore.
import { adminMetadata } from '@/lib/admin/page-metadata';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { getTranslations } from 'next-intl/server';
import { Forbidden } from '@/components/admin/forbidden';
import { RestoreRevisionButton } from '@/components/admin/restore-revision.client';
import { RevisionDiff } from '@/components/admin/revision-diff';
import { formatAdminDateTime } from '@/i18n/admin-date';
import { toUrlLocale } from '@/i18n/locales';
import { requirePageUser } from '@/lib/auth/page-guard';
import { pieceForEditor, pieceRevisions, revisionContent } from '@/lib/pieces/admin-queries';

export const generateMetadata = adminMetadata('history');

const version = z.coerce.number().int().positive().max(1_000_000).optional().catch(undefined);
const versionsSchema = z.object({ from: version, to: version });

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
  const q = versionsSchema.parse(await searchParams);
  const to = q.to && q.to <= piece.version ? q.to : piece.version;
  const from = q.from && q.from <= piece.version ? q.from : Math.max(1, to - 1);
  const [a, b] = await Promise.all([revisionContent(id, from), revisionContent(id, to)]);
  const byVersion = new Map(revisions.map((r) => [r.version, r]));
  const named = (v: number) => {
    const r = byVersion.get(v);
    return r ? t('versionBy', { version: v, time: formatAdminDateTime(r.createdAt, locale), name: r.editorName }) : `v${v}`;
  };
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
      {a && b && (
        <>
          <p data-testid="compared-versions">{t('comparing', { from: named(from), to: named(to) })}</p>
          <RevisionDiff older={a} newer={b} uiLocale={locale} />
        </>
      )}
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
              <td>{formatAdminDateTime(r.createdAt, locale)}</td>
              <td data-testid="revision-author">{r.editorName}</td>
              <td>{r.summary}</td>
              <td>{r.version !== piece.version && <RestoreRevisionButton pieceId={id} version={r.version} baseVersion={piece.version} />}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
