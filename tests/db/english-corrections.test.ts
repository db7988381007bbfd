// A database seeded before the English edition and the figures' provenance were corrected gets
// the corrections from `npm run db:migrate`, published as a new revision, while a block, a
// figure label and a chart text an editor changed since keep the editor's words.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORRECTIONS_2026_12 as SET } from '@/lib/db/corrections/2026-12-english-provenance';
import { charts } from '@/prisma/seed/content/charts';
import { editorial } from '@/prisma/seed/content/editorial';
import { feature } from '@/prisma/seed/content/feature';
import { figures } from '@/prisma/seed/content/figures';
import { followUp } from '@/prisma/seed/content/follow-up';
import { series } from '@/prisma/seed/content/series';
import type { SeedBlock, SeedFigure, SeedPiece } from '@/prisma/seed/content/types';
import { EDITORS, workingCopy } from '../helpers/pieces';
import { useTempDatabase, type TempDatabase } from '../helpers/temp-db';

const MIGRATION = '20261202_english_edition_and_figure_provenance';

// The seed as it was: every corrected value turned back into what the old seed wrote.
function oldPiece(p: SeedPiece): SeedPiece {
  const c = SET.pieces[p.slug]!;
  const back = (s: string, pairs: { from: string; to: string }[]) => pairs.find((x) => x.to === s)?.from ?? s;
  const loc = (v: { 'zh-HK': string; en: string }, pairs: { locale: string; from: string; to: string }[]) => ({
    'zh-HK': back(
      v['zh-HK'],
      pairs.filter((x) => x.locale === 'zh-HK'),
    ),
    en: back(
      v.en,
      pairs.filter((x) => x.locale === 'en'),
    ),
  });
  const field = (f: 'title' | 'standfirst' | 'seoTitle' | 'seoDescription') =>
    loc(
      p[f],
      c.texts.filter((t) => t.field === f),
    );
  const text = c.blocks.filter((b) => b.field === 'text');
  const by = c.blocks.filter((b) => b.field === 'attribution');
  const block = (b: SeedBlock): SeedBlock =>
    b.type === 'chart'
      ? b
      : b.type === 'image'
        ? { ...b, caption: loc(b.caption, text) }
        : b.type === 'quote'
          ? { ...b, text: loc(b.text, text), attribution: loc(b.attribution, by) }
          : { ...b, text: loc(b.text, text) };
  return { ...p, title: field('title'), standfirst: field('standfirst'), seoTitle: field('seoTitle'), seoDescription: field('seoDescription'), blocks: p.blocks.map(block) };
}

function oldFigure(f: SeedFigure): SeedFigure {
  const c = SET.figures[f.key];
  if (!c) return f;
  const loc = (v: SeedFigure['label'], ch?: Partial<Record<'zh-HK' | 'en', { from: string }>>) => ({ 'zh-HK': ch?.['zh-HK']?.from ?? v['zh-HK'], en: ch?.en?.from ?? v.en });
  const { note: _note, ...rest } = f;
  return {
    ...rest,
    value: c.value?.from ?? f.value,
    ...(c.formula?.from ? { formula: c.formula.from } : {}),
    asOf: c.asOf?.from ?? f.asOf,
    ...(c.sourceUrl ? (c.sourceUrl.from ? { sourceUrl: c.sourceUrl.from } : { sourceUrl: undefined }) : {}),
    label: loc(f.label, c.label),
    sourceName: loc(f.sourceName, c.sourceName),
  };
}

let temp: TempDatabase | undefined;
beforeAll(async () => {
  temp = await useTempDatabase();
  const { createFigureIfMissing } = await import('@/lib/figures/mutations');
  const { createChartIfMissing } = await import('@/lib/charts/mutations');
  const { createSeriesIfMissing } = await import('@/lib/series/mutations');
  const { createPiece } = await import('@/lib/pieces/mutations');
  const { figureInput, pieceInput, withCharts } = await import('@/prisma/seed/to-input');
  // Inputs first, so the old derived figures compute from them.
  const old = figures.map(oldFigure).sort((a, b) => Number(Boolean(a.formula)) - Number(Boolean(b.formula)));
  for (const f of old) await createFigureIfMissing(figureInput(f));
  for (const { after: _after, ...chart } of charts) {
    const c = SET.charts[chart.key];
    const texts = structuredClone(chart.texts);
    const labels = structuredClone(chart.labels);
    for (const t of c?.texts ?? []) texts[t.locale][t.field] = t.from;
    for (const l of c?.categories ?? []) labels.categories[l.category]![l.locale] = l.from;
    await createChartIfMissing({ ...chart, texts, labels });
  }
  await createSeriesIfMissing(series);
  for (const p of [{ ...feature, blocks: withCharts(feature.blocks, charts) }, editorial, followUp]) await createPiece(pieceInput(series.slug, oldPiece(p)));
});
afterAll(async () => {
  const { db } = await import('@/lib/db');
  await db.$disconnect();
  await temp?.cleanup();
});

describe('the English edition and figure provenance migration', () => {
  it('brings an old database up to the corrected seed, leaving what editors changed alone', async () => {
    const { db } = await import('@/lib/db');
    const { getArticle } = await import('@/lib/pieces/queries');
    const { savePiece } = await import('@/lib/pieces/save');
    const { publishPiece } = await import('@/lib/pieces/publish');
    const { runDataMigrations } = await import('@/lib/db/data-migrations');
    const { getChart } = await import('@/lib/charts/queries');

    // The old seed, as a deployed database holds it.
    const before = (await getArticle('global-ai-race', 'china-cost-revolution', 'en'))!;
    expect(before.title).toBe('The Global AI Race: China’s ‘Cost Revolution’ Challenges US Dominance');
    expect(before.figures['china-private-ai-investment-2024']?.value).toBeCloseTo(109.1e9 / 12);

    // An editor rewrites one paragraph's English and publishes it; another edits a label and a chart title.
    const piece = await workingCopy('china-cost-revolution');
    const edited = structuredClone(piece.content);
    const leeAt = edited.blocks.findIndex((b) => b.texts.en.text.startsWith('Kai-Fu Lee'));
    edited.blocks[leeAt]!.texts.en.text = 'Kai-Fu Lee says China has become a true innovator. (Editor’s version.)';
    await savePiece({ pieceId: piece.id, baseVersion: piece.version, ...edited }, EDITORS.ed);
    // Its Chinese now lags behind the editor's English: the editor publishes knowing it.
    const { staleBlocks, staleKey } = await import('@/lib/pieces/stale-check');
    const saved = await workingCopy('china-cost-revolution');
    await publishPiece(piece.id, EDITORS.ed, null, undefined, staleBlocks(saved.content).map(staleKey));
    const staleBefore = (await db.pieceTranslation.findFirstOrThrow({ where: { piece: { slug: 'china-cost-revolution' }, locale: 'zh-HK' } })).stale;
    expect(staleBefore).toBe(1);
    const llama = await db.figure.findUniqueOrThrow({ where: { key: 'llama3-mmlu' }, select: { id: true } });
    await db.figureText.update({ where: { figureId_locale: { figureId: llama.id, locale: 'en' } }, data: { label: 'Llama 3 on MMLU (editor’s label)' } });
    const elec = await db.chart.findUniqueOrThrow({ where: { key: 'china-dc-electricity' }, select: { id: true } });
    await db.chartText.update({ where: { chartId_locale: { chartId: elec.id, locale: 'en' } }, data: { title: 'China’s data centres: an editor’s title' } });

    // Deployed before this migration existed.
    await db.dataMigration.deleteMany({ where: { name: MIGRATION } });
    const lines = await runDataMigrations();
    expect(lines.join('\n')).toMatch(/china-cost-revolution \(published\)/);

    const after = (await getArticle('global-ai-race', 'china-cost-revolution', 'en'))!;
    expect(after.title).toBe('The global AI race: China’s ‘cost revolution’ challenges US dominance');
    const text = JSON.stringify(after.blocks);
    expect(text).toContain('From ‘copycat’ to ‘challenger’');
    expect(text).toContain('Graham Allison, Harvard University (translated)');
    expect(text).toContain('Kai-Fu Lee says China has become a true innovator. (Editor’s version.)');
    expect(text).not.toContain('regulatory capital');
    // The Chinese is untouched and not flagged as lagging behind the corrected English (only the editor's block is).
    const zh = (await getArticle('global-ai-race', 'china-cost-revolution', 'zh-HK'))!;
    expect(JSON.stringify(zh.blocks)).toContain('AI競賽:中國由「山寨」到「挑戰者」');
    const status = await db.pieceTranslation.findFirstOrThrow({ where: { piece: { slug: 'china-cost-revolution' }, locale: 'zh-HK' } });
    expect(status.stale).toBe(staleBefore);
    const pieceRow = await db.piece.findFirstOrThrow({ where: { slug: 'china-cost-revolution' }, select: { version: true, liveVersion: true } });
    expect(pieceRow.liveVersion).toBe(pieceRow.version);
    const revision = await db.pieceRevision.findFirstOrThrow({ where: { piece: { slug: 'china-cost-revolution' } }, orderBy: { version: 'desc' } });
    expect(revision.summary).toMatch(/data migration/);

    // The never-published draft and the editorial are corrected too.
    expect((await workingCopy('ai-talent-flows')).content.texts.en.title).toBe('Draft: how AI talent flows are reshaping the global race');
    expect((await getArticle('global-ai-race', 'who-defines-ai-future', 'en'))!.title).toBe('Who will define the future of AI?');

    // Figures: the records say what the source shows; China's investment is HAI's stated amount,
    // with a public correction note; the editor's label stays.
    expect(after.figures['hunyuan-large-mmlu']).toMatchObject({ sourceName: 'Cited in the feature; original source not named', sourceUrl: null });
    expect(after.figures['hunyuan-large-mmlu']!.note).toContain('88.4');
    expect(after.figures['llama3-mmlu']!.label).toBe('Llama 3 on MMLU (editor’s label)');
    expect(after.figures['llama3-mmlu']!.note).toContain('85.2');
    expect(after.figures['china-private-ai-investment-2024']!.value).toBe(9.3e9);
    expect(after.figures['gpt-4o-input-price']!.label).toBe('GPT-4o API input price per million tokens, at launch (May 2024)');
    const china = await db.figure.findUniqueOrThrow({ where: { key: 'china-private-ai-investment-2024' }, select: { formula: true, revisions: true } });
    expect(china.formula).toBeNull();
    expect(china.revisions.map((r) => r.newValue)).toEqual([9.3e9]);
    const investment = (await getChart('private-ai-investment-2024', 'en'))!;
    expect(investment.points.map((p) => p.display)).toEqual(['$109.1 billion', '$9.3 billion', '$4.5 billion']);
    expect(investment.derived).toEqual([]);

    // Charts: corrected where unchanged, the editor's title kept.
    expect((await getChart('mmlu-hunyuan-llama', 'en'))!.points.map((p) => p.categoryLabel)).toEqual(['Tencent Hunyuan-Large', 'Meta Llama 3']);
    expect((await getChart('china-dc-electricity', 'en'))!.title).toBe('China’s data centres: an editor’s title');

    // Running it again changes nothing.
    const { applyCorrections } = await import('@/lib/db/corrections/apply');
    expect(await applyCorrections(SET)).toBe('0 figure(s), 0 chart(s) and 0 piece(s) corrected');
  });

  it('leaves a correction waiting in the working copy when a piece has unpublished edits', async () => {
    const { db } = await import('@/lib/db');
    const { getArticle } = await import('@/lib/pieces/queries');
    const { savePiece } = await import('@/lib/pieces/save');
    const { applyCorrections } = await import('@/lib/db/corrections/apply');
    // The editorial back to its old headline, plus an unpublished edit elsewhere.
    const piece = await workingCopy('who-defines-ai-future');
    const edited = structuredClone(piece.content);
    edited.texts.en.title = 'Editorial: Who Will Define the Future of AI?';
    await savePiece({ pieceId: piece.id, baseVersion: piece.version, ...edited }, EDITORS.ed);
    const live = (await getArticle('global-ai-race', 'who-defines-ai-future', 'en'))!.title;
    expect(await applyCorrections(SET)).toMatch(/who-defines-ai-future \(awaiting publication\)/);
    expect((await getArticle('global-ai-race', 'who-defines-ai-future', 'en'))!.title).toBe(live);
    expect((await workingCopy('who-defines-ai-future')).content.texts.en.title).toBe('Who will define the future of AI?');
    const row = await db.piece.findFirstOrThrow({ where: { slug: 'who-defines-ai-future' }, select: { version: true, liveVersion: true } });
    expect(row.liveVersion).toBeLessThan(row.version);
  });
});
