// Domain queries against a real SQLite file seeded with the Global AI Race.
import { beforeAll, describe, expect, it } from 'vitest';
import { withSeededDatabase } from '../helpers/seeded-db';

let q: typeof import('@/lib/pieces/queries');

withSeededDatabase();
beforeAll(async () => {
  q = await import('@/lib/pieces/queries');
});

describe('reader queries', () => {
  it('lists the series with its published pieces in order, never the draft', async () => {
    const [series] = await (await import('@/lib/pieces/listings')).listSeries('en');
    expect(series?.slug).toBe('global-ai-race');
    expect(series?.title).toBe('The Global AI Race');
    expect(series?.pieces.map((p) => [p.slug, p.kind])).toEqual([
      ['china-cost-revolution', 'feature'],
      ['who-defines-ai-future', 'editorial'],
    ]);
  });

  it('reads the feature in zh-HK with its blocks, figures, sources and navigation', async () => {
    const a = await q.getArticle('global-ai-race', 'china-cost-revolution', 'zh-HK');
    expect(a?.title).toBe('全球AI競賽:中國「成本革命」挑戰美國主導地位');
    expect(a?.blocks.filter((b) => b.type === 'quote')).toHaveLength(4);
    expect(a?.blocks.filter((b) => b.type === 'image').map((b) => b.meta.src)).toEqual([undefined, undefined]);
    // 32 figures in the text, plus the 3 derived ones its charts draw.
    expect(Object.keys(a?.figures ?? {})).toHaveLength(35);
    expect(Object.keys(a?.charts ?? {}).sort()).toEqual(['api-prices', 'china-dc-electricity', 'hai-us-china-gap', 'mmlu-hunyuan-llama', 'private-ai-investment-2024']);
    expect(a?.figures['deepseek-r1-input-price']).toMatchObject({ kind: 'currency', currency: 'USD', value: 0.55 });
    expect(a?.sources.some((s) => s.name.includes('HAI'))).toBe(true);
    expect(a?.previous).toBeNull();
    expect(a?.next?.slug).toBe('who-defines-ai-future');
  });

  it('keeps both languages aligned block by block', async () => {
    const zh = await q.getArticle('global-ai-race', 'china-cost-revolution', 'zh-HK');
    const en = await q.getArticle('global-ai-race', 'china-cost-revolution', 'en');
    expect(en?.blocks.map((b) => b.type)).toEqual(zh?.blocks.map((b) => b.type));
    expect(en?.blocks.filter((b) => b.type !== 'chart').every((b) => b.content.length > 0)).toBe(true);
  });

  it('hides drafts and unknown slugs from readers', async () => {
    expect(await q.getArticle('global-ai-race', 'ai-talent-flows', 'en')).toBeNull();
    expect(await q.getArticle('global-ai-race', 'nope', 'en')).toBeNull();
    expect(await q.getArticle('nope', 'china-cost-revolution', 'en')).toBeNull();
    expect(await q.pieceExists('global-ai-race', 'ai-talent-flows')).toBe(true);
  });

  it('seeding again changes nothing', async () => {
    const { seed } = await import('@/prisma/seed/index');
    const lines: string[] = [];
    await seed((l) => lines.push(l));
    expect(lines).toContain('Figures: 0 created, 35 already there');
    const [series] = await (await import('@/lib/pieces/listings')).listSeries('zh-HK');
    expect(series?.pieces).toHaveLength(2);
  });
});

describe('writing a piece', () => {
  it('refuses a body that refers to a missing figure, naming piece, block and key, and stores nothing', async () => {
    const { createPiece } = await import('@/lib/pieces/mutations');
    const text = (zh: string, en: string) => ({ 'zh-HK': { text: zh, attribution: '' }, en: { text: en, attribution: '' } });
    const meta = { title: 't', standfirst: 's', seoTitle: '', seoDescription: '' };
    await expect(
      createPiece({
        seriesSlug: 'global-ai-race',
        slug: 'broken-piece',
        kind: 'follow-up',
        status: 'draft',
        publishedAt: null,
        texts: { 'zh-HK': meta, en: meta },
        blocks: [
          { type: 'paragraph', meta: {}, texts: text('{{deepseek-r1-input-price}}', '{{deepseek-r1-input-price}}') },
          { type: 'paragraph', meta: {}, texts: text('{{no-such-figure}}', 'fine') },
        ],
      }),
    ).rejects.toThrow('broken-piece, block 2 (zh-HK): unknown figure "no-such-figure"');
    expect(await q.pieceExists('global-ai-race', 'broken-piece')).toBe(false);
  });
});
