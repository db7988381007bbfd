// Turns seed content into the domain's create inputs.
import type { PieceCreateInput } from '@/lib/pieces/schemas';
import type { FigureCreateInput } from '@/lib/figures/schemas';
import type { Localized, SeedBlock, SeedFigure, SeedPiece } from './content/types';

const both = (text: Localized, attribution?: Localized) => ({
  'zh-HK': { text: text['zh-HK'], attribution: attribution?.['zh-HK'] ?? '' },
  en: { text: text.en, attribution: attribution?.en ?? '' },
});

function blockInput(b: SeedBlock): PieceCreateInput['blocks'][number] {
  switch (b.type) {
    case 'paragraph':
      return { type: 'paragraph', meta: b.teaser ? { teaser: b.teaser } : {}, texts: both(b.text) };
    case 'heading':
      return { type: 'heading', meta: { level: b.level }, texts: both(b.text) };
    case 'quote':
      return { type: 'quote', meta: {}, texts: both(b.text, b.attribution) };
    case 'image':
      return { type: 'image', meta: b.src ? { src: b.src } : {}, texts: both(b.caption, b.alt) };
    case 'chart':
      return { type: 'chart', meta: { chartId: b.chart }, texts: both({ 'zh-HK': '', en: '' }) };
  }
}

/** Places each chart right after the first block whose text uses its `after` figure. */
export function withCharts(blocks: SeedBlock[], charts: { key: string; after: string }[]): SeedBlock[] {
  const out = [...blocks];
  for (const chart of charts) {
    const at = out.findIndex((b) => b.type === 'paragraph' && b.text['zh-HK'].includes(`{{${chart.after}`));
    if (at < 0) throw new Error(`No paragraph uses {{${chart.after}}} to place chart "${chart.key}"`);
    out.splice(at + 1, 0, { type: 'chart', chart: chart.key });
  }
  return out;
}

export function pieceInput(seriesSlug: string, p: SeedPiece): PieceCreateInput {
  const texts = (locale: keyof Localized) => ({
    title: p.title[locale],
    standfirst: p.standfirst[locale],
    seoTitle: p.seoTitle[locale],
    seoDescription: p.seoDescription[locale],
  });
  return {
    seriesSlug,
    slug: p.slug,
    kind: p.kind,
    status: p.status,
    publishedAt: p.publishedAt ?? null,
    texts: { 'zh-HK': texts('zh-HK'), en: texts('en') },
    blocks: p.blocks.map(blockInput),
  };
}

export function figureInput(f: SeedFigure): FigureCreateInput {
  return { ...f };
}
