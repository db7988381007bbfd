// A piece's lead image on its article page: the photo, its caption and credit in the locale.
import type { Locale } from '@/i18n/locales';
import { mediaForReader } from '@/lib/media/queries';
import { MediaCredit } from './media-credit';
import { MediaPicture } from './media-picture';

export async function LeadImage({ id, locale }: { id: string | null | undefined; locale: Locale }) {
  const media = await mediaForReader(id);
  if (!media) return null;
  return (
    <figure className="lead-image" data-media={media.id}>
      <MediaPicture media={media} alt={media.alt[locale]} sizes="(min-width: 760px) 720px, 100vw" eager />
      {(media.caption[locale] || media.credit || media.licence) && (
        <figcaption>
          {media.caption[locale]} <MediaCredit media={media} locale={locale} />
        </figcaption>
      )}
    </figure>
  );
}

/** The lead image on a card of the front and series pages. */
export async function CardImage({ id, locale }: { id: string | null | undefined; locale: Locale }) {
  const media = await mediaForReader(id);
  if (!media) return null;
  return (
    <div className="card-image" data-media={media.id}>
      <MediaPicture media={media} alt={media.alt[locale]} sizes="(min-width: 760px) 360px, 100vw" />
    </div>
  );
}
