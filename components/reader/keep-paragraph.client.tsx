'use client';
// Keeps the reader's place across languages and views: a link marked data-keep-paragraph (the
// language switcher, the side-by-side link) gains the anchor of the block being read, which is
// the same in both locales. Without JavaScript the links still lead to the same piece.
import { useEffect } from 'react';

const BLOCK_ANCHOR = /^#b-[A-Za-z0-9_-]{6,40}$/;

/** The top of the reading area: below the masthead when it stays on screen. */
function readingTop(): number {
  return Math.max(0, document.querySelector('.site-header')?.getBoundingClientRect().bottom ?? 0);
}

function inView(el: Element, top: number): boolean {
  const r = el.getBoundingClientRect();
  return r.bottom > top && r.top < window.innerHeight;
}

/** The anchor of the block the reader is at: the linked one while it is in view, else the first whose top is in view. */
function readingAnchor(): string | null {
  const top = readingTop();
  const linked = BLOCK_ANCHOR.test(location.hash) ? document.getElementById(location.hash.slice(1)) : null;
  if (linked && inView(linked, top)) return location.hash;
  // At the top of the article (headline in view) the other page opens at its top too.
  const headline = document.querySelector('main h1');
  if (headline && headline.getBoundingClientRect().bottom > top) return null;
  let above: Element | null = null;
  for (const block of document.querySelectorAll('main [id^="b-"]')) {
    const r = block.getBoundingClientRect();
    // A block that starts above the reading area and runs past the screen is the one being read.
    if (r.top >= top - 2) return `#${(r.top < window.innerHeight ? block : (above ?? block)).id}`;
    above = block;
  }
  return above && inView(above, top) ? `#${above.id}` : null;
}

const plainClick = (e: MouseEvent, link: HTMLAnchorElement) =>
  e.type === 'click' && e.button === 0 && !e.metaKey && !e.ctrlKey && !e.shiftKey && !e.altKey && (!link.target || link.target === '_self');

export function KeepParagraph() {
  useEffect(() => {
    const rendered = new WeakMap<HTMLAnchorElement, string>();
    function onActivate(e: MouseEvent) {
      const link = e.target instanceof Element ? e.target.closest('a[data-keep-paragraph]') : null;
      if (!(link instanceof HTMLAnchorElement)) return;
      if (!rendered.has(link)) rendered.set(link, link.href);
      const url = new URL(rendered.get(link)!);
      const anchor = readingAnchor();
      url.hash = anchor ?? '';
      // New tabs, copied addresses and the browser's own navigation read the attribute.
      link.href = url.href;
      if (!anchor || !plainClick(e, link)) return;
      // Next's client-side Link navigates to the address it was rendered with; go to this one
      // instead, once the link's own handlers (next-intl's locale cookie) have run.
      e.preventDefault();
      setTimeout(() => window.location.assign(url.href), 0);
    }
    // Capturing, so this runs before React's handlers on the link.
    for (const type of ['click', 'auxclick', 'contextmenu'] as const) window.addEventListener(type, onActivate, true);
    return () => {
      for (const type of ['click', 'auxclick', 'contextmenu'] as const) window.removeEventListener(type, onActivate, true);
    };
  }, []);
  return null;
}
