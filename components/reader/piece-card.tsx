// A piece in a list: kind, linked title, standfirst and date. A piece published in the other
// language only is shown in that language, marked, and links to that version.
import { getTranslations } from 'next-intl/server';
import { toUrlLocale, type Locale } from '@/i18n/locales';
import type { PieceSummary } from '@/lib/pieces/types';
import { CardImage } from './lead-image';
import { PieceLink } from './piece-link';
import { PublishedDate } from './published-date';

export async function PieceCard({ piece, locale }: { piece: PieceSummary; locale: Locale }) {
  const t = await getTranslations({ locale: toUrlLocale(locale), namespace: 'Piece' });
  return (
    <article className="piece-card" data-only-in={piece.onlyIn}>
      <CardImage id={piece.leadImageId} locale={piece.onlyIn ?? locale} />
      <p className="kicker">{t(`kind.${piece.kind}`)}</p>
      <h3>
        <PieceLink piece={piece} locale={locale} />
      </h3>
      <p className="standfirst" lang={piece.onlyIn}>
        {piece.standfirst}
      </p>
      {piece.publishedAt && <PublishedDate date={piece.publishedAt} locale={locale} />}
    </article>
  );
}
