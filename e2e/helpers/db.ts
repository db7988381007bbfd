// Read-only look into the end-to-end database, to prove that refused requests changed nothing.
import { query } from './sql';

export function counts(): Record<string, number> {
  const tables = ['Piece', 'PieceRevision', 'Figure', 'FigureRevision', 'User', 'AuditEntry', 'SlugRedirect'];
  const out: Record<string, number> = {};
  for (const t of tables) out[t] = Number(query<{ n: number }>(`SELECT COUNT(*) AS n FROM "${t}"`)[0]!.n);
  const sums = query<{ v: number }>('SELECT SUM("version") AS v FROM "Piece"')[0]!;
  const figs = query<{ v: number; s: number }>('SELECT SUM("version") AS v, SUM("value") AS s FROM "Figure"')[0]!;
  out.pieceVersions = Number(sums.v);
  out.figureVersions = Number(figs.v);
  out.figureValues = Number(figs.s);
  return out;
}

export function pieceId(slug: string): string {
  return query<{ id: string }>('SELECT "id" FROM "Piece" WHERE "slug" = ?', [slug])[0]!.id;
}
