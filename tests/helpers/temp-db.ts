// A real, throwaway database with every migration applied, for integration tests: a SQLite
// file by default, or, when TEST_DATABASE_URL names a PostgreSQL server, a fresh database
// `tandem_test_<random>` on it (created here, dropped by cleanup).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { migrate } from '@/lib/db/migrate';
import { isPostgresUrl, withoutPassword } from '@/lib/db/url';

export interface TempDatabase {
  url: string;
  provider: 'sqlite' | 'postgresql';
  cleanup: () => Promise<void>;
}

/** The PostgreSQL server the suite runs against, or undefined for SQLite. */
export function testServerUrl(): string | undefined {
  const url = process.env.TEST_DATABASE_URL?.trim();
  if (!url) return undefined;
  if (!isPostgresUrl(url)) throw new Error(`TEST_DATABASE_URL must be a postgresql:// server URL (got ${withoutPassword(url)})`);
  return url;
}

/** The same server URL pointing at another database. */
export function withDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** Runs `sql` on the server's own database (CREATE/DROP DATABASE cannot run inside the target). */
export async function onServer(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
  } catch (error) {
    // No skip: a suite asked to run on PostgreSQL must not pass without it.
    throw new Error(`TEST_DATABASE_URL: cannot reach PostgreSQL at ${withoutPassword(serverUrl)}: ${error instanceof Error ? error.message : String(error)}`);
  }
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Creates an empty database on the test server; returns its URL and a drop function. */
export async function createPostgresDatabase(serverUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `tandem_test_${randomBytes(6).toString('hex')}`;
  await onServer(serverUrl, `CREATE DATABASE "${name}"`);
  // WITH (FORCE) ends connections a test left open, so the drop never hangs on them.
  return { url: withDatabase(serverUrl, name), drop: () => onServer(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}

/**
 * Creates the database and points DATABASE_URL at it. Import lib modules that use `db`
 * only after this has run (dynamic import), so the client connects to this database.
 */
export async function useTempDatabase(): Promise<TempDatabase> {
  const serverUrl = testServerUrl();
  if (serverUrl) {
    const { url, drop } = await createPostgresDatabase(serverUrl);
    try {
      await migrate(url);
    } catch (error) {
      await drop();
      throw error;
    }
    process.env.DATABASE_URL = url;
    return { url, provider: 'postgresql', cleanup: drop };
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tandem-test-'));
  const url = `file:${path.join(dir, 'test.db')}`;
  await migrate(url);
  process.env.DATABASE_URL = url;
  return { url, provider: 'sqlite', cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
}

/** The server for tests about PostgreSQL itself (tooling, drift): TEST_DATABASE_URL or the local one. */
export function postgresServerUrl(): string {
  return testServerUrl() ?? 'postgresql://root@127.0.0.1:5432/postgres';
}

/** Runs `fn` with a client on `url`, closing it afterwards. */
export async function withPgClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
