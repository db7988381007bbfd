// Assembles a locale's feed from the published pieces: full text, corrections included.
import 'server-only';
import type { Locale } from '@/i18n/locales';
import { feedPhotos } from '@/lib/media/feed';
import { getArticle } from '@/lib/pieces/queries';
import { chartHtml } from './feeds/chart-html';
import { correctionTexts } from './metadata/corrections';
import { atomPath, rssPath } from './feeds/feeds-paths';
import { entryTagUri, type Feed, type FeedEntry } from './feeds/feeds';
import { pieceTranslator, seoTranslator } from './messages';
import { listRecentPieces } from './queries';
import { escapeHtml, renderBlocksHtml } from './feeds/render-html';
import { pageUrl } from './site';

export const FEED_MAX_ENTRIES = 30;

export async function buildFeed(locale: Locale, format: 'rss' | 'atom'): Promise<Feed> {
  const t = seoTranslator(locale);
  const tp = pieceTranslator(locale);
  // Twice the feed's length, so pieces missing in this locale cannot leave it short.
  const pieces = (await listRecentPieces(2 * FEED_MAX_ENTRIES)).filter((p) => p.locales.includes(locale)).slice(0, FEED_MAX_ENTRIES);
  const entries: FeedEntry[] = [];
  for (const p of pieces) {
    const article = await getArticle(p.seriesSlug, p.slug, locale);
    if (!article) continue;
    const photos = await feedPhotos(article.blocks, locale);
    const body = renderBlocksHtml(article.blocks, article.figures, locale, {
      quoteBy: (name) => tp('quoteBy', { name }),
      chartOmitted: t('chartOmitted'),
      image: (id) => photos[id] ?? null,
      chart: (key) => (article.charts[key] ? chartHtml(article.charts[key], locale) : null),
      teaser: (slug) => {
        const target = article.seriesPieces.find((s) => s.slug === slug);
        if (!target) return null;
        // A follow-up published in the other language only is linked there, and says so.
        const text = tp('teaserLink', { title: target.title });
        return { url: pageUrl(target.onlyIn ?? locale, `/${target.seriesSlug}/${target.slug}`), text: target.onlyIn ? `${text} (${tp('onlyIn')})` : text };
      },
    });
    const corrections = correctionTexts(article.corrections, locale);
    const notes = corrections.length ? `\n<h2>${escapeHtml(tp('updatesHeading'))}</h2>\n<ul>${corrections.map((c) => `<li>${escapeHtml(c.text)}</li>`).join('')}</ul>` : '';
    entries.push({
      id: entryTagUri(p.id, locale, p.publishedAt),
      url: pageUrl(locale, `/${p.seriesSlug}/${p.slug}`),
      title: p.texts[locale]!.title,
      summary: p.texts[locale]!.standfirst,
      html: `<p><strong>${escapeHtml(article.standfirst)}</strong></p>\n${body}${notes}`,
      publishedAt: p.publishedAt,
      updatedAt: p.modifiedAt,
      category: p.seriesTitle[locale] ?? p.seriesSlug,
    });
  }
  return {
    locale,
    title: t('feedTitle'),
    description: t('feedDescription'),
    homeUrl: pageUrl(locale),
    selfPath: format === 'rss' ? rssPath(locale) : atomPath(locale),
    authorName: t('authorName'),
    entries,
  };
}
