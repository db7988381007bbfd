// One body block as readers see it.
import { getTranslations } from 'next-intl/server';
import { toUrlLocale, type Locale } from '@/i18n/locales';
import type { ReaderBlock } from '@/lib/content/blocks';
import type { Figure } from '@/lib/figures/types';
import { Link } from '@/i18n/navigation';
import type { PieceSummary } from '@/lib/pieces/types';
import type { ChartView } from '@/lib/charts/types';
import { ChartFigure } from '@/components/charts/chart-figure';
import { blockAnchor } from '@/lib/content/block-id';
import { mediaForReader } from '@/lib/media/queries';
import { InlineText } from './inline-text';
import { MediaCredit } from './media-credit';
import { MediaPicture } from './media-picture';

interface Props {
  block: ReaderBlock;
  figures: Record<string, Figure>;
  locale: Locale;
  /** Public pieces of the series: a teaser paragraph links to its target once it is here. */
  seriesPieces?: PieceSummary[];
  charts?: Record<string, ChartView>;
  /** Whether the block itself carries its anchor id; not where a wrapper does (a row of the side-by-side view). */
  anchored?: boolean;
  /** A small link to the block's anchor, shown on hover and focus, for sharing one paragraph. */
  permalink?: boolean;
  /** Appended to the ids of the block's parts (a chart's drawing), for a second copy of the block on one page. */
  idSuffix?: string;
}

export async function BlockView({ block, figures, locale, seriesPieces = [], charts = {}, anchored = true, permalink = false, idSuffix = '' }: Props) {
  const t = await getTranslations({ locale: toUrlLocale(locale), namespace: 'Piece' });
  const text = <InlineText nodes={block.content} figures={figures} locale={locale} />;
  // The same anchor in both locales, so a link can point to one paragraph in either language.
  const anchor = blockAnchor(block.id);
  const id = anchored ? anchor : undefined;
  const link = permalink && (
    <a className="block-link" href={`#${anchor}`} aria-label={t('blockLinkLabel')}>
      {t('blockLink')}
    </a>
  );
  switch (block.type) {
    case 'paragraph': {
      const target = block.meta.teaser ? seriesPieces.find((p) => p.slug === block.meta.teaser) : undefined;
      return (
        <p id={id}>
          {text}
          {target && (
            <>
              {' '}
              <Link href={`/${target.seriesSlug}/${target.slug}`} locale={toUrlLocale(target.onlyIn ?? locale)} hrefLang={target.onlyIn} className="teaser-link">
                {t('teaserLink', { title: target.title })}
                {target.onlyIn && (
                  <>
                    {' '}
                    <span className="only-in">{t('onlyIn')}</span>
                  </>
                )}
              </Link>
            </>
          )}
          {link}
        </p>
      );
    }
    case 'heading':
      return block.meta.level === 3 ? (
        <h3 id={id}>
          {text}
          {link}
        </h3>
      ) : (
        <h2 id={id}>
          {text}
          {link}
        </h2>
      );
    case 'quote':
      return (
        <figure className="pull-quote" id={id}>
          <blockquote>
            <p>{text}</p>
          </blockquote>
          {block.attribution && <figcaption>{t('quoteBy', { name: block.attribution })}</figcaption>}
          {link}
        </figure>
      );
    case 'image': {
      // Only a photo of the library is shown; until an editor adds one, the caption stands alone.
      const media = await mediaForReader(block.meta.mediaId);
      return (
        <figure className="photo" id={id} data-media={media?.id}>
          {media && <MediaPicture media={media} alt={block.attribution || media.alt[locale]} sizes="(min-width: 760px) 720px, 100vw" />}
          <figcaption>
            {text}
            {media && (
              <>
                {' '}
                <MediaCredit media={media} locale={locale} />
              </>
            )}
          </figcaption>
          {link}
        </figure>
      );
    }
    case 'chart': {
      const chart = block.meta.chartId ? charts[block.meta.chartId] : undefined;
      return chart ? (
        <ChartFigure chart={chart} locale={locale} anchor={id} idSuffix={idSuffix}>
          {link}
        </ChartFigure>
      ) : null;
    }
  }
}
