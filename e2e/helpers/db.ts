// Read-only look into the end-to-end database, to prove that refused requests changed nothing.
import Database from 'better-sqlite3';

const file = (process.env.E2E_DATABASE_URL ?? 'file:./data/e2e.db').slice('file:'.length);

export function counts(): Record<string, number> {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const tables = ['Piece', 'PieceRevision', 'Figure', 'FigureRevision', 'User', 'AuditEntry', 'SlugRedirect'];
    const out: Record<string, number> = {};
    for (const t of tables) out[t] = (db.prepare(`SELECT COUNT(*) AS n FROM "${t}"`).get() as { n: number }).n;
    const sums = db.prepare('SELECT SUM(version) AS v FROM Piece').get() as { v: number };
    const figs = db.prepare('SELECT SUM(version) AS v, SUM(value) AS s FROM Figure').get() as { v: number; s: number };
    out.pieceVersions = sums.v;
    out.figureVersions = figs.v;
    out.figureValues = figs.s;
    return out;
  } finally {
    db.close();
  }
}

export function pieceId(slug: string): string {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return (db.prepare('SELECT id FROM Piece WHERE slug = ?').get(slug) as { id: string }).id;
  } finally {
    db.close();
  }
}
