// "Needs checking" and the figures list's search against a real database: confirming a
// figure against its source clears the flag and records who and when; the list finds
// figures by key, label or source in either language, by kind and by use.
import { describe, expect, it } from 'vitest';
import { withSeededDatabase } from '../helpers/seeded-db';

const editor = { id: 'u1', email: 'ed@example.org', name: 'Ed Itor' };
const LATER = new Date('2027-06-01T00:00:00Z');

withSeededDatabase();

describe('confirmFigureChecked', () => {
  it('clears "needs checking" and records who and when, with an audit entry', async () => {
    const { confirmFigureChecked } = await import('@/lib/figures/check');
    const { listFiguresForAdmin, getFigureForAdmin } = await import('@/lib/figures/admin-queries');
    const { db } = await import('@/lib/db');
    const row = async () => (await listFiguresForAdmin('en', { q: 'llama3-mmlu' }, LATER)).find((f) => f.key === 'llama3-mmlu')!;
    expect((await row()).needsChecking).toBe(true);

    const checkedAt = new Date('2027-05-30T02:00:00Z');
    await confirmFigureChecked('llama3-mmlu', editor, null, checkedAt);
    expect(await row()).toMatchObject({ needsChecking: false, checkedAt, checkedByName: 'Ed Itor' });
    expect((await getFigureForAdmin('llama3-mmlu', 'en', LATER))!.check).toEqual({ needsChecking: false, checkedAt, checkedByName: 'Ed Itor' });
    // A year after the check, it is due again.
    expect((await listFiguresForAdmin('en', { q: 'llama3-mmlu' }, new Date('2028-06-01T00:00:00Z')))[0]!.needsChecking).toBe(true);
    expect(await db.auditEntry.count({ where: { action: 'figure.check', targetId: 'llama3-mmlu', actorEmail: 'ed@example.org' } })).toBe(1);
  });

  it('refuses an unknown figure', async () => {
    const { confirmFigureChecked } = await import('@/lib/figures/check');
    const { FigureNotFoundError } = await import('@/lib/figures/meta');
    await expect(confirmFigureChecked('no-such-figure', editor)).rejects.toBeInstanceOf(FigureNotFoundError);
  });
});

describe('listFiguresForAdmin search and filters', () => {
  const keys = async (query: Parameters<Awaited<typeof import('@/lib/figures/admin-queries')>['listFiguresForAdmin']>[1]) => {
    const { listFiguresForAdmin } = await import('@/lib/figures/admin-queries');
    return (await listFiguresForAdmin('en', query)).map((f) => f.key);
  };

  it('finds by key, by label in either language, and by source name, ignoring case', async () => {
    expect(await keys({ q: 'DEEPSEEK-R1-INPUT' })).toEqual(['deepseek-r1-input-price']);
    const { db } = await import('@/lib/db');
    const zh = await db.figureText.findFirstOrThrow({ where: { locale: 'zh-HK', figure: { key: 'llama3-mmlu' } } });
    expect(await keys({ q: zh.label })).toContain('llama3-mmlu');
    const source = await db.figureText.findFirstOrThrow({ where: { locale: 'en', figure: { key: 'gpt-4o-input-price' } } });
    expect(await keys({ q: source.sourceName.toLowerCase() })).toContain('gpt-4o-input-price');
    expect(await keys({ q: 'zzz-nothing-like-this' })).toEqual([]);
  });

  it('filters by kind and by use', async () => {
    const { listFiguresForAdmin } = await import('@/lib/figures/admin-queries');
    const all = await listFiguresForAdmin('en');
    const currency = await keys({ q: '', kind: 'currency' });
    expect(currency).toEqual(all.filter((f) => f.kind === 'currency').map((f) => f.key));
    expect(currency).toContain('deepseek-r1-input-price');
    expect(currency).not.toContain('llama3-mmlu');

    const inCharts = await keys({ q: '', use: 'chart' });
    expect(inCharts).toEqual(expect.arrayContaining(['deepseek-r1-input-price', 'llama3-mmlu', 'china-private-ai-investment-2024']));
    expect(inCharts).not.toContain('eu-ai-talent-drain');
    expect(await keys({ q: '', use: 'piece' })).toContain('eu-ai-talent-drain');

    const { createFigure } = await import('@/lib/figures/create');
    await createFigure(
      { key: 'unused-figure', kind: 'count', value: '3', asOf: '2025-01-01', label: { 'zh-HK': '未用', en: 'Unused' }, sourceName: { 'zh-HK': '來源', en: 'Source' } },
      editor,
    );
    expect(await keys({ q: '', use: 'unused' })).toEqual(['unused-figure']);
    expect(await keys({ q: 'unused', kind: 'count', use: 'unused' })).toEqual(['unused-figure']);
    expect(await keys({ q: 'unused', kind: 'currency' })).toEqual([]);
  });

  it('reads the search params with zod, ignoring what it cannot read', async () => {
    const { figureListQuerySchema } = await import('@/lib/figures/schemas');
    expect(figureListQuerySchema.parse({ q: [' gpt ', 'x'], kind: 'nonsense', use: 'chart' })).toEqual({ q: 'gpt', kind: undefined, use: 'chart' });
    expect(figureListQuerySchema.parse({ q: 'x'.repeat(500) })).toEqual({ q: '' });
  });
});
