// Tandem's inline markup: *emphasis*, [text](url) and {{figure-key|style}}, nothing else.
// Text is never HTML: everything that is not markup renders as escaped text.
import { FIGURE_STYLES, type FigureStyle } from '@/lib/figures/types';

export type InlineNode =
  | { type: 'text'; text: string }
  | { type: 'em'; children: InlineNode[] }
  | { type: 'link'; href: string; children: InlineNode[] }
  | { type: 'figure'; key: string; style: FigureStyle };

/** What is wrong with a piece of markup, as a code the admin's catalogue says in words. */
export type InlineProblem = 'unclosedEmphasis' | 'unclosedFigure' | 'malformedFigure' | 'unknownStyle' | 'linkForm' | 'unclosedLink' | 'unsafeHref';

export class InlineSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
    readonly code: InlineProblem,
  ) {
    super(message);
    this.name = 'InlineSyntaxError';
  }
}

const FIGURE_KEY = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
// A site path must stay on the site: "//host" and "/\\host" are other hosts to a browser.
const SAFE_HREF = /^(https?:\/\/[^\s<>"'()\\]+|\/(?![/\\])[^\s<>"'()\\]*)$/i;

/** Whether a link address may be written: an http(s) address or a path on this site, without brackets or spaces. */
export function isSafeHref(href: string): boolean {
  return SAFE_HREF.test(href);
}

/** Parses inline markup, throwing InlineSyntaxError with the offset of the first problem. */
export function parseInline(source: string): InlineNode[] {
  let i = 0;

  function parseUntil(stop: string | null, inLink: boolean): InlineNode[] {
    const nodes: InlineNode[] = [];
    let text = '';
    const flush = () => {
      if (text) nodes.push({ type: 'text', text });
      text = '';
    };
    while (i < source.length) {
      const ch = source[i]!;
      if (stop && source.startsWith(stop, i)) {
        flush();
        return nodes;
      }
      if (ch === '\\' && i + 1 < source.length) {
        text += source[i + 1];
        i += 2;
      } else if (source.startsWith('{{', i)) {
        flush();
        nodes.push(parseFigure());
      } else if (ch === '*') {
        flush();
        const start = i++;
        const children = parseUntil('*', inLink);
        if (source[i] !== '*') throw new InlineSyntaxError('Unclosed emphasis: a "*" has no partner', start, 'unclosedEmphasis');
        i++;
        nodes.push({ type: 'em', children });
      } else if (ch === '[' && !inLink) {
        flush();
        nodes.push(parseLink());
      } else {
        text += ch;
        i++;
      }
    }
    flush();
    return nodes;
  }

  function parseFigure(): InlineNode {
    const start = i;
    const end = source.indexOf('}}', i);
    if (end < 0) throw new InlineSyntaxError('Unclosed figure reference: "{{" has no "}}"', start, 'unclosedFigure');
    const [key = '', style = 'full', ...rest] = source
      .slice(i + 2, end)
      .trim()
      .split('|')
      .map((s) => s.trim());
    if (!FIGURE_KEY.test(key) || rest.length) throw new InlineSyntaxError(`Malformed figure reference "${source.slice(start, end + 2)}"`, start, 'malformedFigure');
    if (!(FIGURE_STYLES as readonly string[]).includes(style)) throw new InlineSyntaxError(`Unknown figure style "${style}"`, start, 'unknownStyle');
    i = end + 2;
    return { type: 'figure', key, style: style as FigureStyle };
  }

  function parseLink(): InlineNode {
    const start = i++;
    const children = parseUntil(']', true);
    if (source[i] !== ']' || source[i + 1] !== '(') throw new InlineSyntaxError('A link needs the form [text](url)', start, 'linkForm');
    const close = source.indexOf(')', i);
    if (close < 0) throw new InlineSyntaxError('Unclosed link address', start, 'unclosedLink');
    const href = source.slice(i + 2, close).trim();
    if (!SAFE_HREF.test(href)) throw new InlineSyntaxError(`Links must be http(s) or site paths: "${href}"`, start, 'unsafeHref');
    i = close + 1;
    return { type: 'link', href, children };
  }

  return parseUntil(null, false);
}

/** Every figure key the markup refers to, in order of first use. */
export function figureKeysOf(nodes: InlineNode[]): string[] {
  const keys = new Set<string>();
  const walk = (list: InlineNode[]) => {
    for (const n of list) {
      if (n.type === 'figure') keys.add(n.key);
      else if (n.type === 'em' || n.type === 'link') walk(n.children);
    }
  };
  walk(nodes);
  return [...keys];
}

/** Plain text of parsed markup, with figures resolved by the caller (feeds, SEO, search). */
export function inlineToText(nodes: InlineNode[], figure: (key: string, style: FigureStyle) => string): string {
  return nodes
    .map((n) => {
      if (n.type === 'text') return n.text;
      if (n.type === 'figure') return figure(n.key, n.style);
      return inlineToText(n.children, figure);
    })
    .join('');
}

/**
 * The text a translator translates: figure references become one placeholder, because a
 * figure is shared by both locales, not translated. So swapping a figure or changing its
 * style (`|value`, `|words`) reads as no change to translate. Escaped braces stay text.
 */
export function translatableText(source: string): string {
  return source.replace(/(\\.)|\{\{[^{}]*\}\}/g, (match, escaped: string | undefined) => escaped ?? '{{#}}');
}

/** Text as markup: the characters that would start markup are escaped, inside a link also its closing bracket. */
function escapeText(text: string, inLink: boolean): string {
  return text.replace(inLink ? /[\\*{[\]]/g : /[\\*{[]/g, (c) => `\\${c}`);
}

/**
 * Writes parsed markup back as markup, so `parseInline(serializeInline(nodes))` reads the same
 * nodes. The editor builds nodes from what an editor typed, and this is what it saves.
 * Emphasis inside emphasis and links inside links are flattened: the markup has neither.
 */
export function serializeInline(nodes: InlineNode[], inEm = false, inLink = false): string {
  return nodes
    .map((n) => {
      if (n.type === 'text') return escapeText(n.text, inLink);
      if (n.type === 'figure') return n.style === 'full' ? `{{${n.key}}}` : `{{${n.key}|${n.style}}}`;
      if (n.type === 'em') {
        const inner = serializeInline(n.children, true, inLink);
        return inEm || !inner ? inner : `*${inner}*`;
      }
      const inner = serializeInline(n.children, inEm, true);
      return inLink || !inner ? inner : `[${inner}](${n.href})`;
    })
    .join('');
}
