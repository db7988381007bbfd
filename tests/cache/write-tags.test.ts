// Which reader cache tags each kind of write expires, on a real SQLite file: a draft
// autosave none, publishing the piece, its public neighbours, the pieces whose teasers
// point to it and the listings; a figure revision that figure, the figures derived from it
// and the figure set; a chart save that chart. No write's tags grow with its series.
import { describe, expect, it } from 'vitest';
import { EDITORS, clearDraftMarkers, workingCopy } from '../helpers/pieces';
import { withSeededDatabase } from '../helpers/seeded-db';

const { ed } = EDITORS;

withSeededDatabase();

async function ids() {
  const { db } = await import('@/lib/db');
  const rows = await db.piece.findMany({ select: { id: true, slug: true } });
  return Object.fromEntries(rows.map((r) => [r.slug, r.id])) as Record<string, string>;
}

const working = workingCopy;

describe('tags a write expires', () => {
  it('a draft autosave, and a save of a published piece, expire nothing a reader can see', async () => {
    const { savePiece } = await import('@/lib/pieces/save');
    for (const slug of ['ai-talent-flows', 'china-cost-revolution']) {
      const piece = await working(slug);
      const next = structuredClone(piece.content);
      next.texts.en.standfirst += ' (autosaved)';
      expect((await savePiece({ pieceId: piece.id, baseVersion: piece.version, ...next }, ed)).tags).toEqual([]);
    }
  });

  it('publishing expires the piece, its public neighbour, the piece whose teaser points to it and the listings', async () => {
    const { publishPiece, unpublishPiece } = await import('@/lib/pieces/publish');
    const { TAGS } = await import('@/lib/cache/tags');
    const id = await ids();
    await clearDraftMarkers('ai-talent-flows');
    const expected = [TAGS.piece(id['ai-talent-flows']!), TAGS.piece(id['who-defines-ai-future']!), TAGS.piece(id['china-cost-revolution']!), TAGS.listings].sort();
    const published = await publishPiece(id['ai-talent-flows']!, ed);
    // The editorial is its neighbour; the feature's closing teaser points to it.
    expect(published.tags.sort()).toEqual(expected);
    expect(published.retiredPaths).toBe(true);
    const unpublished = await unpublishPiece(id['ai-talent-flows']!, ed);
    expect(unpublished.tags.sort()).toEqual(expected);
  });

  it('scheduling expires nothing until the time comes; then the scheduler expires what publishing would', async () => {
    const { schedulePiece, publishDuePieces } = await import('@/lib/pieces/publish');
    const { db } = await import('@/lib/db');
    const { TAGS } = await import('@/lib/cache/tags');
    const id = await ids();
    await db.piece.update({ where: { id: id['ai-talent-flows']! }, data: { status: 'draft' } });
    expect((await schedulePiece(id['ai-talent-flows']!, new Date(Date.now() + 60_000), ed)).tags).toEqual([]);
    await db.piece.update({ where: { id: id['ai-talent-flows']! }, data: { publishedAt: new Date(Date.now() - 1000) } });
    const [due] = await publishDuePieces();
    expect(due!.tags).toContain(TAGS.piece(id['ai-talent-flows']!));
    expect(due!.tags).toContain(TAGS.listings);
  });

  it('a figure revision expires that figure, the figures derived from it and the figure set, not the pages by address', async () => {
    const { reviseFigure } = await import('@/lib/figures/revise');
    const { db } = await import('@/lib/db');
    const price = await db.figure.findUniqueOrThrow({ where: { key: 'deepseek-r1-input-price' } });
    const plain = await reviseFigure({ key: price.key, expectedVersion: price.version, value: 0.6, reasonZhHK: '更新價格資料', reasonEn: 'Updated pricing' }, ed);
    expect(plain.tags).toEqual(['figure:deepseek-r1-input-price', 'figures']);
    const use = await db.figure.findUniqueOrThrow({ where: { key: 'china-dc-electricity-2024' } });
    const derived = await reviseFigure({ key: use.key, expectedVersion: use.version, value: use.value * 1.01, reasonZhHK: '修訂用電量', reasonEn: 'Revised electricity use' }, ed);
    expect(derived.tags[0]).toBe('figure:china-dc-electricity-2024');
    expect(derived.tags).toContain('figure:china-dc-electricity-2035');
    expect(derived.tags.length).toBeGreaterThan(2);
    expect(derived.tags.filter((t) => t.startsWith('figure:')).every((t) => !t.includes('/'))).toBe(true);
    expect(derived.tags.at(-1)).toBe('figures');
  });

  it('a chart save expires that chart and the chart set', async () => {
    const { updateChart } = await import('@/lib/charts/mutations');
    const { chartForEditor } = await import('@/lib/charts/queries');
    const chart = (await chartForEditor('api-prices'))!;
    const { version, ...input } = chart;
    expect((await updateChart({ ...input, texts: { ...input.texts, en: { ...input.texts.en, notes: 'Checked.' } } }, version)).tags).toEqual(['chart:api-prices', 'charts']);
  });
});
