// The URL picks the database, and PostgreSQL connections follow DATABASE_POOL_SIZE and
// DATABASE_STATEMENT_TIMEOUT_MS: a runaway query is cancelled by the server, not left running.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adapterFor } from '@/lib/db/adapters';
import { providerOf, withoutPassword } from '@/lib/db/url';
import { createPostgresDatabase, postgresServerUrl } from '../helpers/temp-db';

describe('choosing the database by DATABASE_URL', () => {
  it('file: is SQLite, postgres:// and postgresql:// are PostgreSQL, anything else is refused', () => {
    expect(providerOf('file:./data/tandem.db')).toBe('sqlite');
    expect(providerOf('postgres://db/tandem')).toBe('postgresql');
    expect(providerOf('postgresql://db/tandem')).toBe('postgresql');
    expect(() => providerOf('mysql://u:secret@db/tandem')).toThrow(/must start with "file:", "postgres:\/\/" or "postgresql:\/\/" \(got "mysql:\.\.\."\)/);
    expect(withoutPassword('postgresql://tandem:secret@db:5432/tandem')).toBe('postgresql://tandem:***@db:5432/tandem');
  });
});

describe('PostgreSQL connections', () => {
  let db: Awaited<ReturnType<typeof createPostgresDatabase>>;
  beforeAll(async () => {
    db = await createPostgresDatabase(postgresServerUrl());
  });
  afterAll(() => db?.drop());

  it('open a pool of DATABASE_POOL_SIZE and cancel statements past DATABASE_STATEMENT_TIMEOUT_MS', async () => {
    const { factory, label } = adapterFor(db.url, { poolSize: 3, statementTimeoutMs: 200 });
    expect(label).toBe(db.url);
    const connection = await factory.connect();
    try {
      expect((connection as unknown as { underlyingDriver(): { options: { max: number } } }).underlyingDriver().options.max).toBe(3);
      const shown = await connection.queryRaw({ sql: 'SHOW statement_timeout', args: [], argTypes: [] });
      expect(shown.rows).toEqual([['200ms']]);
      await expect(connection.queryRaw({ sql: 'SELECT pg_sleep(5)', args: [], argTypes: [] })).rejects.toThrow(/statement timeout/);
    } finally {
      await connection.dispose();
    }
  });
});
