// The text of a synthetic archive piece for benchmarks: both locales, aligned blocks and
// figure references, deterministic from its number so runs are comparable.
import type { PieceContent } from '@/lib/pieces/schemas';

/** The figure only every hundredth synthetic piece uses: revising it touches 1% of the archive. */
export const ONE_PERCENT_FIGURE = 'bench-one-percent';
export const SYNTHETIC_SERIES = ['bench-markets', 'bench-policy', 'bench-energy', 'bench-talent'] as const;
export const SYNTHETIC_SLUG_PREFIX = 'bench-';
/** Every tenth synthetic piece was renamed once, so the proxy's retired-paths table grows with the archive. */
export const RENAMED_EVERY = 10;

/** The old slug piece n was renamed from (its address answers 301), or null. */
export function syntheticOldSlug(n: number): string | null {
  return n % RENAMED_EVERY === 0 ? `${SYNTHETIC_SLUG_PREFIX}${n}-old` : null;
}

const ZH_FILLER = '記者從多個來源核實了這些數據,並與業界人士及學者對照,以確保兩種語言的版本一致。';
const EN_FILLER = 'Reporters checked these numbers against several sources and with people in the industry, so both language versions say the same thing.';

/** Piece number n (1-based) of the archive: its series, slug and content. */
export function syntheticPiece(n: number, figureKeys: readonly string[]): { seriesSlug: string; content: PieceContent } {
  if (!figureKeys.length) throw new Error('syntheticPiece needs at least one figure key');
  // Offset by the hundreds, so the hundredth pieces (the 1% figure's) fall in every series.
  const seriesSlug = SYNTHETIC_SERIES[(n + Math.floor(n / 100)) % SYNTHETIC_SERIES.length]!;
  const key = (k: number) => figureKeys[(n * 7 + k * 13) % figureKeys.length]!;
  const paragraph = (k: number) => {
    const ref = k === 0 && n % 100 === 0 ? ONE_PERCENT_FIGURE : key(k);
    return {
      type: 'paragraph' as const,
      meta: {},
      texts: {
        'zh-HK': { text: `第${n}篇第${k + 1}段:最新數字為{{${ref}}}。${ZH_FILLER}${ZH_FILLER}`, attribution: '' },
        en: { text: `Piece ${n}, paragraph ${k + 1}: the latest figure is {{${ref}}}. ${EN_FILLER} ${EN_FILLER}`, attribution: '' },
      },
    };
  };
  return {
    seriesSlug,
    content: {
      slug: `${SYNTHETIC_SLUG_PREFIX}${n}`,
      texts: {
        'zh-HK': { title: `存檔報道第${n}篇`, standfirst: `基準測試用的合成報道,第${n}篇,兩種語言對照。`, seoTitle: '', seoDescription: '' },
        en: { title: `Archive piece ${n}`, standfirst: `Synthetic piece ${n} for benchmarks, aligned in both languages.`, seoTitle: '', seoDescription: '' },
      },
      blocks: [
        paragraph(0),
        { type: 'heading', meta: { level: 2 }, texts: { 'zh-HK': { text: '背景', attribution: '' }, en: { text: 'Background', attribution: '' } } },
        paragraph(1),
        {
          type: 'quote',
          meta: {},
          texts: {
            'zh-HK': { text: '數字只存一次,兩種語言一起讀。', attribution: '編輯部' },
            en: { text: 'A figure is stored once and read in both languages.', attribution: 'The newsroom' },
          },
        },
        paragraph(2),
        paragraph(3),
      ],
    },
  };
}
