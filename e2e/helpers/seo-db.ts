// Test-only rows in the end-to-end database for the status codes a crawler must see: a piece
// taken down after publication (410), a never-published draft (404) and an old slug (301).
// Rows are copied from a seeded piece so the test follows the schema, and removed afterwards.
import Database from 'better-sqlite3';

const file = (process.env.E2E_DATABASE_URL ?? 'file:./data/e2e.db').slice('file:'.length);
const IDS = { gone: 'e2e-crawler-gone', draft: 'e2e-crawler-draft', redirect: 'e2e-crawler-redirect' };
export const SLUGS = { gone: 'crawler-gone-piece', draft: 'crawler-draft-piece', old: 'crawler-old-slug' };

function open() {
  const db = new Database(file, { fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  return db;
}

export function addRetiredPieces(sourceSlug: string): void {
  const db = open();
  try {
    const columns = (db.prepare(`PRAGMA table_info('Piece')`).all() as { name: string }[]).map((c) => c.name);
    const source = db.prepare('SELECT * FROM Piece WHERE slug = ?').get(sourceSlug) as Record<string, unknown>;
    const insert = db.prepare(`INSERT INTO Piece (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
    const copy = (overrides: Record<string, unknown>) => insert.run(columns.map((c) => (c in overrides ? overrides[c] : source[c])));
    copy({ id: IDS.gone, slug: SLUGS.gone, status: 'draft', position: 9001, firstPublishedAt: source.firstPublishedAt ?? source.publishedAt });
    copy({ id: IDS.draft, slug: SLUGS.draft, status: 'draft', position: 9002, firstPublishedAt: null, publishedAt: null });
    db.prepare('INSERT INTO SlugRedirect (id, seriesId, oldSlug, pieceId, createdAt) VALUES (?, ?, ?, ?, ?)').run(
      IDS.redirect,
      source.seriesId,
      SLUGS.old,
      source.id,
      source.createdAt,
    );
  } finally {
    db.close();
  }
}

export function removeRetiredPieces(): void {
  const db = open();
  try {
    db.prepare('DELETE FROM SlugRedirect WHERE id = ?').run(IDS.redirect);
    db.prepare('DELETE FROM Piece WHERE id IN (?, ?)').run(IDS.gone, IDS.draft);
  } finally {
    db.close();
  }
}
