// A piece in a list: kind, linked title, standfirst and date.
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { toUrlLocale, type Locale } from '@/i18n/locales';
import type { PieceSummary } from '@/lib/pieces/types';
import { PublishedDate } from './published-date';

export async function PieceCard({ piece, locale }: { piece: PieceSummary; locale: Locale }) {
  const t = await getTranslations({ locale: toUrlLocale(locale), namespace: 'Piece' });
  return (
    <article className="piece-card">
      <p className="kicker">{t(`kind.${piece.kind}`)}</p>
      <h3>
        <Link href={`/${piece.seriesSlug}/${piece.slug}`}>{piece.title}</Link>
      </h3>
      <p className="standfirst">{piece.standfirst}</p>
      {piece.publishedAt && <PublishedDate date={piece.publishedAt} locale={locale} />}
    </article>
  );
}
