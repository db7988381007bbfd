// Direct SQL on the end-to-end database, SQLite (file:) or PostgreSQL (postgres[ql]://), for
// helpers that check or stage rows behind the app's back. Write queries once, for both: quote
// identifiers ("Piece") and use ? placeholders. Calls are synchronous like better-sqlite3's, so
// the specs' helpers stay plain functions; on PostgreSQL each call runs `pg` in a short child
// process (a test helper's few queries, not a hot path). The benchmark scripts use it too.
import { spawnSync } from 'node:child_process';
import Database from 'better-sqlite3';

export const e2eDatabaseUrl = (): string => process.env.E2E_DATABASE_URL ?? 'file:./data/e2e.db';
export const isPostgres = (url: string) => /^postgres(ql)?:\/\//.test(url);

// Runs in the child: timestamps come back as the stored text and counts as numbers, so rows
// copied back in (and compared) mean the same on both databases.
const PG_CHILD = `
const pg = require('pg');
pg.types.setTypeParser(1114, (v) => v);
pg.types.setTypeParser(20, Number);
pg.types.setTypeParser(1700, Number);
let input = '';
process.stdin.on('data', (c) => (input += c)).on('end', async () => {
  const { url, sql, params } = JSON.parse(input);
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    const result = await client.query(sql, params);
    process.stdout.write(JSON.stringify(result.rows));
  } catch (error) {
    process.stderr.write(String(error && error.message));
    process.exitCode = 1;
  } finally {
    await client.end().catch(() => {});
  }
});`;

/** ? placeholders as PostgreSQL's $1, $2, … (the helpers' SQL has no ? inside literals). */
const numbered = (sql: string) => {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
};

/** Rows of one query on the database at `url` (a file: URL, or a bare SQLite file path). */
export function queryAt<T = Record<string, unknown>>(url: string, sql: string, params: unknown[] = [], { write = false } = {}): T[] {
  if (isPostgres(url)) {
    const r = spawnSync(process.execPath, ['-e', PG_CHILD], { input: JSON.stringify({ url, sql: numbered(sql), params }), encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`e2e SQL failed: ${r.stderr.trim() || r.error?.message}\n  ${sql}`);
    return JSON.parse(r.stdout) as T[];
  }
  const db = new Database(url.replace(/^file:/, ''), { readonly: !write, fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    const statement = db.prepare(sql);
    if (statement.reader) return statement.all(...params) as T[];
    statement.run(...params);
    return [];
  } finally {
    db.close();
  }
}

/** Rows of one query on the end-to-end database; `write` allows changes (SQLite opens read-only otherwise). */
export const query = <T = Record<string, unknown>>(sql: string, params: unknown[] = [], options: { write?: boolean } = {}): T[] =>
  queryAt<T>(e2eDatabaseUrl(), sql, params, options);

export const run = (sql: string, params: unknown[] = []): void => void query(sql, params, { write: true });

/** A table's column names, in order (PRAGMA table_info on SQLite, information_schema on PostgreSQL). */
export function tableColumns(table: string): string[] {
  const sql = isPostgres(e2eDatabaseUrl())
    ? 'SELECT column_name AS name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = ? ORDER BY ordinal_position'
    : 'SELECT name FROM pragma_table_info(?)';
  return query<{ name: string }>(sql, [table]).map((c) => c.name);
}
