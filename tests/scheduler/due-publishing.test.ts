// Due pieces go live once, however many instances tick at the same moment: each piece is
// claimed by a conditional update on its status, so racing publishers write one publication,
// one audit entry, and leave the scheduled date as it was. Real SQLite, real Redis lease.
import { describe, expect, it } from 'vitest';
import { clearDraftMarkers } from '../helpers/pieces';
import { withSeededDatabase } from '../helpers/seeded-db';
import { withTestRedis } from '../redis/helpers';

withSeededDatabase();
const { prefix, connect } = withTestRedis();
const ed = { id: 'u-ed', email: 'ed@example.org', name: 'Ed', role: 'editor' as const };

describe('publishing due pieces', () => {
  it('publishes a piece once when several publishers race for it', async () => {
    const { db } = await import('@/lib/db');
    const { schedulePiece, publishDuePieces } = await import('@/lib/pieces/publish');
    const { pieceForEditor } = await import('@/lib/pieces/admin-queries');
    await clearDraftMarkers('ai-talent-flows');
    const row = await db.piece.findFirstOrThrow({ where: { slug: 'ai-talent-flows' }, select: { id: true } });
    const piece = (await pieceForEditor(row.id))!;
    await schedulePiece(piece.id, new Date(Date.now() + 60_000), ed);
    // Its time has come (set directly rather than waiting a minute).
    const due = new Date(Date.now() - 1_000);
    await db.piece.update({ where: { id: piece.id }, data: { publishedAt: due } });

    const rounds = await Promise.all([publishDuePieces(), publishDuePieces(), publishDuePieces()]);
    expect(rounds.flat().map((o) => o.slug)).toEqual(['ai-talent-flows']);
    expect(await publishDuePieces(), 'a later tick finds nothing left to do').toEqual([]);

    const after = await db.piece.findUniqueOrThrow({ where: { id: piece.id } });
    expect(after).toMatchObject({ status: 'published', liveVersion: piece.version, publishedAt: due, firstPublishedAt: due });
    const publications = await db.auditEntry.findMany({ where: { targetId: piece.id, action: 'piece.publish' } });
    expect(publications).toHaveLength(1);
    expect(publications[0]!.summary).toMatch(/\(scheduled\)$/);
  });

  it('lets only the lease holder of two instances publish, each tick', async () => {
    const { leaseTtlMs } = await import('@/lib/scheduler/leader');
    const { createLease } = await import('@/lib/redis/lease');
    const key = `${prefix}scheduler-lease`;
    const [a, b] = [createLease(await connect('A'), key, leaseTtlMs(500)), createLease(await connect('B'), key, leaseTtlMs(500))];
    const ticks = await Promise.all([a.hold(), b.hold(), a.hold(), b.hold()]);
    expect(ticks.filter(Boolean).length).toBeGreaterThan(0);
    expect(new Set(ticks.map((held, i) => (held ? i % 2 : null)).filter((x) => x !== null)).size, 'never both').toBe(1);
  });

  it('lets a lone instance publish with no Redis at all', async () => {
    const saved = process.env.REDIS_URL;
    delete process.env.REDIS_URL;
    try {
      const { mayPublishDue } = await import('@/lib/scheduler/leader');
      expect(await mayPublishDue()).toBe(true);
    } finally {
      process.env.REDIS_URL = saved;
    }
  });
});
