// Create a follow-up piece in a series; it is placed after the existing ones.
import { adminMetadata } from '@/lib/admin/page-metadata';
import { getTranslations } from 'next-intl/server';
import { Forbidden } from '@/components/admin/forbidden';
import { NewPieceForm } from '@/components/admin/new-piece-form.client';
import { toUrlLocale } from '@/i18n/locales';
import { requirePageUser } from '@/lib/auth/page-guard';
import { seriesOptions } from '@/lib/pieces/admin-queries';

export const generateMetadata = adminMetadata('newPiece');

export default async function NewPiecePage({ searchParams }: PageProps<'/admin/pieces/new'>) {
  const access = await requirePageUser('piece.create');
  if (!access.allowed) return <Forbidden locale={access.user.uiLocale} />;
  const locale = access.user.uiLocale;
  const [t, series] = await Promise.all([getTranslations({ locale: toUrlLocale(locale), namespace: 'Admin.editor' }), seriesOptions(locale)]);
  const requested = (await searchParams).series;
  return (
    <>
      <h1>{t('newTitle')}</h1>
      <NewPieceForm series={series} defaultSeries={typeof requested === 'string' ? requested : (series[0]?.slug ?? '')} />
    </>
  );
}
