// schema.org JSON-LD: NewsArticle (with translations and corrections), BreadcrumbList,
// WebSite and the publishing Organization.
import { otherLocale, type Locale } from '@/i18n/locales';
import { absoluteUrl, LOGO_PATH, LOGO_SIZE, ORIGINAL_LOCALE, pageUrl, siteUrl, SITE_NAME } from '../site';
import { clip } from './text-length';

export type JsonLd = Record<string, unknown>;

const CONTEXT = 'https://schema.org';
/** Google shows at most 110 characters of a headline. */
const HEADLINE_MAX_WIDTH = 110;

export const ORGANIZATION_ID = () => `${siteUrl()}/#organization`;
export const WEBSITE_ID = (locale: Locale) => `${pageUrl(locale)}#website`;
export const articleId = (locale: Locale, path: string) => `${pageUrl(locale, path)}#article`;
export const seriesId = (locale: Locale, seriesSlug: string) => `${pageUrl(locale, `/${seriesSlug}`)}#series`;

export function organizationLd(): JsonLd {
  return {
    '@type': 'NewsMediaOrganization',
    '@id': ORGANIZATION_ID(),
    name: SITE_NAME,
    url: absoluteUrl('/'),
    logo: { '@type': 'ImageObject', url: absoluteUrl(LOGO_PATH), width: LOGO_SIZE.width, height: LOGO_SIZE.height },
  };
}

export function webSiteLd(locale: Locale, description: string): JsonLd {
  return {
    '@type': 'WebSite',
    '@id': WEBSITE_ID(locale),
    url: pageUrl(locale),
    name: SITE_NAME,
    description,
    inLanguage: locale,
    publisher: { '@id': ORGANIZATION_ID() },
  };
}

/** The front page's graph: the website in this language and its publisher. */
export function frontPageLd(locale: Locale, description: string): JsonLd {
  return { '@context': CONTEXT, '@graph': [webSiteLd(locale, description), organizationLd()] };
}

export interface Crumb {
  name: string;
  url: string;
}

export function breadcrumbLd(crumbs: Crumb[]): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((c, i) => ({ '@type': 'ListItem', position: i + 1, name: c.name, item: c.url })),
  };
}

export interface CorrectionInput {
  text: string;
  date: Date;
}

export interface NewsArticleInput {
  locale: Locale;
  seriesSlug: string;
  pieceSlug: string;
  /** Locales the piece is published in. */
  locales: readonly Locale[];
  headline: string;
  description: string;
  publishedAt: Date;
  modifiedAt: Date;
  authorName: string;
  imageUrl: string;
  seriesTitle: string;
  corrections: CorrectionInput[];
}

export function newsArticleLd(a: NewsArticleInput): JsonLd {
  const path = `/${a.seriesSlug}/${a.pieceSlug}`;
  const url = pageUrl(a.locale, path);
  const other = otherLocale(a.locale);
  const version = (locale: Locale) => ({ '@type': 'NewsArticle', '@id': articleId(locale, path), url: pageUrl(locale, path), inLanguage: locale });
  const translation = a.locales.includes(other)
    ? a.locale === ORIGINAL_LOCALE
      ? { workTranslation: [version(other)] }
      : other === ORIGINAL_LOCALE
        ? { translationOfWork: version(other) }
        : {}
    : {};
  return {
    '@context': CONTEXT,
    '@type': 'NewsArticle',
    '@id': articleId(a.locale, path),
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    url,
    headline: clip(a.headline, HEADLINE_MAX_WIDTH),
    description: a.description,
    inLanguage: a.locale,
    datePublished: a.publishedAt.toISOString(),
    dateModified: a.modifiedAt.toISOString(),
    author: [{ '@type': 'Organization', name: a.authorName, url: absoluteUrl('/') }],
    publisher: organizationLd(),
    image: [a.imageUrl],
    articleSection: a.seriesTitle,
    isPartOf: { '@type': 'CreativeWorkSeries', '@id': seriesId(a.locale, a.seriesSlug), name: a.seriesTitle, url: pageUrl(a.locale, `/${a.seriesSlug}`) },
    ...translation,
    ...(a.corrections.length && {
      correction: a.corrections.map((c) => ({ '@type': 'CorrectionComment', text: c.text, datePublished: c.date.toISOString() })),
    }),
  };
}

/** Serialises JSON-LD for a <script> element: "<" is escaped so "</script>" cannot end it early. */
export function serializeJsonLd(data: JsonLd): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
