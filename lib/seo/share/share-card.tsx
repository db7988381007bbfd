// The share image (1200×630): headline in the page's own script, series and site name.
// Rendered by next/og (Satori), which understands a subset of CSS with flexbox only.
import { ImageResponse } from 'next/og';
import type { Locale } from '@/i18n/locales';
import { displayWidth } from '../metadata/text-length';
import { shareFonts } from './share-fonts';

export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 } as const;

export interface ShareCardInput {
  locale: Locale;
  headline: string;
  /** Small line above the headline: the series, or the tagline. */
  kicker: string;
  siteName: string;
  tagline: string;
  /** The lead image, cropped to the card around its focal point (lib/media/share.ts), as a data URL. */
  background?: string | null;
}

/** Smaller type for longer headlines, so up to about four lines fit. */
function headlineSize(text: string): number {
  const width = displayWidth(text);
  if (width <= 40) return 76;
  if (width <= 70) return 64;
  if (width <= 110) return 54;
  return 46;
}

export function renderShareCard(input: ShareCardInput): ImageResponse {
  const size = headlineSize(input.headline);
  return new ImageResponse(
    <div
      lang={input.locale}
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: '64px 72px',
        background: '#fbf8f3',
        borderTop: '18px solid #b3261e',
        color: input.background ? '#ffffff' : '#1a1a1a',
        fontFamily: 'Tandem Latin, Tandem CJK',
        position: 'relative',
      }}
    >
      {input.background && (
        // eslint-disable-next-line @next/next/no-img-element -- Satori draws plain <img> only
        <img
          src={input.background}
          alt=""
          width={SHARE_IMAGE_SIZE.width}
          height={SHARE_IMAGE_SIZE.height}
          style={{ position: 'absolute', top: 0, left: 0, width: '100%', height: '100%', objectFit: 'cover' }}
        />
      )}
      {input.background && (
        <div style={{ position: 'absolute', top: 0, left: 0, width: '100%', height: '100%', background: 'linear-gradient(180deg, rgba(0,0,0,0.35), rgba(0,0,0,0.7))' }} />
      )}
      <div style={{ display: 'flex', fontSize: 30, color: '#b3261e', letterSpacing: 1 }}>{input.kicker}</div>
      <div style={{ display: 'flex', fontSize: size, lineHeight: 1.25, maxHeight: size * 1.25 * 4, overflow: 'hidden' }}>{input.headline}</div>
      <div style={{ display: 'flex', alignItems: 'baseline', fontSize: 32 }}>
        <span style={{ fontSize: 40 }}>{input.siteName}</span>
        <span style={{ marginLeft: 20, color: input.background ? '#e8e8e8' : '#5f5f5f' }}>{input.tagline}</span>
      </div>
    </div>,
    { ...SHARE_IMAGE_SIZE, fonts: shareFonts() },
  );
}
