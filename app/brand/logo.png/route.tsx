// The publisher logo (512×512 PNG) that structured data points to.
import { ImageResponse } from 'next/og';
import { LOGO_SIZE } from '@/lib/seo/site';
import { shareFonts } from '@/lib/seo/share/share-fonts';

export const dynamic = 'force-static';

export function GET() {
  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        background: '#b3261e',
        color: '#fbf8f3',
        fontSize: 340,
        fontFamily: 'Tandem Latin',
      }}
    >
      T
    </div>,
    { ...LOGO_SIZE, fonts: shareFonts() },
  );
}
