// Applies a provider's Prisma migration history through the wasm schema engine (no download),
// under a lock so that instances starting at once never migrate twice, and stops when an
// applied migration's file was edited since (the engine would silently skip the change).
import 'server-only';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import type { SqlDriverAdapter } from '@prisma/driver-adapter-utils';
import { adapterFor, type Adapter } from './adapters';
import { applyMigrations, MIGRATION_LOCK_FILE, readMigrationsList, withSchemaEngine } from './schema-engine';
import { sqliteFilePath } from './sqlite-url';
import type { Provider } from './url';

/** Each provider's migration history, relative to the project root. */
export const MIGRATIONS_DIRS: Record<Provider, string> = { sqlite: 'prisma/migrations', postgresql: 'prisma/postgresql/migrations' };

/** pg_advisory_lock key of db:migrate; not Prisma's own (72707369), which the engine may take itself. */
const PG_LOCK_KEY = 7_262_911_001;
/** How long a second instance waits for the first to finish migrating. */
const LOCK_WAIT_MS = 10 * 60_000;

export class MigrationError extends Error {
  override name = 'MigrationError';
}

export interface MigrateResult {
  label: string;
  provider: Provider;
  applied: string[];
  /** Migrations in the history. */
  total: number;
}

/** Opens the connection that holds the lock; the returned function releases it. */
async function takeLock(url: string, adapter: Adapter): Promise<() => Promise<void>> {
  if (adapter.provider === 'postgresql') {
    // A dedicated connection: an advisory lock belongs to its session, and the engine's pool
    // would hand the session to other work.
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
    client.on('error', () => {}); // a dropped lock connection surfaces as a failed query instead
    try {
      await client.connect();
    } catch (error) {
      await client.end().catch(() => {});
      throw new MigrationError(`cannot reach PostgreSQL at ${adapter.label}: ${error instanceof Error ? error.message || error.name : String(error)}`);
    }
    await client.query(`SET lock_timeout = ${LOCK_WAIT_MS}`);
    await client.query('SELECT pg_advisory_lock($1)', [PG_LOCK_KEY]);
    return async () => {
      await client.query('SELECT pg_advisory_unlock($1)', [PG_LOCK_KEY]).catch(() => {});
      await client.end();
    };
  }
  // SQLite: an exclusive transaction on a side database next to the file. The OS lock behind
  // it dies with its process, so a crashed migrator never leaves a stale lock behind.
  const side = new Database(`${sqliteFilePath(url)}.migrate-lock`, { timeout: LOCK_WAIT_MS });
  side.exec('CREATE TABLE IF NOT EXISTS "migrate_lock" ("pid" INTEGER)');
  side.exec('BEGIN EXCLUSIVE');
  side.prepare('INSERT INTO "migrate_lock" ("pid") VALUES (?)').run(process.pid);
  return async () => {
    side.exec('ROLLBACK');
    side.close();
  };
}

/** The migrations recorded as applied, with the checksum of the text that was applied. */
async function appliedChecksums(connection: SqlDriverAdapter): Promise<Map<string, string>> {
  try {
    const result = await connection.queryRaw({
      sql: 'SELECT "migration_name", "checksum" FROM "_prisma_migrations" WHERE "finished_at" IS NOT NULL AND "rolled_back_at" IS NULL',
      args: [],
      argTypes: [],
    });
    return new Map(result.rows.map(([name, checksum]) => [String(name), String(checksum)]));
  } catch (error) {
    // A database never migrated has no _prisma_migrations table yet.
    const kind = (error as { cause?: { kind?: string } }).cause?.kind;
    if (kind === 'TableDoesNotExist' || /no such table|does not exist/i.test(String(error))) return new Map();
    throw error;
  }
}

/** Prisma's checksum of a migration: SHA-256 of migration.sql, as `prisma migrate deploy` records it. */
function checksum(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Throws naming every applied migration whose file no longer matches what was applied. */
async function refuseEditedMigrations(adapter: Adapter, migrationsDir: string, names: string[]): Promise<void> {
  const connection = await adapter.factory.connect();
  let applied: Map<string, string>;
  try {
    applied = await appliedChecksums(connection);
  } finally {
    await connection.dispose();
  }
  const edited: string[] = [];
  for (const name of names) {
    const recorded = applied.get(name);
    if (recorded === undefined) continue;
    const text = await readFile(path.join(migrationsDir, name, 'migration.sql'), 'utf8');
    // Prisma accepts a file whose only change is CRLF line ends, so do we.
    if (recorded !== checksum(text) && recorded !== checksum(text.replace(/\r\n/g, '\n'))) edited.push(name);
  }
  if (edited.length > 0) {
    throw new MigrationError(
      `migration ${edited.join(', ')} was edited after it was applied to ${adapter.label}. Nothing was applied. ` +
        'Put its applied text back and make the change in a new migration (npm run db:diff -- --name <name>).',
    );
  }
}

/** Checks that the history's migration_lock.toml names the provider of the database. */
async function checkHistoryProvider(migrationsDir: string, provider: Provider): Promise<void> {
  const lock = await readFile(path.join(migrationsDir, MIGRATION_LOCK_FILE), 'utf8').catch(() => null);
  const named = lock && /^\s*provider\s*=\s*"([^"]+)"/m.exec(lock)?.[1];
  if (named !== provider) {
    throw new MigrationError(`${path.join(migrationsDir, MIGRATION_LOCK_FILE)} must name provider "${provider}" for this database (found ${named ? `"${named}"` : 'none'})`);
  }
}

/**
 * Migrates the database at `url` to the end of its provider's history (or `migrationsDir`).
 * `afterSql` runs while the lock is still held (db:migrate runs the data migrations there).
 */
export async function migrate(url: string, options: { migrationsDir?: string; afterSql?: () => Promise<void> } = {}): Promise<MigrateResult> {
  const adapter = adapterFor(url);
  const migrationsDir = path.resolve(options.migrationsDir ?? MIGRATIONS_DIRS[adapter.provider]);
  await checkHistoryProvider(migrationsDir, adapter.provider);
  const release = await takeLock(url, adapter);
  try {
    const migrations = await readMigrationsList(migrationsDir);
    const names = migrations.migrationDirectories.map((dir) => dir.path);
    await refuseEditedMigrations(adapter, migrationsDir, names);
    const { applied } = await withSchemaEngine(adapter.factory, undefined, (engine) => applyMigrations(engine, migrations));
    await options.afterSql?.();
    return { label: adapter.label, provider: adapter.provider, applied, total: names.length };
  } finally {
    await release();
  }
}
