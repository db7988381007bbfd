// npm run db:migrate: applies the pending Prisma migrations in prisma/migrations to
// DATABASE_URL (default file:./data/tandem.db) through the wasm schema engine.
import path from 'node:path';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { applyMigrations, readMigrationsList, withSchemaEngine } from '../lib/db/schema-engine';
import { isSqliteUrl, sqliteFilePath } from '../lib/db/sqlite-url';
import { databaseUrl } from '../lib/db/url';

const MIGRATIONS_DIR = path.resolve('prisma/migrations');

/** The driver adapter for a database URL, and a name for it that is safe to print. */
function adapterFor(url: string): { factory: SqlMigrationAwareDriverAdapterFactory; label: string } {
  if (isSqliteUrl(url)) {
    const file = sqliteFilePath(url); // also creates the parent folder
    const relative = path.relative(process.cwd(), file);
    const label = relative.startsWith('..') ? file : relative;
    return { factory: new PrismaBetterSqlite3({ url: file }), label };
  }
  if (/^postgres(ql)?:\/\//.test(url)) {
    // Later: return { factory: new PrismaPg({ connectionString: url }), label: <url without password> };
    throw new Error('DATABASE_URL is a PostgreSQL URL; PostgreSQL support comes later');
  }
  throw new Error(`DATABASE_URL must start with "file:" (got "${url.split(':')[0]}:...")`);
}

async function main(): Promise<void> {
  const { factory, label } = adapterFor(databaseUrl());
  const migrations = await readMigrationsList(MIGRATIONS_DIR);
  const { applied, edited } = await withSchemaEngine(factory, undefined, (engine) => applyMigrations(engine, migrations));
  for (const name of edited) {
    console.warn(`Warning: ${name}/migration.sql changed after it was applied; the change was NOT applied.`);
  }
  if (applied.length === 0) {
    const count = migrations.migrationDirectories.length;
    console.log(`Database is up to date (${label}, ${count} migration${count === 1 ? '' : 's'}).`);
  } else {
    console.log(`Applied ${applied.length} migration(s) to ${label}:`);
    for (const name of applied) console.log(`  ${name}`);
  }
  // Content changes SQL cannot make (JSON snapshots), once each, after the schema is current.
  const { runDataMigrations } = await import('../lib/db/data-migrations');
  for (const line of await runDataMigrations()) console.log(`Data migration ${line}`);
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`db:migrate failed: ${message.replace(/\s*\n\s*/g, ' ')}`);
  process.exit(1);
});
