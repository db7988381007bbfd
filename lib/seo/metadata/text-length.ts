// Titles and descriptions cut to what search results show. Results are measured in pixels,
// and a Han character is about twice as wide as a Latin one, so CJK counts double.
export const TITLE_MAX_WIDTH = 60;
export const DESCRIPTION_MAX_WIDTH = 160;

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;

/** Display width in Latin-character units: wide (CJK, fullwidth) characters count 2. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += WIDE.test(ch) ? 2 : 1;
  return width;
}

/** Cuts text to at most `max` units, at a word boundary for spaced scripts, with an ellipsis. */
export function clip(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (displayWidth(clean) <= max) return clean;
  let out = '';
  let width = 0;
  for (const ch of clean) {
    const w = WIDE.test(ch) ? 2 : 1;
    if (width + w > max - 1) break;
    out += ch;
    width += w;
  }
  // Latin text: do not cut a word in half, when a space is reasonably near the end.
  const lastSpace = out.lastIndexOf(' ');
  if (!WIDE.test(out.at(-1) ?? '') && lastSpace > out.length * 0.6) out = out.slice(0, lastSpace);
  return `${out.replace(/[\s,.;:!?、,。;:]+$/u, '')}…`;
}

/** The title with " | Tandem" when it fits, otherwise the title alone, clipped. */
export function titleWithSite(title: string, siteName: string): string {
  const full = `${title} | ${siteName}`;
  return displayWidth(full) <= TITLE_MAX_WIDTH ? full : clip(title, TITLE_MAX_WIDTH);
}
