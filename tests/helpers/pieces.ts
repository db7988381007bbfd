// Editors for domain calls in tests, and a piece's working copy by slug (import after the database is set up).
export const EDITORS = {
  ed: { id: 'u-ed', email: 'ed@example.org', name: 'Ed', role: 'editor' as const },
  ed2: { id: 'u-ed2', email: 'ed2@example.org', name: 'Erin', role: 'editor' as const },
  tr: { id: 'u-tr', email: 'tr@example.org', name: 'Tina', role: 'translator' as const },
};

export async function workingCopy(slug: string) {
  const { db } = await import('@/lib/db');
  const { pieceForEditor } = await import('@/lib/pieces/admin-queries');
  const row = await db.piece.findFirstOrThrow({ where: { slug }, select: { id: true } });
  return (await pieceForEditor(row.id))!;
}
