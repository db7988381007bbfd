// Charts from the seeded database: data assembly in both locales, bar geometry
// proportional to the stored values, derived figures that follow a revision of an input.
import { describe, expect, it } from 'vitest';
import { withSeededDatabase } from '../helpers/seeded-db';

const editor = { id: 'u1', email: 'ed@example.org', name: 'Ed' };

withSeededDatabase();

describe('chart data assembly', () => {
  it('reads the API price chart in both locales, with sources and direct labels', async () => {
    const { getChart } = await import('@/lib/charts/queries');
    const { layoutChart } = await import('@/lib/charts/layout');
    const zh = (await getChart('api-prices', 'zh-HK'))!;
    const en = (await getChart('api-prices', 'en'))!;
    expect(zh.kind).toBe('grouped-bar');
    expect(zh.points.map((p) => `${p.categoryLabel}|${p.seriesLabel}|${p.display}`)).toEqual([
      'DeepSeek R1|輸入|0.55美元',
      'DeepSeek R1|輸出|2.19美元',
      'OpenAI o1|輸入|15美元',
      'OpenAI o1|輸出|60美元',
      'GPT-4o(最低收費)|輸入|5美元',
      'GPT-4o(最低收費)|輸出|15美元',
    ]);
    expect(layoutChart(en, 'en').bars.map((b) => b.label)).toEqual(['Input $0.55', 'Output $2.19', 'Input $15', 'Output $60', 'Input $5', 'Output $15']);
    expect(en.sources.map((s) => s.name)).toEqual(['DeepSeek API pricing', 'OpenAI API pricing']);
  });

  it('draws bars proportional to the values, on one scale, with category labels above', async () => {
    const { getChart } = await import('@/lib/charts/queries');
    const { layoutChart } = await import('@/lib/charts/layout');
    const layout = layoutChart((await getChart('api-prices', 'en'))!, 'en');
    const width = Object.fromEntries(layout.bars.map((b) => [b.figureKey, b.width]));
    expect(width['openai-o1-output-price']! / width['openai-o1-input-price']!).toBeCloseTo(60 / 15, 1);
    expect(width['gpt-4o-output-price']! / width['deepseek-r1-output-price']!).toBeCloseTo(15 / 2.19, 1);
    expect(layout.categories.map((c) => c.label)).toEqual(['DeepSeek R1', 'OpenAI o1', 'GPT-4o (lowest rate)']);
    for (const c of layout.categories) expect(layout.bars.some((b) => b.y > c.y)).toBe(true);
    expect(layout.ticks[0]!.label).toBe('0');
    expect(Math.max(...layout.bars.map((b) => b.x + b.width))).toBeLessThanOrEqual(layout.plotWidth + 0.001);
  });

  it('draws the investment HAI states for China and the UK, not amounts divided out of rounded ratios', async () => {
    const { getChart } = await import('@/lib/charts/queries');
    const zh = (await getChart('private-ai-investment-2024', 'zh-HK'))!;
    const en = (await getChart('private-ai-investment-2024', 'en'))!;
    expect(en.points.map((p) => p.display)).toEqual(['$109.1 billion', '$9.3 billion', '$4.5 billion']);
    expect(zh.points.map((p) => p.display)).toEqual(['1091億美元', '93億美元', '45億美元']);
    expect(en.derived).toEqual([]);
  });

  it('notes and computes a derived figure: China’s 2035 data-centre electricity from 2024 use and the multiple', async () => {
    const { getChart } = await import('@/lib/charts/queries');
    const en = (await getChart('china-dc-electricity', 'en'))!;
    expect(en.points.map((p) => p.display)).toEqual(['140 terawatt-hours', '420 terawatt-hours']);
    expect(en.derived).toEqual([
      {
        label: 'Electricity used by China’s data centres, 2035 projection (derived from 2024 use and the multiple)',
        inputs: ['Electricity used by China’s data centres, 2024', 'Projected growth in China’s data-centre electricity use by 2035 (multiple of 2024)'],
      },
    ]);
  });

  it('redraws a derived figure when one of its inputs is revised, with a public revision of its own', async () => {
    const { reviseFigure } = await import('@/lib/figures/revise');
    const { getChart } = await import('@/lib/charts/queries');
    const { db } = await import('@/lib/db');
    const r = await reviseFigure({ key: 'china-dc-electricity-2035-multiple', expectedVersion: 1, value: 4, reasonZhHK: '更正倍數', reasonEn: 'Corrected multiple' }, editor);
    expect(r.pieces).toEqual([{ series: 'global-ai-race', piece: 'china-cost-revolution' }]);
    const en = (await getChart('china-dc-electricity', 'en'))!;
    expect(en.points[1]!.display).toBe('560 terawatt-hours');
    const derivedRevision = await db.figureRevision.findFirstOrThrow({ where: { figure: { key: 'china-dc-electricity-2035' } } });
    expect(derivedRevision.reasonEn).toBe('Corrected multiple (recalculated from china-dc-electricity-2035-multiple)');
  });

  it('refuses to revise a derived figure by hand', async () => {
    const { reviseFigure, DerivedFigureError } = await import('@/lib/figures/revise');
    await expect(reviseFigure({ key: 'china-dc-electricity-2035', expectedVersion: 1, value: 1, reasonZhHK: '手動修改', reasonEn: 'By hand' }, editor)).rejects.toBeInstanceOf(
      DerivedFigureError,
    );
  });

  it('counts a chart’s figures as used by the piece that places it', async () => {
    const { getArticle } = await import('@/lib/pieces/queries');
    const a = await getArticle('global-ai-race', 'china-cost-revolution', 'en');
    expect(a?.figures['china-dc-electricity-2035']?.value).toBe(560e9);
    expect(a?.blocks.filter((b) => b.type === 'chart').map((b) => b.meta.chartId)).toEqual([
      'mmlu-hunyuan-llama',
      'private-ai-investment-2024',
      'china-dc-electricity',
      'api-prices',
      'hai-us-china-gap',
    ]);
  });
});
