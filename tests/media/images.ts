// Real image files for the media tests, made with sharp.
import sharp from 'sharp';

const solid = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: { r: 180, g: 40, b: 30 } } });

export const png = (width = 1400, height = 900) => solid(width, height).png().toBuffer();
export const webp = (width = 800, height = 600) => solid(width, height).webp().toBuffer();
export const avif = (width = 400, height = 300) => solid(width, height).avif({ effort: 0 }).toBuffer();

/** A JPEG carrying a GPS position and an orientation tag (rotated 90°), as a phone writes them. */
export const jpegWithGps = (width = 1000, height = 500) =>
  solid(width, height)
    .jpeg()
    .withMetadata({ orientation: 6 })
    .withExifMerge({ IFD0: { Make: 'PhoneCo' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '22/1 16/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '114/1 10/1 0/1' } })
    .toBuffer();

/** The first bytes of a Linux executable, as if renamed photo.jpg. */
export const elf = () => Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(4096, 0x90)]);

export const svgWithScript = () =>
  Buffer.from(
    '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"><script>alert(document.cookie)</script><rect width="100" height="100"/></svg>',
  );
