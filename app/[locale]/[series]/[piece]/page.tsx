// Article page: headline, standfirst, date, aligned body, sources and series navigation.
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound, redirect } from 'next/navigation';
import { pageLocale } from '@/i18n/page-locale';
import { localePrefix, otherLocale, parseLocale, toUrlLocale } from '@/i18n/locales';
import { BlockView } from '@/components/reader/block-view';
import { JsonLd } from '@/components/reader/json-ld';
import { LeadImage } from '@/components/reader/lead-image';
import { KeepParagraph } from '@/components/reader/keep-paragraph.client';
import { PublishedDate } from '@/components/reader/published-date';
import { SeriesNav } from '@/components/reader/series-nav';
import { SiteHeader } from '@/components/reader/site-header';
import { SourcesList } from '@/components/reader/sources-list';
import { PreviewBanner } from '@/components/reader/preview-banner';
import { UpdateNotes } from '@/components/reader/update-notes';
import { Link } from '@/i18n/navigation';
import { readArticle } from '@/lib/pieces/read-article';
import { parallelPath } from '@/lib/pieces/read-parallel';
import { newestArticlePaths } from '@/lib/pieces/static-params';
import { articleJsonLd, articleMetadata, wasUpdated } from '@/lib/seo/metadata/page-seo';
import { getPieceSeo } from '@/lib/seo/queries';
import { localePath, pageUrl } from '@/lib/seo/site';

export const dynamicParams = true;

// Only the newest pieces are rendered at build (dynamicParams renders the rest on request).
export async function generateStaticParams({ params }: { params: { locale: string } }) {
  const locale = parseLocale(params.locale);
  const paths = locale ? await newestArticlePaths(locale) : [];
  return paths.map((p) => ({ ...params, ...p }));
}

export async function generateMetadata({ params }: PageProps<'/[locale]/[series]/[piece]'>): Promise<Metadata> {
  const { locale: segment, series, piece } = await params;
  const locale = parseLocale(segment);
  if (!locale) return {};
  const { article, preview } = await readArticle(series, piece, locale);
  if (!article) return {};
  if (preview) {
    return { title: article.seoTitle || article.title, description: article.seoDescription || article.standfirst, robots: { index: false, follow: false } };
  }
  const seo = await getPieceSeo(series, piece);
  return seo ? articleMetadata(seo, locale) : {};
}

export default async function ArticlePage({ params }: PageProps<'/[locale]/[series]/[piece]'>) {
  const { locale: segment, series, piece } = await params;
  const locale = pageLocale(segment);
  const { article, preview } = await readArticle(series, piece, locale);
  if (!article) notFound();
  // Crawlers' view of the piece; a piece not published in this locale has no page in it, and
  // its address sends readers to the version that exists (temporarily: a translation may come).
  // The proxy answers that 307 from its table (lib/seo/routing/retired-paths.ts); this covers the
  // seconds until the table reloads after a publish.
  const seo = preview ? null : await getPieceSeo(series, piece);
  if (!preview && !seo) notFound();
  if (seo && !seo.locales.includes(locale)) redirect(localePath(seo.locales[0]!, `/${seo.seriesSlug}/${seo.slug}`));
  const [t, ts, tp, tl] = await Promise.all([
    getTranslations({ locale: toUrlLocale(locale), namespace: 'Piece' }),
    getTranslations({ locale: toUrlLocale(locale), namespace: 'Seo' }),
    getTranslations({ locale: toUrlLocale(locale), namespace: 'Parallel' }),
    getTranslations({ locale: toUrlLocale(locale), namespace: 'LocaleSwitcher' }),
  ]);
  const path = `/${article.series.slug}/${article.slug}`;
  // The side-by-side view needs the piece public in both languages (previews have the editor).
  const parallel = seo?.locales.includes(otherLocale(locale)) ? `${localePrefix(locale)}${parallelPath(article.series.slug, article.slug)}` : null;
  // Published in this locale only: the switcher leads to the series page there, which lists it.
  const switcherFallback =
    seo && !seo.locales.includes(otherLocale(locale))
      ? { path: `/${article.series.slug}`, marker: tl('onlyIn'), label: tl('onlyInLabel', { series: article.series.title }) }
      : undefined;
  return (
    <>
      <SiteHeader locale={locale} path={path} sticky switcherFallback={switcherFallback} />
      <KeepParagraph />
      <main id="main" className="page">
        {preview && <PreviewBanner locale={locale} publicPath={`${localePrefix(locale)}${path}`} />}
        {seo && articleJsonLd(seo, locale, article.corrections).map((data, i) => <JsonLd key={i} data={data} />)}
        <article className="article">
          <header className="article-header">
            <p className="kicker">
              <Link href={`/${article.series.slug}`}>{article.series.title}</Link>
              <span aria-hidden="true"> · </span>
              {t(`kind.${article.kind}`)}
            </p>
            <h1>{article.title}</h1>
            <p className="standfirst">{article.standfirst}</p>
            <p className="dateline">
              {article.publishedAt && (
                <>
                  {t('published')} <PublishedDate date={article.publishedAt} locale={locale} />
                  {wasUpdated(article.publishedAt, article.modifiedAt) && (
                    <>
                      <span aria-hidden="true"> · </span>
                      {ts('updated')} <PublishedDate date={article.modifiedAt} locale={locale} />
                    </>
                  )}
                  <span aria-hidden="true"> · </span>
                </>
              )}
              <span className="reading-time">{t('readingTime', { minutes: article.readingMinutes })}</span>
              {parallel && (
                <span className="parallel-link">
                  <span aria-hidden="true"> · </span>
                  <a href={parallel} data-keep-paragraph="">
                    {tp('link')}
                  </a>
                </span>
              )}
            </p>
            <p className="print-address">{pageUrl(locale, path)}</p>
            {article.translationUpdating && (
              <p className="translation-note" role="note">
                {t('translationUpdating')}
              </p>
            )}
            <LeadImage id={article.leadImageId} locale={locale} />
          </header>
          <div className="article-body">
            {article.blocks.map((block) => (
              <BlockView key={block.id} block={block} figures={article.figures} locale={locale} seriesPieces={article.seriesPieces} charts={article.charts} permalink />
            ))}
          </div>
          <UpdateNotes notes={article.corrections} locale={locale} />
          <SourcesList sources={article.sources} locale={locale} />
        </article>
        <SeriesNav locale={locale} previous={article.previous} next={article.next} />
      </main>
    </>
  );
}
