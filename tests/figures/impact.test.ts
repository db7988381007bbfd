// What a revision will change, against the seeded series: exactly the published pieces that
// show the figure (in text or through a chart) and the published charts drawing it, counting
// derived figures; a draft never counts.
import { describe, expect, it } from 'vitest';
import { withSeededDatabase } from '../helpers/seeded-db';

withSeededDatabase();

const titles = (impact: { pieces: { title: string }[] }) => impact.pieces.map((p) => p.title);

describe('revisionImpact', () => {
  it('lists the published feature and the chart for an API price', async () => {
    const { revisionImpact } = await import('@/lib/figures/impact');
    const impact = await revisionImpact('deepseek-r1-input-price', 'en');
    expect(impact.pieces.map((p) => `${p.series}/${p.slug}`)).toEqual(['global-ai-race/china-cost-revolution']);
    expect(impact.charts.map((c) => c.key)).toEqual(['api-prices']);
    expect(impact.charts[0]!.title).not.toBe('api-prices');
    expect(impact.derived).toEqual([]);
  });

  it('counts the figures derived from an input, and the charts drawing them', async () => {
    const { revisionImpact } = await import('@/lib/figures/impact');
    const impact = await revisionImpact('china-dc-electricity-2024', 'zh-HK');
    expect(impact.derived).toEqual(['china-dc-electricity-2035']);
    expect(impact.charts.map((c) => c.key)).toEqual(['china-dc-electricity']);
    expect(impact.pieces.map((p) => p.slug)).toContain('china-cost-revolution');
  });

  it('says no published piece uses a figure only a draft uses, until the draft is published', async () => {
    const { revisionImpact } = await import('@/lib/figures/impact');
    const { createFigure } = await import('@/lib/figures/create');
    const { db } = await import('@/lib/db');
    const editor = { id: 'u1', email: 'ed@example.org', name: 'Ed Itor' };
    await createFigure(
      { key: 'draft-only', kind: 'count', value: '7', asOf: '2025-01-01', label: { 'zh-HK': '草稿數字', en: 'Draft figure' }, sourceName: { 'zh-HK': '來源', en: 'Source' } },
      editor,
    );
    // The draft follow-up refers to it (as the editor's save would record it).
    const [figure, block] = await Promise.all([
      db.figure.findUniqueOrThrow({ where: { key: 'draft-only' } }),
      db.block.findFirstOrThrow({ where: { type: 'paragraph', piece: { slug: 'ai-talent-flows' } } }),
    ]);
    await db.blockFigureRef.create({ data: { blockId: block.id, figureId: figure.id } });
    expect(await revisionImpact('draft-only', 'en')).toEqual({ pieces: [], charts: [], derived: [] });
    await db.piece.updateMany({ where: { slug: 'ai-talent-flows' }, data: { status: 'published', publishedAt: new Date(Date.now() - 60_000) } });
    const impact = await revisionImpact('draft-only', 'en');
    expect(impact.pieces.map((p) => p.slug)).toEqual(['ai-talent-flows']);
    expect(titles(impact)[0]).toMatch(/talent/i);
  });

  it('does not count a chart no published piece places', async () => {
    const { createChartIfMissing } = await import('@/lib/charts/mutations');
    const { revisionImpact } = await import('@/lib/figures/impact');
    const both = { 'zh-HK': { title: '未放置的圖表' }, en: { title: 'A chart placed nowhere' } };
    await createChartIfMissing({
      key: 'unplaced',
      kind: 'bar',
      texts: both,
      labels: { categories: { a: { 'zh-HK': '甲', en: 'A' } } },
      figures: [{ key: 'llama3-mmlu', category: 'a' }],
    });
    const impact = await revisionImpact('llama3-mmlu', 'en');
    expect(impact.charts.map((c) => c.key)).toEqual(['mmlu-hunyuan-llama']);
  });

  it('answers an unknown key with nothing', async () => {
    const { revisionImpact } = await import('@/lib/figures/impact');
    expect(await revisionImpact('no-such-figure', 'en')).toEqual({ pieces: [], charts: [], derived: [] });
  });
});
