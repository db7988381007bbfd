// The per-piece setting that tells readers of a locale with stale blocks that its
// translation is being updated. It changes what readers see, so it expires the piece.
import 'server-only';
import { db } from '@/lib/db';
import { writeAudit } from '@/lib/audit/write';
import { TAGS } from '@/lib/cache/tags';
import { NotFoundError } from './mutations';
import type { Editor } from './save';

export async function setTranslationNote(pieceId: string, on: boolean, editor: Editor, ip?: string | null): Promise<{ tags: string[] }> {
  return db.$transaction(async (tx) => {
    const piece = await tx.piece.findUnique({ where: { id: pieceId }, select: { id: true, slug: true, translationNote: true } });
    if (!piece) throw new NotFoundError('piece.notFound');
    if (piece.translationNote === on) return { tags: [] };
    await tx.piece.update({ where: { id: piece.id }, data: { translationNote: on } });
    await writeAudit(tx, { action: 'piece.settings', actor: editor, target: { type: 'piece', id: piece.id }, summary: `${piece.slug}: translation note ${on ? 'on' : 'off'}`, ip });
    return { tags: [TAGS.piece(piece.id)] };
  });
}
