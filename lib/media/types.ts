// The shapes the media library hands to pages and components (plain data, no server imports).
export type MediaLocale = 'zh-HK' | 'en';

/** A photo as readers see it: enough to draw a <picture> with no layout shift. */
export interface MediaView {
  id: string;
  hash: string;
  width: number;
  height: number;
  focalX: number;
  focalY: number;
  credit: string;
  licence: string;
  alt: Record<MediaLocale, string>;
  caption: Record<MediaLocale, string>;
}

/** A photo in the library list: its view plus what editors need to find it. */
export interface MediaItem extends MediaView {
  originalName: string;
  format: string;
  bytes: number;
  createdAt: string;
  /** Pieces using it, as lead image or in an image block. */
  usedBy: number;
}
