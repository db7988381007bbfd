// Figure revisions against a real SQLite file: value, public revision, audit entry and
// modified dates move together, and concurrent revisions never overwrite silently.
import { describe, expect, it } from 'vitest';
import { withSeededDatabase } from '../helpers/seeded-db';

const editor = { id: 'u1', email: 'ed@example.org', name: 'Ed Itor' };
const reason = { reasonZhHK: 'DeepSeek調整定價', reasonEn: 'DeepSeek changed its pricing' };

withSeededDatabase();

describe('reviseFigure', () => {
  it('changes the value once and both languages read it, with a correction note and a new modified date', async () => {
    const { reviseFigure } = await import('@/lib/figures/revise');
    const { getArticle } = await import('@/lib/pieces/queries');
    const { db } = await import('@/lib/db');
    const before = await db.piece.findFirstOrThrow({ where: { slug: 'china-cost-revolution' }, select: { modifiedAt: true } });

    const result = await reviseFigure({ key: 'deepseek-r1-input-price', expectedVersion: 1, value: 0.6, ...reason }, editor);
    expect(result.version).toBe(2);
    expect(result.pieces).toEqual([{ series: 'global-ai-race', piece: 'china-cost-revolution' }]);

    const zh = await getArticle('global-ai-race', 'china-cost-revolution', 'zh-HK');
    const en = await getArticle('global-ai-race', 'china-cost-revolution', 'en');
    expect(zh?.figures['deepseek-r1-input-price']?.value).toBe(0.6);
    expect(zh?.corrections).toEqual([expect.objectContaining({ oldValue: '0.55美元', newValue: '0.60美元', reason: 'DeepSeek調整定價' })]);
    expect(en?.corrections).toEqual([expect.objectContaining({ oldValue: '$0.55', newValue: '$0.60', reason: 'DeepSeek changed its pricing' })]);
    expect(zh!.modifiedAt.getTime()).toBeGreaterThan(before.modifiedAt.getTime());

    const audit = await db.auditEntry.findMany({ where: { action: 'figure.revise' } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorEmail: 'ed@example.org', targetId: 'deepseek-r1-input-price' });
  });

  it('refuses a revision based on a stale version and changes nothing', async () => {
    const { reviseFigure, FigureConflictError } = await import('@/lib/figures/revise');
    const { db } = await import('@/lib/db');
    const err = await reviseFigure({ key: 'deepseek-r1-input-price', expectedVersion: 1, value: 0.7, ...reason }, editor).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FigureConflictError);
    expect((err as InstanceType<typeof FigureConflictError>).current).toEqual({ value: 0.6, valueHigh: null, version: 2 });
    expect(await db.figureRevision.count()).toBe(1);
  });

  it('gives one success and one conflict when two editors revise at once', async () => {
    const { reviseFigure } = await import('@/lib/figures/revise');
    const { db } = await import('@/lib/db');
    const results = await Promise.allSettled([
      reviseFigure({ key: 'gpt-4o-input-price', expectedVersion: 1, value: 2.5, ...reason }, editor),
      reviseFigure({ key: 'gpt-4o-input-price', expectedVersion: 1, value: 3, ...reason }, { ...editor, id: 'u2' }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(await db.figureRevision.count({ where: { figure: { key: 'gpt-4o-input-price' } } })).toBe(1);
  });

  it('requires a reason in both languages', async () => {
    const { reviseFigure } = await import('@/lib/figures/revise');
    await expect(reviseFigure({ key: 'gpt-4o-output-price', expectedVersion: 1, value: 10, reasonZhHK: '', reasonEn: 'Price cut' }, editor)).rejects.toThrow();
  });
});
