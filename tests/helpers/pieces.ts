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

/**
 * Saves a piece with its draft markers (草稿 / Draft) taken out of its headlines and
 * standfirsts, as an editor would before publishing: the publish checks refuse them.
 */
export async function clearDraftMarkers(slug: string, editor = EDITORS.ed): Promise<void> {
  const { savePiece } = await import('@/lib/pieces/save');
  const piece = await workingCopy(slug);
  const clean = (s: string) => s.replace(/【草稿】|草稿[，,:：]?|\[draft\]\s*|\bdraft\b[,:]?\s*/gi, '').trim();
  const texts = structuredClone(piece.content.texts);
  for (const t of Object.values(texts)) Object.assign(t, { title: clean(t.title), standfirst: clean(t.standfirst) });
  await savePiece({ pieceId: piece.id, baseVersion: piece.version, ...piece.content, texts }, editor);
}
