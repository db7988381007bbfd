// A library photo as a <picture>: AVIF and WebP sources with srcset, a JPEG fallback, its
// intrinsic width and height (no layout shift) and its focal point as object-position.
// Server-rendered, no client JavaScript. Only photos of the library reach here.
import type { MediaView } from '@/lib/media/types';
import { focalPosition, mediaFallback, mediaSrcSet } from '@/lib/media/urls';

interface Props {
  media: MediaView;
  alt: string;
  sizes: string;
  /** The lead image is the page's largest paint: load it at once. */
  eager?: boolean;
}

export function MediaPicture({ media, alt, sizes, eager = false }: Props) {
  return (
    <picture>
      <source type="image/avif" srcSet={mediaSrcSet(media, 'avif')} sizes={sizes} />
      <source type="image/webp" srcSet={mediaSrcSet(media, 'webp')} sizes={sizes} />
      <img
        src={mediaFallback(media)}
        srcSet={mediaSrcSet(media, 'jpg')}
        sizes={sizes}
        width={media.width}
        height={media.height}
        alt={alt}
        loading={eager ? 'eager' : 'lazy'}
        decoding="async"
        {...(eager ? { fetchPriority: 'high' as const } : {})}
        style={{ objectPosition: focalPosition(media.focalX, media.focalY) }}
      />
    </picture>
  );
}
