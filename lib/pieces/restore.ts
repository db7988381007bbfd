// Restoring an old revision of a piece: saved as a new revision, so history only grows, with
// its audit entry in the same transaction. Blocks keep the ids they had in that revision.
import 'server-only';
import { db } from '@/lib/db';
import { writeAudit } from '@/lib/audit/write';
import { NotFoundError } from './mutations';
import { savePieceIn, withConflictOnRace, type Editor, type PieceSaved } from './save';
import { parseSnapshot } from './snapshot';

export async function restorePieceRevision(pieceId: string, version: number, baseVersion: number, editor: Editor): Promise<PieceSaved> {
  return withConflictOnRace(pieceId, baseVersion, () =>
    db.$transaction(async (tx) => {
      const revision = await tx.pieceRevision.findUnique({ where: { pieceId_version: { pieceId, version } } });
      if (!revision) throw new NotFoundError('revision.notFound');
      const saved = await savePieceIn(tx, { pieceId, baseVersion, ...parseSnapshot(revision.snapshot) }, editor, `restored v${version}`);
      await writeAudit(tx, { action: 'piece.restore', actor: editor, target: { type: 'piece', id: pieceId }, summary: `v${version} → v${saved.version}` });
      return saved;
    }),
  );
}
