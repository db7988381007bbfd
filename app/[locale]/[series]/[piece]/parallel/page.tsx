// Side by side (中英對照): every block of a piece in both languages, row by row; the page's
// language first. Server-rendered; its canonical is the article, so it is not a duplicate.
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound, redirect } from 'next/navigation';
import { pageLocale } from '@/i18n/page-locale';
import { localePrefix, otherLocale, parseLocale, toUrlLocale } from '@/i18n/locales';
import { KeepParagraph } from '@/components/reader/keep-paragraph.client';
import { ParallelLanguages, ParallelRows } from '@/components/reader/parallel-rows';
import { PublishedDate } from '@/components/reader/published-date';
import { SiteHeader } from '@/components/reader/site-header';
import { SourcesList } from '@/components/reader/sources-list';
import { UpdateNotes } from '@/components/reader/update-notes';
import { Link } from '@/i18n/navigation';
import { parallelPath, readParallelArticle } from '@/lib/pieces/read-parallel';
import { parallelMetadata } from '@/lib/seo/metadata/page-seo';
import { getPieceSeo } from '@/lib/seo/queries';
import { pageUrl } from '@/lib/seo/site';

export const dynamicParams = true;

// Rendered on first request, then cached under the same tags as the article it shows.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<'/[locale]/[series]/[piece]/parallel'>): Promise<Metadata> {
  const { locale: segment, series, piece } = await params;
  const locale = parseLocale(segment);
  const seo = locale ? await getPieceSeo(series, piece) : null;
  if (!locale || !seo) return {};
  const t = await getTranslations({ locale: toUrlLocale(locale), namespace: 'Parallel' });
  return parallelMetadata(seo, locale, (title) => t('title', { title }));
}

export default async function ParallelPage({ params }: PageProps<'/[locale]/[series]/[piece]/parallel'>) {
  const { locale: segment, series, piece } = await params;
  const locale = pageLocale(segment);
  const read = await readParallelArticle(series, piece, locale);
  const articlePath = `/${series}/${piece}`;
  if (read.status === 'missing') notFound();
  if (read.status === 'one-locale') redirect(`${localePrefix(locale)}${articlePath}`);
  const { primary, other } = read;
  const second = otherLocale(locale);
  const [t, tp, to] = await Promise.all([
    getTranslations({ locale: toUrlLocale(locale), namespace: 'Piece' }),
    getTranslations({ locale: toUrlLocale(locale), namespace: 'Parallel' }),
    getTranslations({ locale: toUrlLocale(second), namespace: 'Piece' }),
  ]);
  return (
    <>
      <SiteHeader locale={locale} path={parallelPath(series, piece)} sticky />
      <KeepParagraph />
      <main id="main" className="page page-parallel">
        <article className="parallel">
          <header className="article-header parallel-header">
            <p className="kicker">
              <Link href={`/${primary.series.slug}`}>{primary.series.title}</Link>
              <span aria-hidden="true"> · </span>
              {t(`kind.${primary.kind}`)}
              <span aria-hidden="true"> · </span>
              {tp('link')}
            </p>
            <ParallelLanguages locale={locale} otherLocale={second} />
            <div className="parallel-row parallel-headline">
              <div className="parallel-side parallel-primary" lang={locale}>
                <h1>{primary.title}</h1>
                <p className="standfirst">{primary.standfirst}</p>
                <p className="reading-time">{t('readingTime', { minutes: primary.readingMinutes })}</p>
              </div>
              <div className="parallel-side parallel-other" lang={second}>
                <p className="parallel-title">{other.title}</p>
                <p className="standfirst">{other.standfirst}</p>
                <p className="reading-time">{to('readingTime', { minutes: other.readingMinutes })}</p>
              </div>
            </div>
            <p className="dateline">
              {primary.publishedAt && (
                <>
                  {t('published')} <PublishedDate date={primary.publishedAt} locale={locale} />
                </>
              )}
              <span className="parallel-link">
                {primary.publishedAt && <span aria-hidden="true"> · </span>}
                <a href={`${localePrefix(locale)}${articlePath}`} data-keep-paragraph="">
                  {tp('back')}
                </a>
              </span>
            </p>
            <p className="print-address">{pageUrl(locale, articlePath)}</p>
          </header>
          <ParallelRows locale={locale} otherLocale={second} primary={primary} other={other} />
          <UpdateNotes notes={primary.corrections} locale={locale} />
          <SourcesList sources={primary.sources} locale={locale} />
        </article>
      </main>
    </>
  );
}
