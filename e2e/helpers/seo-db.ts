// Test-only rows in the end-to-end database for the status codes a crawler must see: a piece
// taken down after publication (410), a never-published draft (404) and an old slug (301).
// Rows are copied from a seeded piece so the test follows the schema, and removed afterwards.
import { query, run, tableColumns } from './sql';

const IDS = { gone: 'e2e-crawler-gone', draft: 'e2e-crawler-draft', redirect: 'e2e-crawler-redirect' };
export const SLUGS = { gone: 'crawler-gone-piece', draft: 'crawler-draft-piece', old: 'crawler-old-slug' };

export function addRetiredPieces(sourceSlug: string): void {
  const columns = tableColumns('Piece');
  const source = query('SELECT * FROM "Piece" WHERE "slug" = ?', [sourceSlug])[0]!;
  const insert = `INSERT INTO "Piece" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`;
  const copy = (overrides: Record<string, unknown>) =>
    run(
      insert,
      columns.map((c) => (c in overrides ? overrides[c] : source[c])),
    );
  copy({ id: IDS.gone, slug: SLUGS.gone, status: 'draft', position: 9001, firstPublishedAt: source.firstPublishedAt ?? source.publishedAt });
  copy({ id: IDS.draft, slug: SLUGS.draft, status: 'draft', position: 9002, firstPublishedAt: null, publishedAt: null });
  run('INSERT INTO "SlugRedirect" ("id", "seriesId", "oldSlug", "pieceId", "createdAt") VALUES (?, ?, ?, ?, ?)', [
    IDS.redirect,
    source.seriesId,
    SLUGS.old,
    source.id,
    source.createdAt,
  ]);
}

export function removeRetiredPieces(): void {
  run('DELETE FROM "SlugRedirect" WHERE "id" = ?', [IDS.redirect]);
  run('DELETE FROM "Piece" WHERE "id" IN (?, ?)', [IDS.gone, IDS.draft]);
}
