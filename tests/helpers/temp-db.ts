// A real, throwaway SQLite database with every migration applied, for integration tests.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { applyMigrations, readMigrationsList, withSchemaEngine } from '@/lib/db/schema-engine';

export interface TempDatabase {
  url: string;
  cleanup: () => void;
}

/**
 * Creates the database and points DATABASE_URL at it. Import lib modules that use `db`
 * only after this has run (dynamic import), so the client connects to this file.
 */
export async function useTempDatabase(): Promise<TempDatabase> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tandem-test-'));
  const file = path.join(dir, 'test.db');
  const migrations = await readMigrationsList(path.resolve('prisma/migrations'));
  await withSchemaEngine(new PrismaBetterSqlite3({ url: file }), undefined, (engine) => applyMigrations(engine, migrations));
  process.env.DATABASE_URL = `file:${file}`;
  return { url: `file:${file}`, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
