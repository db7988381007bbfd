// The English edition stays aligned with the Chinese block for block, and every figure's record
// says where it comes from, what the source shows and what date the number describes.
import { describe, expect, it } from 'vitest';
import { editorial } from '@/prisma/seed/content/editorial';
import { feature } from '@/prisma/seed/content/feature';
import { figures } from '@/prisma/seed/content/figures';
import { followUp } from '@/prisma/seed/content/follow-up';
import type { SeedBlock, SeedPiece } from '@/prisma/seed/content/types';
import { withSeededDatabase } from '../helpers/seeded-db';

const UNNAMED_EN = 'Cited in the feature; original source not named';
const keysOf = (s: string) => [...s.matchAll(/\{\{([a-z0-9-]+)/g)].map((m) => m[1]).sort();
const textsOf = (b: SeedBlock): { zh: string; en: string }[] => {
  switch (b.type) {
    case 'chart':
      return [];
    case 'image':
      return [{ zh: b.caption['zh-HK'], en: b.caption.en }];
    case 'quote':
      return [
        { zh: b.text['zh-HK'], en: b.text.en },
        { zh: b.attribution['zh-HK'], en: b.attribution.en },
      ];
    default:
      return [{ zh: b.text['zh-HK'], en: b.text.en }];
  }
};

describe('the English edition', () => {
  it.each([feature, editorial, followUp].map((p): [string, SeedPiece] => [p.slug, p]))('%s: every English text is written and uses the Chinese block’s figures', (_slug, piece) => {
    for (const field of ['title', 'standfirst', 'seoTitle', 'seoDescription'] as const) expect(piece[field].en.trim(), field).not.toBe('');
    piece.blocks.forEach((b, i) => {
      for (const { zh, en } of textsOf(b)) {
        expect(en.trim(), `block ${i + 1}`).not.toBe('');
        expect(keysOf(en), `block ${i + 1}`).toEqual(keysOf(zh));
      }
    });
  });

  it('uses sentence-case subheads and does not repeat the kicker in headlines', () => {
    const headings = feature.blocks.flatMap((b) => (b.type === 'heading' ? [b.text.en] : []));
    for (const h of headings) expect(h, h).not.toMatch(/^The AI Race|AI race:/i);
    expect(editorial.title.en).not.toMatch(/^Editorial/);
  });

  it('marks every block quote it cannot give in the speaker’s own recorded English as translated', () => {
    const quotes = feature.blocks.flatMap((b) => (b.type === 'quote' ? [b.attribution.en] : []));
    expect(quotes).toHaveLength(4);
    for (const by of quotes) expect(by).toMatch(/\(translated\)$/);
  });
});

describe('the figures’ records', () => {
  const publication = feature.publishedAt!.slice(0, 10);

  it.each(figures.map((f) => [f.key, f] as const))('%s names its source in both languages, at its document', (_key, f) => {
    expect(f.sourceName['zh-HK'].trim()).not.toBe('');
    expect(f.sourceName.en.trim()).not.toBe('');
    if (f.sourceUrl) {
      const url = new URL(f.sourceUrl);
      expect(url.pathname.replace(/\/+$/, ''), `${f.key}: ${f.sourceUrl} is a bare homepage`).not.toBe('');
    } else if (f.sourceName.en !== UNNAMED_EN) {
      // A named source without an address says why there is none.
      expect(f.note?.en, f.key).toBeTruthy();
    }
  });

  it.each(figures.map((f) => [f.key, f] as const))('%s is dated to its data, or a note says why not', (_key, f) => {
    if (f.note) expect(Boolean(f.note['zh-HK'].trim()) && Boolean(f.note.en.trim()), `${f.key}: a note in one language only`).toBe(true);
    if (f.asOf === publication) expect(f.note?.en ?? '', f.key).toMatch(/publication/);
  });

  it('says what each corrected number is exactly', () => {
    const byKey = new Map(figures.map((f) => [f.key, f]));
    expect(byKey.get('hunyuan-large-mmlu')!.sourceName.en).toBe(UNNAMED_EN);
    expect(byKey.get('hunyuan-large-mmlu')!.sourceUrl).toBeUndefined();
    expect(byKey.get('hunyuan-large-mmlu')!.note!.en).toContain('88.4');
    expect(byKey.get('llama3-mmlu')!.note!.en).toContain('85.2 on MMLU for Llama 3.1 405B');
    expect(byKey.get('gpt-4o-input-price')!.label.en).toContain('at launch (May 2024)');
    expect(byKey.get('alibaba-cloud-revenue-growth-2024')!.label.en).toContain('July–September 2024');
    expect(byKey.get('baidu-ernie-price-cut')!.note!.en).toContain('Not verified');
    // Stated by HAI, not divided out of "12 times" and "24 times".
    for (const [key, value] of [
      ['china-private-ai-investment-2024', 9.3e9],
      ['uk-private-ai-investment-2024', 4.5e9],
    ] as const) {
      expect(byKey.get(key)!.value).toBe(value);
      expect(byKey.get(key)!.formula).toBeUndefined();
    }
  });
});

describe('source lines that group figures', () => {
  withSeededDatabase();

  it('show each figure’s own as-of date in the chart and in the sources list', async () => {
    const { getChart } = await import('@/lib/charts/queries');
    const { chartSourceLine } = await import('@/lib/charts/source-line');
    const { chartsTranslator, provenanceTranslator } = await import('@/lib/seo/messages');
    const { getArticle } = await import('@/lib/pieces/queries');
    for (const [locale, o1, gpt] of [
      ['en', 'OpenAI o1: 17 December 2024', 'GPT-4o (lowest rate): 13 May 2024'],
      ['zh-HK', 'OpenAI o1：2024年12月17日', 'GPT-4o(最低收費)：2024年5月13日'],
    ] as const) {
      const chart = (await getChart('api-prices', locale))!;
      const t = chartsTranslator(locale);
      const tp = provenanceTranslator(locale);
      const line = chartSourceLine(chart.sources, locale, { item: (v) => t('sourceItem', v), dated: (v) => tp('datedLabels', v) });
      expect(line).toContain(o1);
      expect(line).toContain(gpt);
    }
    const article = (await getArticle('global-ai-race', 'china-cost-revolution', 'en'))!;
    const openai = article.sources.find((s) => s.name === 'OpenAI API pricing')!;
    expect(openai.dates.map((d) => [d.asOf.toISOString().slice(0, 10), d.labels.length]).sort()).toEqual([
      ['2024-05-13', 2],
      ['2024-12-17', 2],
    ]);
    const unnamed = article.sources.find((s) => s.name === UNNAMED_EN)!;
    expect(unnamed.notes.map((n) => n.note).join(' ')).toContain('Tencent’s Hunyuan-Large report does not contain 90.8');
  });
});
