'use client';
// The live preview: the public article page in draft mode. It reloads after each save at
// the place the editor was reading, and scrolls to the block being edited.
import { useEffect, useRef } from 'react';
import { blockAnchor } from '@/lib/content/block-id';

interface Props {
  src: string;
  title: string;
  /** The block being edited: the preview shows it. */
  follow: string | null;
}

function frameWindow(frame: HTMLIFrameElement | null): Window | null {
  try {
    // Same origin: the preview is this site's own page.
    return frame?.contentWindow?.document ? frame.contentWindow : null;
  } catch {
    return null;
  }
}

/** Scrolls the preview to a block; false when the frame or the block is not there (yet). */
function showBlock(frame: HTMLIFrameElement | null, id: string | null): boolean {
  const target = id ? frameWindow(frame)?.document.getElementById(blockAnchor(id)) : null;
  if (!target) return false;
  target.scrollIntoView({ block: 'center' });
  return true;
}

export function PreviewFrame({ src, title, follow }: Props) {
  const frame = useRef<HTMLIFrameElement>(null);
  const scroll = useRef(0);
  const followRef = useRef(follow);
  const shown = useRef<string | null>(null);

  useEffect(() => {
    followRef.current = follow;
    if (follow !== shown.current && showBlock(frame.current, follow)) shown.current = follow;
  }, [follow]);

  return (
    <iframe
      ref={frame}
      className="preview-frame"
      title={title}
      src={src}
      onLoad={() => {
        const w = frameWindow(frame.current);
        if (!w) return;
        // The new version opens where the editor left the last one; a block not yet shown is scrolled to.
        if (followRef.current !== shown.current && showBlock(frame.current, followRef.current)) {
          shown.current = followRef.current;
          scroll.current = w.scrollY;
        } else w.scrollTo(0, scroll.current);
        w.addEventListener('scroll', () => (scroll.current = w.scrollY), { passive: true });
      }}
    />
  );
}
