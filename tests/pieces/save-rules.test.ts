// The rules a save keeps, on a real SQLite file: a compare-and-set on the version (of two
// saves at once, one wins and one is a conflict), translators change text only, a save of
// a scheduled piece stays in the working copy at its time, and restore is audited with it.
import { describe, expect, it } from 'vitest';
import { EDITORS, clearDraftMarkers, workingCopy } from '../helpers/pieces';
import { withSeededDatabase } from '../helpers/seeded-db';

const { ed, ed2, tr } = EDITORS;

withSeededDatabase();

const working = workingCopy;

describe('saving', () => {
  it('of two concurrent saves on one version, exactly one succeeds and the other is a conflict', async () => {
    const { savePiece, PieceConflictError } = await import('@/lib/pieces/save');
    const piece = await working('ai-talent-flows');
    const mine = structuredClone(piece.content);
    mine.texts.en.standfirst = 'Mine.';
    const theirs = structuredClone(piece.content);
    theirs.texts.en.standfirst = 'Theirs.';
    const results = await Promise.allSettled([
      savePiece({ pieceId: piece.id, baseVersion: piece.version, ...mine }, ed),
      savePiece({ pieceId: piece.id, baseVersion: piece.version, ...theirs }, ed2),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.filter((r) => r.status === 'rejected');
    expect(rejected).toHaveLength(1);
    expect((rejected[0] as PromiseRejectedResult).reason).toBeInstanceOf(PieceConflictError);
    const after = await working('ai-talent-flows');
    expect(after.version).toBe(piece.version + 1);
    expect(['Mine.', 'Theirs.']).toContain(after.content.texts.en.standfirst);
  });

  it('refuses a translator’s save that changes structure, naming what, and stores nothing; text edits go through', async () => {
    const { savePiece, StructureLockedError } = await import('@/lib/pieces/save');
    const piece = await working('who-defines-ai-future');
    const attempts: [string, (c: typeof piece.content) => void][] = [
      ['slug', (c) => (c.slug = 'renamed-editorial')],
      ['blocks removed', (c) => c.blocks.pop()],
      ['block order', (c) => c.blocks.reverse()],
      ['block 1 type', (c) => (c.blocks[0]!.type = 'quote')],
      ['block 1 settings', (c) => (c.blocks[0]!.meta = { teaser: 'ai-talent-flows' })],
    ];
    for (const [change, edit] of attempts) {
      const next = structuredClone(piece.content);
      edit(next);
      const err = await savePiece({ pieceId: piece.id, baseVersion: piece.version, ...next }, tr).catch((e: unknown) => e);
      expect(err, change).toBeInstanceOf(StructureLockedError);
      expect((err as InstanceType<typeof StructureLockedError>).changes).toContain(change);
    }
    expect((await working('who-defines-ai-future')).version).toBe(piece.version);
    const text = structuredClone(piece.content);
    text.blocks[0]!.texts.en.text += ' A translator’s fix.';
    text.texts.en.title = 'Editorial: Who Will Define AI’s Future?';
    await expect(savePiece({ pieceId: piece.id, baseVersion: piece.version, ...text }, tr)).resolves.toMatchObject({ version: piece.version + 1 });
  });

  it('keeps a later save of a scheduled piece out of what readers see at its time', async () => {
    const { savePiece } = await import('@/lib/pieces/save');
    const { schedulePiece, publishDuePieces } = await import('@/lib/pieces/publish');
    const { getArticle } = await import('@/lib/pieces/queries');
    const { db } = await import('@/lib/db');
    await clearDraftMarkers('ai-talent-flows');
    const piece = await working('ai-talent-flows');
    await schedulePiece(piece.id, new Date(Date.now() + 60_000), ed);
    const scheduled = await working('ai-talent-flows');
    const later = structuredClone(scheduled.content);
    later.texts.en.title = 'A Title Saved After Scheduling';
    await savePiece({ pieceId: piece.id, baseVersion: scheduled.version, ...later }, tr);
    await db.piece.update({ where: { id: piece.id }, data: { publishedAt: new Date(Date.now() - 1000) } });
    expect((await getArticle('global-ai-race', 'ai-talent-flows', 'en'))?.title).toBe(scheduled.content.texts.en.title);
    await publishDuePieces();
    expect((await getArticle('global-ai-race', 'ai-talent-flows', 'en'))?.title, 'goes live with the scheduled version').toBe(scheduled.content.texts.en.title);
    const row = await db.piece.findUniqueOrThrow({ where: { id: piece.id } });
    expect(row.version).toBeGreaterThan(row.liveVersion);
  });

  it('restores an old revision with its audit entry in the same transaction, keeping its block ids', async () => {
    const { restorePieceRevision } = await import('@/lib/pieces/restore');
    const { db } = await import('@/lib/db');
    const piece = await working('who-defines-ai-future');
    const saved = await restorePieceRevision(piece.id, 1, piece.version, ed);
    const first = await db.pieceRevision.findUniqueOrThrow({ where: { pieceId_version: { pieceId: piece.id, version: 1 } } });
    expect(saved.blockIds).toEqual((JSON.parse(first.snapshot) as { blocks: { id: string }[] }).blocks.map((b) => b.id));
    const audit = await db.auditEntry.findFirst({ where: { action: 'piece.restore', targetId: piece.id } });
    expect(audit?.summary).toBe(`v1 → v${saved.version}`);
    // A stale restore is a conflict and leaves no audit entry behind.
    await expect(restorePieceRevision(piece.id, 1, piece.version, ed)).rejects.toThrow('piece.conflict');
    expect(await db.auditEntry.count({ where: { action: 'piece.restore', targetId: piece.id } })).toBe(1);
  });
});
