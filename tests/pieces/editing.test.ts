// Editing against a real SQLite file: revisions on every save, stale saves refused with
// what changed, private edits to published pieces, completeness before publishing,
// slug history, scheduling and audit entries written with the change.
import { describe, expect, it } from 'vitest';
import { clearDraftMarkers } from '../helpers/pieces';
import { withSeededDatabase } from '../helpers/seeded-db';

const ed = { id: 'u-ed', email: 'ed@example.org', name: 'Ed', role: 'editor' as const };
const tr = { id: 'u-tr', email: 'tr@example.org', name: 'Tr', role: 'translator' as const };

withSeededDatabase();

async function working(slug: string) {
  const { db } = await import('@/lib/db');
  const { pieceForEditor } = await import('@/lib/pieces/admin-queries');
  const row = await db.piece.findFirstOrThrow({ where: { slug }, select: { id: true } });
  return (await pieceForEditor(row.id))!;
}

describe('saving a piece', () => {
  it('keeps a revision of every save and refuses a save based on a stale version, saying what changed', async () => {
    const { savePiece, PieceConflictError } = await import('@/lib/pieces/save');
    const piece = await working('ai-talent-flows');
    const edited = structuredClone(piece.content);
    edited.texts.en.standfirst = 'A new English standfirst.';
    const saved = await savePiece({ pieceId: piece.id, baseVersion: piece.version, ...edited }, ed);
    expect(saved).toMatchObject({ version: piece.version + 1, tags: [] });

    const stale = structuredClone(piece.content);
    stale.texts['zh-HK'].title = '另一位編輯的標題';
    const err = await savePiece({ pieceId: piece.id, baseVersion: piece.version, ...stale }, tr).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PieceConflictError);
    expect((err as InstanceType<typeof PieceConflictError>).current).toMatchObject({ version: saved.version, editorName: 'Ed', changed: ['en.standfirst'] });

    const { pieceRevisions } = await import('@/lib/pieces/admin-queries');
    const revisions = await pieceRevisions(piece.id);
    expect(revisions.map((r) => r.version)).toEqual([saved.version, piece.version]);
    expect((await working('ai-talent-flows')).content.texts['zh-HK'].title).toBe(piece.content.texts['zh-HK'].title);
  });

  it('keeps edits to a published piece private until they are published', async () => {
    const { savePiece } = await import('@/lib/pieces/save');
    const { publishPiece } = await import('@/lib/pieces/publish');
    const { getArticle } = await import('@/lib/pieces/queries');
    const piece = await working('who-defines-ai-future');
    const edited = structuredClone(piece.content);
    edited.texts.en.title = 'Editorial: A Working Title';
    const saved = await savePiece({ pieceId: piece.id, baseVersion: piece.version, ...edited }, ed);
    expect(saved.tags).toEqual([]);
    expect((await getArticle('global-ai-race', 'who-defines-ai-future', 'en'))?.title).toBe('Who will define the future of AI?');
    await publishPiece(piece.id, ed);
    expect((await getArticle('global-ai-race', 'who-defines-ai-future', 'en'))?.title).toBe('Editorial: A Working Title');
  });

  it('refuses a duplicate or reserved slug and a body with an unknown figure, and stores nothing', async () => {
    const { savePiece } = await import('@/lib/pieces/save');
    const { SlugTakenError } = await import('@/lib/pieces/mutations');
    const piece = await working('ai-talent-flows');
    await expect(savePiece({ pieceId: piece.id, baseVersion: piece.version, ...piece.content, slug: 'china-cost-revolution' }, ed)).rejects.toBeInstanceOf(SlugTakenError);
    await expect(savePiece({ pieceId: piece.id, baseVersion: piece.version, ...piece.content, slug: 'admin' }, ed)).rejects.toThrow('slug.reserved');
    const bad = structuredClone(piece.content);
    bad.blocks[0]!.texts.en.text = 'See {{no-such-figure}}';
    await expect(savePiece({ pieceId: piece.id, baseVersion: piece.version, ...bad }, ed)).rejects.toThrow('unknown figure "no-such-figure"');
    await expect(
      savePiece(
        {
          pieceId: piece.id,
          baseVersion: piece.version,
          ...piece.content,
          blocks: [{ ...piece.content.blocks[0]!, texts: { ...piece.content.blocks[0]!.texts, en: { text: 'x'.repeat(20_001), attribution: '' } } }],
        },
        ed,
      ),
    ).rejects.toThrow();
    expect((await working('ai-talent-flows')).version).toBe(piece.version);
  });
});

describe('publishing', () => {
  it('lists the missing fields of an incomplete piece and does not publish it', async () => {
    const { createPiece } = await import('@/lib/pieces/mutations');
    const { publishPiece, IncompleteError } = await import('@/lib/pieces/publish');
    const empty = { standfirst: '', seoTitle: '', seoDescription: '' };
    const { id } = await createPiece(
      {
        seriesSlug: 'global-ai-race',
        slug: 'next-piece',
        kind: 'follow-up',
        status: 'draft',
        publishedAt: null,
        texts: { 'zh-HK': { title: '下一篇', ...empty }, en: { title: '', ...empty } },
        blocks: [],
      },
      ed,
    );
    const err = await publishPiece(id, ed).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(IncompleteError);
    expect((err as InstanceType<typeof IncompleteError>).missing).toEqual([
      { locale: 'zh-HK', field: 'standfirst' },
      { locale: 'zh-HK', field: 'body' },
      { locale: 'en', field: 'title' },
      { locale: 'en', field: 'standfirst' },
      { locale: 'en', field: 'body' },
    ]);
    const { db } = await import('@/lib/db');
    expect((await db.piece.findUniqueOrThrow({ where: { id } })).status).toBe('draft');
    expect((await db.piece.findUniqueOrThrow({ where: { id } })).position).toBe(4);
  });

  it('schedules a piece that readers see from its time, and audits publish, schedule and unpublish in the same transaction', async () => {
    const { schedulePiece, publishDuePieces, unpublishPiece } = await import('@/lib/pieces/publish');
    const { getArticle } = await import('@/lib/pieces/queries');
    const { db } = await import('@/lib/db');
    await clearDraftMarkers('ai-talent-flows');
    const piece = await working('ai-talent-flows');
    const at = new Date(Date.now() + 60_000);
    await schedulePiece(piece.id, at, ed);
    expect(await getArticle('global-ai-race', 'ai-talent-flows', 'en')).toBeNull();
    await db.piece.update({ where: { id: piece.id }, data: { publishedAt: new Date(Date.now() - 1000) } });
    expect((await getArticle('global-ai-race', 'ai-talent-flows', 'en'))?.slug).toBe('ai-talent-flows');
    expect(await publishDuePieces()).toMatchObject([{ series: 'global-ai-race', slug: 'ai-talent-flows', oldSlug: null, retiredPaths: true }]);
    expect(await publishDuePieces(), 'a piece goes live once, however often the scheduler ticks').toEqual([]);
    const feature = await getArticle('global-ai-race', 'china-cost-revolution', 'zh-HK');
    expect(feature?.seriesPieces.map((p) => p.slug)).toContain('ai-talent-flows');

    await unpublishPiece(piece.id, ed);
    const row = await db.piece.findUniqueOrThrow({ where: { id: piece.id } });
    expect(row.status).toBe('draft');
    expect(row.firstPublishedAt).not.toBeNull();
    const actions = (await db.auditEntry.findMany({ where: { targetId: piece.id }, orderBy: { createdAt: 'asc' } })).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['piece.schedule', 'piece.unpublish']));
  });

  it('rolls back the change when the audit write fails, so neither exists without the other', async () => {
    const { db } = await import('@/lib/db');
    const { unpublishPiece } = await import('@/lib/pieces/publish');
    const piece = await working('china-cost-revolution');
    const auditBefore = await db.auditEntry.count();
    // An editor whose email cannot be read makes the audit write throw mid-transaction.
    const broken = {
      ...ed,
      get email(): string {
        throw new Error('audit write failed');
      },
    };
    await expect(unpublishPiece(piece.id, broken)).rejects.toThrow('audit write failed');
    expect((await db.piece.findUniqueOrThrow({ where: { id: piece.id } })).status).toBe('published');
    expect(await db.auditEntry.count()).toBe(auditBefore);
  });

  it('keeps a redirect from the old slug when a public piece is renamed', async () => {
    const { savePiece } = await import('@/lib/pieces/save');
    const { publishPiece } = await import('@/lib/pieces/publish');
    const { db } = await import('@/lib/db');
    const piece = await working('who-defines-ai-future');
    await savePiece({ pieceId: piece.id, baseVersion: piece.version, ...piece.content, slug: 'who-will-define-ai' }, ed);
    await publishPiece(piece.id, ed);
    expect(await db.slugRedirect.findMany({ select: { oldSlug: true } })).toEqual([{ oldSlug: 'who-defines-ai-future' }]);
  });
});
