// What editors and readers notice that differs between SQLite and PostgreSQL unless the code
// takes care: write races (SQLite serialises writers, PostgreSQL runs them side by side),
// constraint errors, case in filters, and the raw SQL left in lib/. Runs on whichever
// provider the suite runs on (npm run test:unit or npm run test:unit:pg).
import { describe, expect, it } from 'vitest';
import { EDITORS, workingCopy } from '../helpers/pieces';
import { withSeededDatabase } from '../helpers/seeded-db';

withSeededDatabase();

describe('on either database', () => {
  const draft = (slug: string) => ({
    seriesSlug: 'global-ai-race',
    slug,
    kind: 'follow-up' as const,
    status: 'draft' as const,
    publishedAt: null,
    texts: { 'zh-HK': { title: '草稿', standfirst: '', seoTitle: '', seoDescription: '' }, en: { title: 'Draft', standfirst: '', seoTitle: '', seoDescription: '' } },
    blocks: [],
  });
  const oneRefused = async (results: PromiseSettledResult<unknown>[]) => {
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    return (results.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason as unknown;
  };

  it('two editors creating pieces with one slug at once: one gets it, the other hears it is taken', async () => {
    const { createPiece, SlugTakenError } = await import('@/lib/pieces/mutations');
    const results = await Promise.allSettled([createPiece(draft('created-twice'), EDITORS.ed), createPiece(draft('created-twice'), EDITORS.ed2)]);
    expect(await oneRefused(results)).toBeInstanceOf(SlugTakenError);
  });

  it('two editors renaming two drafts to one slug at once: one gets it, the other hears it is taken', async () => {
    const { createPiece, SlugTakenError } = await import('@/lib/pieces/mutations');
    const { savePiece } = await import('@/lib/pieces/save');
    await createPiece(draft('draft-one'), EDITORS.ed);
    await createPiece(draft('draft-two'), EDITORS.ed);
    const [a, b] = [await workingCopy('draft-one'), await workingCopy('draft-two')];
    const results = await Promise.allSettled(
      [a, b].map((p, i) => savePiece({ pieceId: p.id, baseVersion: p.version, ...p.content, slug: 'the-same-new-slug' }, i ? EDITORS.ed2 : EDITORS.ed)),
    );
    expect(await oneRefused(results)).toBeInstanceOf(SlugTakenError);
  });

  it('two saves of one version at once: one is kept, the other is a conflict, not an error', async () => {
    const { savePiece, PieceConflictError } = await import('@/lib/pieces/save');
    const piece = await workingCopy('china-cost-revolution');
    const results = await Promise.allSettled(
      ['First', 'Second'].map((word, i) => {
        const content = structuredClone(piece.content);
        content.texts.en.standfirst = `${word} standfirst.`;
        return savePiece({ pieceId: piece.id, baseVersion: piece.version, ...content }, i ? EDITORS.ed2 : EDITORS.ed);
      }),
    );
    expect(await oneRefused(results)).toBeInstanceOf(PieceConflictError);
    expect((await workingCopy('china-cost-revolution')).version).toBe(piece.version + 1);
  });

  it('names the unique constraint a write broke', async () => {
    const { db } = await import('@/lib/db');
    const { uniqueViolation } = await import('@/lib/db/errors');
    const [first, second] = await db.piece.findMany({ select: { id: true, slug: true }, orderBy: { position: 'asc' }, take: 2 });
    const error = await db.piece.update({ where: { id: second!.id }, data: { slug: first!.slug } }).catch((e: unknown) => e);
    expect(uniqueViolation(error)).toEqual({ table: 'Piece', constraint: expect.stringMatching(/slug/) });
    expect(uniqueViolation(new Error('not a database error'))).toBeNull();
  });

  it('finds audit entries by actor in any case of the email', async () => {
    const { db } = await import('@/lib/db');
    const { writeAudit } = await import('@/lib/audit/write');
    const { listAudit } = await import('@/lib/audit/queries');
    await writeAudit(db, { action: 'sign-in', actor: { id: 'u-x', email: 'Mixed.Case@Example.org' } });
    expect((await listAudit({ actor: 'mixed.case@' })).map((e) => e.actorEmail)).toContain('mixed.case@example.org');
    expect((await listAudit({ actor: 'MIXED.CASE@EXAMPLE' })).length).toBeGreaterThan(0);
  });

  it('reads the database epoch that keys the reader cache (raw SQL on _prisma_migrations)', async () => {
    const { cachedRead } = await import('@/lib/cache/cached');
    expect(await cachedRead('epoch-check', [], [], async () => 'read')).toBe('read');
  });

  // PostgreSQL sorts text by the database's collation; a server created with a C collation (as
  // here, C.UTF-8) sorts as SQLite does, byte by byte. Prisma cannot pin a column's collation.
  it('lists figures in byte order of their keys, as SQLite does', async () => {
    const { db } = await import('@/lib/db');
    const keys = (await db.figure.findMany({ select: { key: true }, orderBy: { key: 'asc' } })).map((f) => f.key);
    expect(keys.length).toBeGreaterThan(3);
    expect(keys).toEqual([...keys].sort());
  });
});
