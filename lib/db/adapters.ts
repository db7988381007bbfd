// The driver adapter for a database URL, shared by the app's client (lib/db.ts), the
// migration scripts and the test helpers, so each provider is opened the same way everywhere.
import path from 'node:path';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { sqliteFilePath } from './sqlite-url';
import { providerOf, withoutPassword, type Provider } from './url';

export interface PoolSettings {
  /** Most connections the pool opens (PostgreSQL). */
  poolSize?: number;
  /** Server-side statement_timeout in ms; 0 or unset means none (PostgreSQL). */
  statementTimeoutMs?: number;
}

export interface Adapter {
  provider: Provider;
  factory: SqlMigrationAwareDriverAdapterFactory;
  /** Names the database without its password. */
  label: string;
}

export function adapterFor(url: string, settings: PoolSettings = {}): Adapter {
  const provider = providerOf(url);
  if (provider === 'sqlite') {
    const file = sqliteFilePath(url); // also creates the parent folder
    const relative = path.relative(/*turbopackIgnore: true*/ process.cwd(), file);
    return { provider, factory: new PrismaBetterSqlite3({ url: file }), label: relative.startsWith('..') ? file : relative };
  }
  const factory = new PrismaPg({
    connectionString: url,
    max: settings.poolSize,
    ...(settings.statementTimeoutMs ? { statement_timeout: settings.statementTimeoutMs } : {}),
  });
  return { provider, factory, label: withoutPassword(url) };
}
