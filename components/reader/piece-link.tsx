// A link to another piece from a list (cards, series navigation). A piece published in the
// other language only links to that version, its title marked as that language, with a marker.
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { toUrlLocale, type Locale } from '@/i18n/locales';
import type { PieceSummary } from '@/lib/pieces/types';

interface Props {
  piece: PieceSummary;
  locale: Locale;
  className?: string;
  rel?: string;
  /** Shown before the title, in the page's language (series navigation's "Previous"). */
  label?: React.ReactNode;
}

export async function PieceLink({ piece, locale, className, rel, label }: Props) {
  const t = await getTranslations({ locale: toUrlLocale(locale), namespace: 'Piece' });
  const only = piece.onlyIn;
  return (
    <Link href={`/${piece.seriesSlug}/${piece.slug}`} locale={only && toUrlLocale(only)} hrefLang={only} className={className} rel={rel}>
      {label}
      <span lang={only}>{piece.title}</span>
      {only && (
        <>
          {' '}
          <span className="only-in">{t('onlyIn')}</span>
        </>
      )}
    </Link>
  );
}
