// Fonts for share images. Satori (next/og) reads TTF, OTF or WOFF only, never TTC or WOFF2,
// and nothing is fetched over the network: the project ships Droid Sans Fallback (Han
// characters, Apache-2.0) and DejaVu Sans Bold (Latin) in assets/fonts, the same files as
// Debian's fonts-droid-fallback and fonts-dejavu-core, so a fresh machine needs no package.
// SHARE_FONT_CJK / SHARE_FONT_LATIN point elsewhere. A missing or unusable file fails
// start-up (instrumentation.ts), not a reader's request.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { env } from '@/lib/env';

const shipped = (file: string) => path.join(/*turbopackIgnore: true*/ process.cwd(), 'assets', 'fonts', file);

export const DEFAULT_SHARE_FONTS = {
  cjk: shipped('DroidSansFallbackFull.ttf'),
  latin: shipped('DejaVuSans-Bold.ttf'),
} as const;

export interface ShareFont {
  name: string;
  data: Buffer;
  weight: 700;
  style: 'normal';
}

export function shareFontPaths(): { cjk: string; latin: string } {
  return {
    cjk: env().SHARE_FONT_CJK ?? DEFAULT_SHARE_FONTS.cjk,
    latin: env().SHARE_FONT_LATIN ?? DEFAULT_SHARE_FONTS.latin,
  };
}

export class ShareFontError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ShareFontError';
  }
}

/** Reads a font file and checks it is a format Satori can use (by its magic number). */
export function readShareFont(path: string, variable: string): Buffer {
  let data: Buffer;
  try {
    data = readFileSync(path);
  } catch (error) {
    throw new ShareFontError(
      `Share-image font not found at ${path} (${(error as NodeJS.ErrnoException).code ?? 'unreadable'}). ` +
        `Restore assets/fonts from the repository, install Debian's fonts-droid-fallback / fonts-dejavu-core and point ${variable} at them, or set ${variable} to a TTF, OTF or WOFF file.`,
    );
  }
  const magic = data.subarray(0, 4).toString('latin1');
  const isTrueType = data.readUInt32BE(0) === 0x00010000 || magic === 'true';
  if (!isTrueType && magic !== 'OTTO' && magic !== 'wOFF') {
    const what = magic === 'ttcf' ? 'a TrueType collection (TTC)' : magic === 'wOF2' ? 'WOFF2' : 'not a font Satori reads';
    throw new ShareFontError(`Share-image font ${path} is ${what}; ${variable} must name a TTF, OTF or WOFF file.`);
  }
  return data;
}

let loaded: ShareFont[] | undefined;

/** Latin first, then the CJK fallback: Satori takes each glyph from the first font that has it. */
export function shareFonts(): ShareFont[] {
  if (!loaded) {
    const paths = shareFontPaths();
    loaded = [
      { name: 'Tandem Latin', data: readShareFont(paths.latin, 'SHARE_FONT_LATIN'), weight: 700, style: 'normal' },
      { name: 'Tandem CJK', data: readShareFont(paths.cjk, 'SHARE_FONT_CJK'), weight: 700, style: 'normal' },
    ];
  }
  return loaded;
}

/** Fails loudly when a share-image font is missing or unusable. */
export function assertShareFonts(): void {
  shareFonts();
}

/** For instrumentation.ts: Next only logs a throw from register() and serves on, so exit. */
export function assertShareFontsOrExit(): void {
  try {
    assertShareFonts();
  } catch (error) {
    console.error(`Tandem cannot start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
