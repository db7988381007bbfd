// The piece editor page: loads the working copy and the figure list, then hands over to the editor.
import { adminMetadata } from '@/lib/admin/page-metadata';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { Forbidden } from '@/components/admin/forbidden';
import { LeadImageSlot } from '@/components/admin/lead-image-slot.client';
import { PieceEditor } from '@/components/admin/piece-editor.client';
import { formatAdminDateTime } from '@/i18n/admin-date';
import { toHkInput } from '@/i18n/hk-time';
import { toUrlLocale } from '@/i18n/locales';
import { requirePageUser } from '@/lib/auth/page-guard';
import { figurePickerOptions } from '@/lib/figures/admin-queries';
import { chartsByKey, listChartKeys } from '@/lib/charts/queries';
import { leadImageOf, readMediaView } from '@/lib/media/queries';
import { pieceForEditor } from '@/lib/pieces/admin-queries';
import { translationView } from '@/lib/pieces/translation-sources';
import { can } from '@/lib/users/roles';

export const generateMetadata = adminMetadata('edit');

export default async function EditPiecePage({ params }: PageProps<'/admin/pieces/[id]'>) {
  const access = await requirePageUser('piece.edit');
  if (!access.allowed) return <Forbidden locale={access.user.uiLocale} />;
  const { user } = access;
  const { id } = await params;
  const [piece, figures, t] = await Promise.all([pieceForEditor(id), figurePickerOptions(), getTranslations({ locale: toUrlLocale(user.uiLocale), namespace: 'Admin.editor' })]);
  if (!piece) notFound();
  const [chartViews, translation] = await Promise.all([chartsByKey(await listChartKeys(), user.uiLocale), translationView(piece.id, piece.content)]);
  const charts = Object.values(chartViews).map((c) => ({ key: c.key, title: c.title }));
  const leadId = can(user.role, 'media.upload') ? await leadImageOf(piece.id) : null;
  const lead = leadId ? await readMediaView(leadId) : null;
  const inAnHour = new Date(Math.ceil((Date.now() + 60 * 60 * 1000) / 900_000) * 900_000);
  return (
    <>
      <h1>
        {t('title')}: {piece.content.texts[user.uiLocale].title || piece.content.slug}
      </h1>
      <PieceEditor
        pieceId={piece.id}
        initialVersion={piece.version}
        initial={piece.content}
        figures={figures}
        charts={charts}
        uiLocale={user.uiLocale}
        isPublic={piece.firstPublishedAt !== null && piece.status !== 'draft'}
        textOnly={user.role === 'translator'}
        initialTranslation={translation}
        translationNote={can(user.role, 'piece.publish') ? piece.translationNote : null}
        leadImageSlot={can(user.role, 'media.upload') ? <LeadImageSlot pieceId={piece.id} initial={lead} uiLocale={user.uiLocale} /> : undefined}
        publish={
          can(user.role, 'piece.publish')
            ? {
                pieceId: piece.id,
                status: piece.status,
                when: piece.publishedAt ? formatAdminDateTime(piece.publishedAt, user.uiLocale) : null,
                unpublishedChanges: piece.status !== 'draft' && piece.version > piece.liveVersion,
                defaultScheduleAt: toHkInput(piece.status === 'scheduled' && piece.publishedAt ? piece.publishedAt : inAnHour),
                editions: piece.editions,
              }
            : null
        }
      />
    </>
  );
}
