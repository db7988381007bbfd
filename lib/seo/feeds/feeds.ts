// Per-locale RSS 2.0 and Atom 1.0 feeds carrying each piece's full text as escaped HTML.
import type { Locale } from '@/i18n/locales';
import { rfc822 } from '../dates';
import { absoluteUrl, siteUrl } from '../site';
import { escapeXml, w3cDate, XML_DECLARATION } from '../xml';

export interface FeedEntry {
  /** Stable identity (survives slug renames), as a tag: URI. */
  id: string;
  url: string;
  title: string;
  summary: string;
  /** Full text as HTML; escaped again as XML text when written. */
  html: string;
  publishedAt: Date;
  updatedAt: Date;
  category: string;
}

export interface Feed {
  locale: Locale;
  title: string;
  description: string;
  /** The HTML page the feed mirrors (the locale's front page). */
  homeUrl: string;
  selfPath: string;
  authorName: string;
  entries: FeedEntry[];
}

/** tag: URI (RFC 4151) for a piece in a locale; the date is the first publication. */
export function entryTagUri(pieceId: string, locale: Locale, publishedAt: Date): string {
  const host = new URL(siteUrl()).hostname;
  return `tag:${host},${publishedAt.toISOString().slice(0, 10)}:piece/${pieceId}/${locale}`;
}

function feedUpdated(feed: Feed): Date {
  return feed.entries.reduce((max, e) => (e.updatedAt > max ? e.updatedAt : max), new Date(0));
}

export function renderRss(feed: Feed): string {
  const items = feed.entries.map((e) =>
    [
      '<item>',
      `<title>${escapeXml(e.title)}</title>`,
      `<link>${escapeXml(e.url)}</link>`,
      `<guid isPermaLink="false">${escapeXml(e.id)}</guid>`,
      `<pubDate>${rfc822(e.publishedAt)}</pubDate>`,
      `<dc:creator>${escapeXml(feed.authorName)}</dc:creator>`,
      `<category>${escapeXml(e.category)}</category>`,
      `<description>${escapeXml(e.summary)}</description>`,
      `<content:encoded>${escapeXml(e.html)}</content:encoded>`,
      '</item>',
    ].join(''),
  );
  return [
    XML_DECLARATION,
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    '<channel>',
    `<title>${escapeXml(feed.title)}</title>`,
    `<link>${escapeXml(feed.homeUrl)}</link>`,
    `<description>${escapeXml(feed.description)}</description>`,
    `<language>${feed.locale.toLowerCase()}</language>`,
    `<lastBuildDate>${rfc822(feedUpdated(feed))}</lastBuildDate>`,
    `<atom:link href="${escapeXml(absoluteUrl(feed.selfPath))}" rel="self" type="application/rss+xml"/>`,
    ...items,
    '</channel>',
    '</rss>',
    '',
  ].join('\n');
}

export function renderAtom(feed: Feed): string {
  const entries = feed.entries.map((e) =>
    [
      '<entry>',
      `<id>${escapeXml(e.id)}</id>`,
      `<title>${escapeXml(e.title)}</title>`,
      `<link rel="alternate" type="text/html" href="${escapeXml(e.url)}"/>`,
      `<published>${w3cDate(e.publishedAt)}</published>`,
      `<updated>${w3cDate(e.updatedAt)}</updated>`,
      `<category term="${escapeXml(e.category)}"/>`,
      `<summary>${escapeXml(e.summary)}</summary>`,
      `<content type="html">${escapeXml(e.html)}</content>`,
      '</entry>',
    ].join(''),
  );
  return [
    XML_DECLARATION,
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${feed.locale}">`,
    `<id>${escapeXml(absoluteUrl(feed.selfPath))}</id>`,
    `<title>${escapeXml(feed.title)}</title>`,
    `<subtitle>${escapeXml(feed.description)}</subtitle>`,
    `<updated>${w3cDate(feedUpdated(feed))}</updated>`,
    `<link rel="self" type="application/atom+xml" href="${escapeXml(absoluteUrl(feed.selfPath))}"/>`,
    `<link rel="alternate" type="text/html" href="${escapeXml(feed.homeUrl)}"/>`,
    `<author><name>${escapeXml(feed.authorName)}</name></author>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
