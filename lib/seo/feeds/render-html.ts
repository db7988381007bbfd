// Renders an article body to HTML for feed readers, from the same parsed markup and figure
// formatting the pages use. Every text is escaped; links are http(s) or made absolute.
import type { Locale } from '@/i18n/locales';
import type { ReaderBlock } from '@/lib/content/blocks';
import type { InlineNode } from '@/lib/content/inline';
import { formatFigure } from '@/lib/figures/format';
import type { Figure } from '@/lib/figures/types';
import { absoluteUrl } from '../site';

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** Site paths become absolute (feed readers have no base URL); anything else unsafe is dropped. */
function safeHref(href: string): string | null {
  if (/^https?:\/\//i.test(href)) return href;
  if (href.startsWith('/') && !href.startsWith('//')) return absoluteUrl(href);
  return null;
}

export function renderInlineHtml(nodes: InlineNode[], figures: Record<string, Figure>, locale: Locale): string {
  return nodes
    .map((n) => {
      switch (n.type) {
        case 'text':
          return escapeHtml(n.text);
        case 'em':
          return `<em>${renderInlineHtml(n.children, figures, locale)}</em>`;
        case 'link': {
          const inner = renderInlineHtml(n.children, figures, locale);
          const href = safeHref(n.href);
          return href ? `<a href="${escapeHtml(href)}">${inner}</a>` : inner;
        }
        case 'figure': {
          const figure = figures[n.key];
          return figure ? escapeHtml(formatFigure(figure, locale, n.style)) : `[${escapeHtml(n.key)}]`;
        }
      }
    })
    .join('');
}

export interface BodyHtmlOptions {
  /** "— {name}" for pull quotes, in the locale. */
  quoteBy: (name: string) => string;
  /** A chart block's HTML, by chart key; null when the chart cannot be drawn. */
  chart?: (chartId: string) => string | null;
  /** What stands in for a chart that cannot be drawn. */
  chartOmitted: string;
  /** A teaser paragraph's link to a piece of the series, once that piece is public. */
  teaser?: (pieceSlug: string) => { url: string; text: string } | null;
  /** An image block's photo from the media library (absolute address); no other image is shown. */
  image?: (mediaId: string) => { src: string; width: number; height: number; alt: string } | null;
}

export function renderBlocksHtml(blocks: ReaderBlock[], figures: Record<string, Figure>, locale: Locale, options: BodyHtmlOptions): string {
  const inline = (nodes: InlineNode[]) => renderInlineHtml(nodes, figures, locale);
  return blocks
    .map((b) => {
      switch (b.type) {
        case 'paragraph': {
          const teaser = b.meta.teaser ? options.teaser?.(b.meta.teaser) : null;
          const link = teaser ? ` <a href="${escapeHtml(teaser.url)}">${escapeHtml(teaser.text)}</a>` : '';
          return `<p>${inline(b.content)}${link}</p>`;
        }
        case 'heading': {
          const tag = b.meta.level === 3 ? 'h3' : 'h2';
          return `<${tag}>${inline(b.content)}</${tag}>`;
        }
        case 'quote':
          return `<blockquote><p>${inline(b.content)}</p>${b.attribution ? `<footer>${escapeHtml(options.quoteBy(b.attribution))}</footer>` : ''}</blockquote>`;
        case 'image': {
          const photo = b.meta.mediaId ? options.image?.(b.meta.mediaId) : null;
          const img = photo ? `<img src="${escapeHtml(photo.src)}" width="${photo.width}" height="${photo.height}" alt="${escapeHtml(b.attribution || photo.alt)}">` : '';
          return `<figure>${img}<figcaption>${inline(b.content)}</figcaption></figure>`;
        }
        case 'chart': {
          const drawn = b.meta.chartId ? options.chart?.(b.meta.chartId) : null;
          return drawn ?? `<p><em>${escapeHtml(options.chartOmitted)}</em></p>`;
        }
      }
    })
    .join('\n');
}
