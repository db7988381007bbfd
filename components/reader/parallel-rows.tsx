// The body of the side-by-side view: one row per block, holding it in the page's language and
// then in the other. The row carries the block's anchor, so /parallel#b-… and the article's
// #b-… name the same passage; the copies inside carry no ids of their own.
import { getTranslations } from 'next-intl/server';
import { toUrlLocale, type Locale } from '@/i18n/locales';
import { blockAnchor } from '@/lib/content/block-id';
import type { ArticleView } from '@/lib/pieces/types';
import { BlockView } from './block-view';

interface Props {
  locale: Locale;
  otherLocale: Locale;
  primary: ArticleView;
  other: ArticleView;
}

/** The row of column headings: each language's name, in that language. */
export async function ParallelLanguages({ locale, otherLocale }: Omit<Props, 'primary' | 'other'>) {
  const [t, to] = await Promise.all([
    getTranslations({ locale: toUrlLocale(locale), namespace: 'Parallel' }),
    getTranslations({ locale: toUrlLocale(otherLocale), namespace: 'Parallel' }),
  ]);
  return (
    <div className="parallel-row parallel-languages">
      <p className="parallel-side parallel-primary" lang={locale}>
        {t('languageName')}
      </p>
      <p className="parallel-side parallel-other" lang={otherLocale}>
        {to('languageName')}
      </p>
    </div>
  );
}

export function ParallelRows({ locale, otherLocale, primary, other }: Props) {
  const twins = new Map(other.blocks.map((b) => [b.id, b]));
  // A chart block whose chart is gone renders nothing on the article either.
  const rows = primary.blocks.filter((b) => b.type !== 'chart' || (b.meta.chartId && primary.charts[b.meta.chartId]));
  return (
    <div className="parallel-body">
      {rows.map((block) => {
        const twin = twins.get(block.id);
        return (
          <div className="parallel-row" id={blockAnchor(block.id)} key={block.id} data-block-type={block.type}>
            <div className="parallel-side parallel-primary" lang={locale}>
              <BlockView block={block} figures={primary.figures} locale={locale} seriesPieces={primary.seriesPieces} charts={primary.charts} anchored={false} permalink />
            </div>
            <div className="parallel-side parallel-other" lang={otherLocale}>
              {twin && (
                <BlockView
                  block={twin}
                  figures={other.figures}
                  locale={otherLocale}
                  seriesPieces={other.seriesPieces}
                  charts={other.charts}
                  anchored={false}
                  idSuffix={`-${toUrlLocale(otherLocale)}`}
                />
              )}
            </div>
          </div>
        );
      })}
    </div>
  );
}
