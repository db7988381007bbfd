// Share-image fonts: the Debian files load; a missing file, a TTC or a WOFF2 is refused with
// a message that says what to install or set.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_SHARE_FONTS, readShareFont, ShareFontError } from '@/lib/seo/share/share-fonts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'tandem-fonts-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const fake = (name: string, magic: Buffer) => {
  const file = path.join(dir, name);
  writeFileSync(file, Buffer.concat([magic, Buffer.alloc(64)]));
  return file;
};

describe('readShareFont', () => {
  it('reads the default CJK and Latin fonts from their Debian packages', () => {
    expect(readShareFont(DEFAULT_SHARE_FONTS.cjk, 'SHARE_FONT_CJK').length).toBeGreaterThan(1_000_000);
    expect(readShareFont(DEFAULT_SHARE_FONTS.latin, 'SHARE_FONT_LATIN').length).toBeGreaterThan(100_000);
  });

  it('accepts TrueType, OpenType and WOFF by their magic numbers', () => {
    expect(() => readShareFont(fake('a.ttf', Buffer.from([0, 1, 0, 0])), 'X')).not.toThrow();
    expect(() => readShareFont(fake('a.otf', Buffer.from('OTTO')), 'X')).not.toThrow();
    expect(() => readShareFont(fake('a.woff', Buffer.from('wOFF')), 'X')).not.toThrow();
  });

  it('refuses a missing file, naming the package and the variable', () => {
    expect(() => readShareFont(path.join(dir, 'missing.ttf'), 'SHARE_FONT_CJK')).toThrow(ShareFontError);
    expect(() => readShareFont(path.join(dir, 'missing.ttf'), 'SHARE_FONT_CJK')).toThrow(/fonts-droid-fallback.*SHARE_FONT_CJK/);
  });

  it('refuses the formats Satori cannot read: TTC (what fonts-noto-cjk ships) and WOFF2', () => {
    expect(() => readShareFont(fake('noto.ttc', Buffer.from('ttcf')), 'SHARE_FONT_CJK')).toThrow(/TrueType collection \(TTC\)/);
    expect(() => readShareFont(fake('a.woff2', Buffer.from('wOF2')), 'SHARE_FONT_CJK')).toThrow(/WOFF2/);
  });
});
