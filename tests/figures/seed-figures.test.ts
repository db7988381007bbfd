// Every figure of the seed reads in both locales the way the newsroom writes it, and the
// zh-HK body renders back to the filed copy character for character.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { feature } from '@/prisma/seed/content/feature';
import { editorial } from '@/prisma/seed/content/editorial';
import { figures } from '@/prisma/seed/content/figures';
import { inlineToText, parseInline } from '@/lib/content/inline';
import { formatFigure } from '@/lib/figures/format';

const byKey = new Map(figures.map((f) => [f.key, f]));
const render = (source: string, locale: 'zh-HK' | 'en') => inlineToText(parseInline(source), (key, style) => formatFigure(byKey.get(key)!, locale, style));

const expected: Record<string, [string, string]> = {
  'hunyuan-large-params': ['3890億', '389 billion'],
  'hunyuan-large-mmlu': ['90.8%', '90.8%'],
  'llama3-mmlu': ['88.5%', '88.5%'],
  'deepseek-r1-training-cost-share': ['1%-3%', '1–3%'],
  'china-ai-papers-share': ['23.2%', '23.2%'],
  'china-ai-citations-share': ['22.6%', '22.6%'],
  'us-top-ai-researchers-share': ['57%', '57%'],
  'hunyuan-synthetic-tokens': ['1.5萬億', '1.5 trillion'],
  'ascend-910b-speed-gap': ['20%', '20%'],
  'us-private-ai-investment-2024': ['1091億美元', '$109.1 billion'],
  'us-china-ai-investment-ratio': ['12倍', '12 times'],
  'us-uk-ai-investment-ratio': ['24倍', '24 times'],
  'eu-us-rd-gap': ['220億歐元', '€22 billion'],
  'china-dc-electricity-2024': ['1400億度', '140 terawatt-hours'],
  'china-dc-electricity-2035-multiple': ['3倍', '3 times'],
  'chip-ban-training-cost-rise': ['30%', '30%'],
  'us-ai-workers-foreign-share': ['72%', '72%'],
  'china-us-cs-graduates-ratio': ['3倍', '3 times'],
  'eu-member-states': ['27', '27'],
  'eu-ai-talent-drain': ['52%', '52%'],
  'deepseek-r1-input-price': ['0.55美元', '$0.55'],
  'deepseek-r1-output-price': ['2.19美元', '$2.19'],
  'openai-o1-input-price': ['15美元', '$15'],
  'openai-o1-output-price': ['60美元', '$60'],
  'gpt-4o-input-price': ['5美元', '$5'],
  'gpt-4o-output-price': ['15美元', '$15'],
  'baidu-ernie-price-cut': ['20%', '20%'],
  'alibaba-cloud-revenue-growth-2024': ['7%', '7%'],
  'hai-gap-mmlu': ['0.3個百分點', '0.3 percentage points'],
  'hai-gap-mmmu': ['8.1個百分點', '8.1 percentage points'],
  'hai-gap-math': ['1.6個百分點', '1.6 percentage points'],
  'hai-gap-humaneval': ['3.7個百分點', '3.7 percentage points'],
  'china-private-ai-investment-2024': ['93億美元', '$9.3 billion'],
  'uk-private-ai-investment-2024': ['45億美元', '$4.5 billion'],
};
// Derived figures are computed at seed time; see tests/charts for their values.
const derived = figures.filter((f) => f.formula).map((f) => f.key);

describe('the seed figures', () => {
  it('are all covered here', () => {
    expect([...Object.keys(expected), ...derived].sort()).toEqual(figures.map((f) => f.key).sort());
  });

  it.each(Object.entries(expected).filter(([k]) => !derived.includes(k)))('%s reads %j', (key, [zh, en]) => {
    const f = byKey.get(key)!;
    expect(formatFigure(f, 'zh-HK')).toBe(zh);
    expect(formatFigure(f, 'en')).toBe(en);
  });

  it('each has a source, labels in both languages and an as-of date', () => {
    for (const f of figures) {
      expect(f.sourceName['zh-HK'] && f.sourceName.en && f.label['zh-HK'] && f.label.en, f.key).toBeTruthy();
      expect(Number.isNaN(Date.parse(f.asOf)), f.key).toBe(false);
    }
  });
});

describe('the seeded bodies', () => {
  const filed = readFileSync('prisma/seed/source/global-ai-race.zh-HK.txt', 'utf8')
    .split('\n')
    .map((l) => l.trim().replace(/^>/, ''))
    .filter(Boolean);
  const texts = (blocks: typeof feature.blocks) => blocks.flatMap((b) => (b.type === 'chart' ? [] : [render(b.type === 'image' ? b.caption['zh-HK'] : b.text['zh-HK'], 'zh-HK')]));

  it('render the zh-HK feature and editorial back to the filed copy, line for line', () => {
    const rendered = [feature.title['zh-HK'], ...texts(feature.blocks), editorial.title['zh-HK'], ...texts(editorial.blocks)];
    expect(rendered).toEqual(filed);
  });

  it('type no figure as a literal number in a body', () => {
    for (const b of [...feature.blocks, ...editorial.blocks]) {
      if (b.type === 'chart') continue;
      const sources = b.type === 'image' ? [b.caption['zh-HK'], b.caption.en] : [b.text['zh-HK'], b.text.en];
      for (const s of sources) expect(s).not.toMatch(/\d+(\.\d+)?\s*(%|億|萬億|美元|billion|trillion|percentage points)|\$\d/);
    }
  });

  it('use the same figures in both languages of every block', () => {
    for (const b of feature.blocks) {
      if (b.type === 'image' || b.type === 'chart') continue;
      const keys = (s: string) => [...s.matchAll(/\{\{([a-z0-9-]+)/g)].map((m) => m[1]).sort();
      expect(keys(b.text.en)).toEqual(keys(b.text['zh-HK']));
    }
  });
});
