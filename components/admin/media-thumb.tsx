// A small preview of a library photo in the panel (its smallest served variant).
import type { MediaView } from '@/lib/media/types';
import { focalPosition, mediaUrl } from '@/lib/media/urls';

export function MediaThumb({ media, alt, size = 160 }: { media: Pick<MediaView, 'id' | 'hash' | 'width' | 'height' | 'focalX' | 'focalY'>; alt: string; size?: number }) {
  return (
    // eslint-disable-next-line @next/next/no-img-element -- a served variant, already small
    <img
      className="media-thumb"
      src={mediaUrl(media, 320, 'webp')}
      alt={alt}
      width={size}
      height={Math.round((size * media.height) / media.width)}
      style={{ objectFit: 'cover', objectPosition: focalPosition(media.focalX, media.focalY), maxWidth: '100%', height: 'auto' }}
    />
  );
}
