// Why: Prisma's native schema-engine download is blocked here, so we run the same engine compiled to WebAssembly on our own driver adapter.
import 'server-only';
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import {
  bindMigrationAwareSqlAdapterFactory,
  ColumnTypeEnum,
  type ErrorRegistry,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import * as wasmBindings from '@prisma/schema-engine-wasm/schema_engine_bg';
import type { DiffTarget, MigrationList, SchemaEngine } from '@prisma/schema-engine-wasm/schema_engine_bg';
import { env } from '../env';

export type { MigrationList, SchemaEngine };

/** A Prisma schema file: its path (shown in error messages) and its text. */
export type SchemaFile = { path: string; content: string };

/**
 * One side of a diff: nothing, the live database behind the adapter (SQLite only), or a schema.
 * (The engine's `migrations` source is left out: on SQLite it fails on multi-statement files.)
 */
export type DiffSide = 'empty' | { database: SchemaFile } | { datamodel: SchemaFile };

export const MIGRATION_LOCK_FILE = 'migration_lock.toml';
const NO_FILTER = { externalTables: [], externalEnums: [] };

let engineClass: Promise<typeof SchemaEngine> | undefined;

/** Instantiates the wasm module once per process. */
function loadEngineClass(): Promise<typeof SchemaEngine> {
  engineClass ??= (async () => {
    const entry = createRequire(import.meta.url).resolve('@prisma/schema-engine-wasm/schema_engine_bg');
    const bytes = await readFile(path.join(path.dirname(entry), 'schema_engine_bg.wasm'));
    const imports = { './schema_engine_bg.js': wasmBindings as unknown as WebAssembly.ModuleImports };
    const { instance } = await WebAssembly.instantiate(bytes, imports);
    wasmBindings.__wbg_set_wasm(instance.exports);
    const start = instance.exports.__wbindgen_start;
    if (typeof start !== 'function') throw new Error('schema engine wasm has no __wbindgen_start');
    start();
    return wasmBindings.SchemaEngine;
  })();
  return engineClass;
}

/** Engine errors are Errors (some with a Prisma `code`); adapter errors arrive as an id. */
function engineError(error: unknown, registry: ErrorRegistry): Error {
  const id = error instanceof Error ? /External error id#(\d+)/.exec(error.message)?.[1] : undefined;
  const cause = (id !== undefined && registry.consumeError(Number(id))?.error) || error;
  if (!(cause instanceof Error)) return new Error(String(cause));
  const code = 'code' in cause && typeof cause.code === 'string' ? `${cause.code}: ` : '';
  // Drop the Rust span trace that the engine appends to its messages.
  return new Error(code + cause.message.replace(/\n\s+0: [\s\S]*$/, '').trim(), { cause });
}

/**
 * Starts the schema engine on `adapterFactory` (e.g. PrismaBetterSqlite3), runs `fn`, then
 * frees the engine and closes the connections it opened (freeing alone leaves them open, and
 * an open SQLite handle makes the next engine on that file fail with SQLITE_BUSY).
 * Call methods on `engine` directly: a detached method loses its wasm `this`.
 */
export async function withSchemaEngine<T>(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  datamodel: SchemaFile | undefined,
  fn: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  const EngineClass = await loadEngineClass();
  const opened: SqlDriverAdapter[] = [];
  const track = async (connect: () => Promise<SqlDriverAdapter>) => {
    const connection = await connect();
    opened.push(connection);
    return connection;
  };
  const adapter = bindMigrationAwareSqlAdapterFactory({
    provider: adapterFactory.provider,
    adapterName: adapterFactory.adapterName,
    connect: () => track(() => adapterFactory.connect()),
    connectToShadowDb: () => track(() => adapterFactory.connectToShadowDb()),
  });
  const log = (message: string) => void (env().DEBUG_SCHEMA_ENGINE && console.error(message));
  const datamodels: [string, string][] | undefined = datamodel && [[datamodel.path, datamodel.content]];
  let engine: SchemaEngine | undefined;
  try {
    engine = await EngineClass.new({ datamodels }, log, adapter);
    return await fn(engine);
  } catch (error) {
    throw engineError(error, adapter.errorRegistry);
  } finally {
    engine?.free();
    await Promise.allSettled(opened.map((connection) => connection.dispose()));
  }
}

/** Reads a prisma/migrations-style folder (`<name>/migration.sql` plus the lock file). */
export async function readMigrationsList(baseDir: string): Promise<MigrationList> {
  const lockContent = await readFile(path.join(baseDir, MIGRATION_LOCK_FILE), 'utf8').catch(() => null);
  const entries = await readdir(baseDir, { withFileTypes: true }).catch(() => []);
  const names = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const migrationDirectories = await Promise.all(
    names.map(async (name) => ({
      path: name,
      migrationFile: {
        path: 'migration.sql',
        content: await readFile(path.join(baseDir, name, 'migration.sql'), 'utf8').then(
          (value) => ({ tag: 'ok' as const, value }),
          (error: Error) => ({ tag: 'error' as const, value: error.message }),
        ),
      },
    })),
  );
  const lockfile = { path: MIGRATION_LOCK_FILE, content: lockContent };
  return { baseDir, lockfile, shadowDbInitScript: '', migrationDirectories };
}

/**
 * Applies the pending migrations. Returns those just applied, and already applied ones whose
 * migration.sql has changed since (the engine ignores those; callers should warn).
 */
export async function applyMigrations(engine: SchemaEngine, migrationsList: MigrationList): Promise<{ applied: string[]; edited: string[] }> {
  // Diagnose only after applying: on a fresh database it fails (no _prisma_migrations yet).
  const diagnose = () => engine.diagnoseMigrationHistory({ migrationsList, optInToShadowDatabase: false, filters: NO_FILTER });
  try {
    const { appliedMigrationNames: applied } = await engine.applyMigrations({ migrationsList, filters: NO_FILTER });
    const { editedMigrationNames: edited } = await diagnose();
    return { applied, edited };
  } catch (error) {
    // The engine's error names the SQL problem but not the migration; add it.
    const failed = await diagnose().then(
      (d) => d.failedMigrationNames,
      () => [],
    );
    const unnamed = failed.filter((name) => error instanceof Error && !error.message.includes(name));
    if (error instanceof Error && unnamed.length > 0) error.message = `${unnamed.join(', ')}: ${error.message}`;
    throw error;
  }
}

function diffTarget(side: DiffSide): DiffTarget {
  if (side === 'empty') return { tag: 'empty' };
  if ('database' in side) return { tag: 'schemaDatasource', files: [side.database], configDir: path.dirname(side.database.path) };
  return { tag: 'schemaDatamodel', files: [side.datamodel] };
}

/** The SQL script that takes `from` to `to`, or null when they do not differ. */
export async function diffSql(engine: SchemaEngine, from: DiffSide, to: DiffSide): Promise<string | null> {
  const { exitCode, stdout } = await engine.diff({
    from: diffTarget(from),
    to: diffTarget(to),
    script: true,
    exitCode: true, // makes the engine report 2 for a non-empty diff, 0 for an empty one
    filters: NO_FILTER,
  });
  return exitCode === 2 ? (stdout ?? '') : null;
}

/**
 * An adapter that connects to nothing, for diffs between datamodels. The engine asks a
 * PostgreSQL connection for its version when it starts, even for a command that reads no
 * database; that one question gets a PostgreSQL 15 answer, and any other query fails loudly.
 */
export function offlineAdapterFactory(provider: 'postgres' | 'sqlite'): SqlMigrationAwareDriverAdapterFactory {
  const refuse = async (): Promise<never> => {
    throw new Error('this schema engine has no database (datamodel diffs only)');
  };
  const connection: SqlDriverAdapter = {
    provider,
    adapterName: 'tandem-offline',
    queryRaw: async (query) => {
      if (!/^SELECT EXISTS\(SELECT 1 FROM pg_namespace WHERE nspname = \$1\), version\(\)/.test(query.sql)) return refuse();
      const { Boolean: bool, Text, Int32 } = ColumnTypeEnum;
      return { columnNames: ['exists', 'version', 'numeric_version'], columnTypes: [bool, Text, Int32], rows: [[true, 'PostgreSQL 15.0', 150000]] };
    },
    executeRaw: refuse,
    executeScript: refuse,
    startTransaction: refuse,
    getConnectionInfo: () => ({ schemaName: provider === 'postgres' ? 'public' : undefined, supportsRelationJoins: false }),
    dispose: async () => {},
  };
  return { provider, adapterName: 'tandem-offline', connect: async () => connection, connectToShadowDb: async () => connection };
}
