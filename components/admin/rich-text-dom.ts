// Tandem's inline markup to the editing surface's DOM and back. The surface shows emphasis,
// links and figure chips; what an editor types is text, so a "*" typed is a "*" saved.
// The DOM is built with createElement and textContent only, never from HTML strings.
import { parseInline, serializeInline, type InlineNode } from '@/lib/content/inline';
import { FIGURE_STYLES, type FigureStyle } from '@/lib/figures/types';

export const CHIP_CLASS = 'fig-chip';

/** What a chip shows: the figure's value in this field's locale, in the chosen style. */
export type ChipText = (key: string, style: FigureStyle) => string | undefined;

export function makeChip(key: string, style: FigureStyle, text: ChipText): HTMLSpanElement {
  const chip = document.createElement('span');
  chip.className = CHIP_CLASS;
  chip.contentEditable = 'false';
  chip.dataset.figure = key;
  chip.dataset.style = style;
  fillChip(chip, text);
  return chip;
}

/** (Re)writes a chip's face from its key and style; an unknown key says so. */
export function fillChip(chip: HTMLElement, text: ChipText): void {
  const key = chip.dataset.figure ?? '';
  const style = (chip.dataset.style ?? 'full') as FigureStyle;
  const value = text(key, style);
  chip.replaceChildren();
  const v = document.createElement('span');
  v.className = 'fig-chip-value';
  v.textContent = value ?? '?';
  const k = document.createElement('span');
  k.className = 'fig-chip-key';
  k.textContent = style === 'full' ? key : `${key} · ${style}`;
  chip.append(v, k);
  chip.dataset.unknown = value === undefined ? 'true' : 'false';
  chip.title = `{{${key}${style === 'full' ? '' : `|${style}`}}}`;
}

function toDom(nodes: InlineNode[], text: ChipText): Node[] {
  return nodes.map((n) => {
    if (n.type === 'text') return document.createTextNode(n.text);
    if (n.type === 'figure') return makeChip(n.key, n.style, text);
    const el = document.createElement(n.type === 'em' ? 'em' : 'a');
    if (n.type === 'link') el.setAttribute('href', n.href);
    el.append(...toDom(n.children, text));
    return el;
  });
}

/** Shows markup in the surface. Returns false (and shows nothing) when the markup does not parse. */
export function renderMarkup(el: HTMLElement, markup: string, text: ChipText): boolean {
  let nodes: InlineNode[];
  try {
    nodes = parseInline(markup);
  } catch {
    return false;
  }
  el.replaceChildren(...toDom(nodes, text));
  return true;
}

const EMPHASIS = new Set(['EM', 'I', 'B', 'STRONG']);

/** Reads the surface back as nodes: em/i/b/strong are emphasis, a[href] links, chips figures. */
export function readNodes(el: Node): InlineNode[] {
  const out: InlineNode[] = [];
  el.childNodes.forEach((child) => {
    if (child.nodeType === Node.TEXT_NODE) {
      // Browsers write non-breaking spaces for trailing spaces; readers get plain ones.
      const t = (child.textContent ?? '').replace(/\u00a0/g, ' ').replace(/[\r\n]+/g, ' ');
      if (t) out.push({ type: 'text', text: t });
      return;
    }
    if (!(child instanceof HTMLElement)) return;
    if (child.classList.contains(CHIP_CLASS)) {
      const style = child.dataset.style as FigureStyle;
      out.push({ type: 'figure', key: child.dataset.figure ?? '', style: FIGURE_STYLES.includes(style) ? style : 'full' });
    } else if (EMPHASIS.has(child.tagName)) out.push({ type: 'em', children: readNodes(child) });
    else if (child.tagName === 'A' && child.getAttribute('href')) out.push({ type: 'link', href: child.getAttribute('href')!, children: readNodes(child) });
    else if (child.tagName !== 'BR') out.push(...readNodes(child));
  });
  return out;
}

export function readMarkup(el: HTMLElement): string {
  return serializeInline(readNodes(el));
}

const TYPED_REF = /\{\{\s*([a-z0-9]+(?:-[a-z0-9]+)*)\s*(?:\|\s*(full|value|words)\s*)?\}\}/;

/**
 * Turns a figure reference typed or pasted as text ("{{deepseek-r1-input-price|value}}")
 * into a chip, when the figure exists. Returns the last chip made, to put the caret after it.
 */
export function chipTypedRefs(el: HTMLElement, known: (key: string) => boolean, text: ChipText): HTMLElement | null {
  let last: HTMLElement | null = null;
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  const texts: Text[] = [];
  while (walker.nextNode()) texts.push(walker.currentNode as Text);
  for (let node of texts) {
    for (let m = TYPED_REF.exec(node.data); m; m = TYPED_REF.exec(node.data)) {
      if (!known(m[1]!)) break;
      const rest = node.splitText(m.index);
      const after = rest.splitText(m[0].length);
      const chip = makeChip(m[1]!, (m[2] ?? 'full') as FigureStyle, text);
      rest.replaceWith(chip);
      last = chip;
      node = after;
    }
  }
  return last;
}

/** The text just before the caret inside the surface, to see whether "{{" is being typed. */
export function textBeforeCaret(el: HTMLElement): string {
  const sel = window.getSelection();
  if (!sel || sel.rangeCount === 0 || !sel.isCollapsed) return '';
  const range = sel.getRangeAt(0);
  if (!el.contains(range.startContainer) || range.startContainer.nodeType !== Node.TEXT_NODE) return '';
  return (range.startContainer.textContent ?? '').slice(0, range.startOffset);
}

export function placeCaretAfter(node: Node): void {
  const sel = window.getSelection();
  if (!sel) return;
  const range = document.createRange();
  range.setStartAfter(node);
  range.collapse(true);
  sel.removeAllRanges();
  sel.addRange(range);
}

/** Inserts a node at a range inside the surface (or at its end), and puts the caret after it. */
export function insertAt(el: HTMLElement, range: Range | null, node: Node): void {
  if (range && el.contains(range.startContainer)) {
    range.deleteContents();
    range.insertNode(node);
  } else el.append(node);
  placeCaretAfter(node);
}

/** Removes the `{{query` just typed before the caret, returning where the chip goes. */
export function takeTrigger(el: HTMLElement, length: number): Range | null {
  const sel = window.getSelection();
  if (!sel || sel.rangeCount === 0) return null;
  const range = sel.getRangeAt(0).cloneRange();
  if (!el.contains(range.startContainer) || range.startContainer.nodeType !== Node.TEXT_NODE) return range;
  range.setStart(range.startContainer, Math.max(0, range.startOffset - length));
  range.deleteContents();
  return range;
}
